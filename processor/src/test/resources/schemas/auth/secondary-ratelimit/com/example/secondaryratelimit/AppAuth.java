package com.example.secondaryratelimit;

import dev.strata.annotations.*;

/** The Java side of the Better Auth configuration "secondary-ratelimit" in compat/better-auth/configs.mjs. */
@AuthConfig(
    secondaryStorage = true,
    keepSessionTable = true,
    rateLimitTable = true,
    naming = AuthNaming.BETTER_AUTH,
    plural = false)
public final class AppAuth {}
