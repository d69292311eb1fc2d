package com.example.core;

import dev.strata.annotations.*;

/** The Java side of the Better Auth configuration "core" in compat/better-auth/configs.mjs. */
@AuthConfig(
    naming = AuthNaming.BETTER_AUTH,
    plural = false)
public final class AppAuth {}
