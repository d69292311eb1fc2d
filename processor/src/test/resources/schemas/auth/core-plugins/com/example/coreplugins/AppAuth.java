package com.example.coreplugins;

import dev.strata.annotations.*;

/** The Java side of the Better Auth configuration "core-plugins" in compat/better-auth/configs.mjs. */
@AuthConfig(
    plugins = {
        AuthPlugin.TWO_FACTOR,
        AuthPlugin.USERNAME,
        AuthPlugin.ADMIN,
        AuthPlugin.ORGANIZATION,
        AuthPlugin.JWT,
        AuthPlugin.ANONYMOUS,
        AuthPlugin.PHONE_NUMBER
    },
    organization = @AuthConfig.Organization(teams = true),
    naming = AuthNaming.BETTER_AUTH,
    plural = false)
public final class AppAuth {}
