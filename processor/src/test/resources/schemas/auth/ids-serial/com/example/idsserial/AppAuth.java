package com.example.idsserial;

import dev.strata.annotations.*;

/** The Java side of the Better Auth configuration "ids-serial" in compat/better-auth/configs.mjs. */
@AuthConfig(
    ids = AuthIds.SERIAL,
    plugins = {AuthPlugin.TWO_FACTOR, AuthPlugin.ORGANIZATION},
    naming = AuthNaming.BETTER_AUTH,
    plural = false)
public final class AppAuth {}
