package com.example.ratelimitrenamed;

import dev.strata.annotations.*;

/** The Java side of the Better Auth configuration "ratelimit-renamed" in compat/better-auth/configs.mjs. */
@AuthConfig(
    secondaryStorage = true,
    keepVerificationTable = true,
    rateLimitTable = true,
    tables = @AuthTable(model = AuthModel.RATE_LIMIT, name = "rate_limit", columns = @AuthColumn(field = "lastRequest", name = "last_request")),
    naming = AuthNaming.BETTER_AUTH,
    plural = false)
public final class AppAuth {}
