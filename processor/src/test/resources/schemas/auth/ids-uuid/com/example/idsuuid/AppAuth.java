package com.example.idsuuid;

import dev.strata.annotations.*;

/** The Java side of the Better Auth configuration "ids-uuid" in compat/better-auth/configs.mjs. */
@AuthConfig(
    ids = AuthIds.UUID,
    plugins = {AuthPlugin.USERNAME, AuthPlugin.ORGANIZATION},
    naming = AuthNaming.BETTER_AUTH,
    plural = false)
public final class AppAuth {}
