package com.example.pluginsmore;

import dev.strata.annotations.*;

/** The Java side of the Better Auth configuration "plugins-more" in compat/better-auth/configs.mjs. */
@AuthConfig(
    plugins = {
        AuthPlugin.API_KEY,
        AuthPlugin.PASSKEY,
        AuthPlugin.SSO,
        AuthPlugin.SIWE,
        AuthPlugin.DEVICE_AUTHORIZATION,
        AuthPlugin.JWT,
        AuthPlugin.OAUTH_PROVIDER,
        AuthPlugin.STRIPE,
        AuthPlugin.MAGIC_LINK,
        AuthPlugin.EMAIL_OTP,
        AuthPlugin.MULTI_SESSION,
        AuthPlugin.ONE_TIME_TOKEN,
        AuthPlugin.BEARER,
        AuthPlugin.GENERIC_OAUTH
    },
    sso = @AuthConfig.Sso(domainVerification = true),
    stripe = @AuthConfig.Stripe(subscription = true),
    naming = AuthNaming.BETTER_AUTH,
    plural = false)
public final class AppAuth {}
