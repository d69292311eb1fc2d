package com.example.pluginschemarenames;

import dev.strata.annotations.*;

/** The Java side of the Better Auth configuration "plugin-schema-renames" in compat/better-auth/configs.mjs. */
@AuthConfig(
    plugins = {AuthPlugin.TWO_FACTOR, AuthPlugin.ORGANIZATION, AuthPlugin.USERNAME},
    username = @AuthConfig.Username(displayUsername = false),
    tables = {
        @AuthTable(model = AuthModel.TWO_FACTOR, name = "two_factor", columns = @AuthColumn(field = "userId", name = "user_id")),
        @AuthTable(model = AuthModel.USER, columns = @AuthColumn(field = "twoFactorEnabled", name = "two_factor_enabled")),
        @AuthTable(model = AuthModel.ORGANIZATION, name = "orgs"),
        @AuthTable(model = AuthModel.MEMBER, columns = @AuthColumn(field = "organizationId", name = "org_id"))
    },
    naming = AuthNaming.BETTER_AUTH,
    plural = false)
public final class AppAuth {}
