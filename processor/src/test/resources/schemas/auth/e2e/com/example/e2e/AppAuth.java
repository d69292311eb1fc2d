package com.example.e2e;

import dev.strata.annotations.*;

/** The Java side of the Better Auth configuration "e2e" in compat/better-auth/configs.mjs. */
@AuthConfig(
    plugins = {AuthPlugin.USERNAME, AuthPlugin.TWO_FACTOR, AuthPlugin.ORGANIZATION, AuthPlugin.ADMIN},
    naming = AuthNaming.BETTER_AUTH,
    plural = false)
public final class AppAuth {}
