package com.example.organizationfull;

import dev.strata.annotations.*;

/** The Java side of the Better Auth configuration "organization-full" in compat/better-auth/configs.mjs. */
@AuthConfig(
    plugins = AuthPlugin.ORGANIZATION,
    organization = @AuthConfig.Organization(teams = true, dynamicAccessControl = true),
    naming = AuthNaming.BETTER_AUTH,
    plural = false)
public final class AppAuth {}
