package com.example.stripeorg;

import dev.strata.annotations.*;

/** The Java side of the Better Auth configuration "stripe-org" in compat/better-auth/configs.mjs. */
@AuthConfig(
    plugins = {AuthPlugin.ORGANIZATION, AuthPlugin.STRIPE},
    stripe = @AuthConfig.Stripe(subscription = true, organization = true),
    naming = AuthNaming.BETTER_AUTH,
    plural = false)
public final class AppAuth {}
