package dev.strata.annotations;

/**
 * Better Auth plugins. Those that add tables or columns change the generated schema; the others are
 * accepted so the configuration can mirror the TypeScript one, and add nothing (they keep their data in
 * the {@code verification} table or in cookies).
 */
public enum AuthPlugin {
  /** {@code username()}: {@code user.username} (unique) and {@code user.displayUsername}. */
  USERNAME,
  /** {@code admin()}: {@code user.role}, {@code banned}, {@code banReason}, {@code banExpires}; {@code session.impersonatedBy}. */
  ADMIN,
  /** {@code twoFactor()}: table {@code twoFactor}; {@code user.twoFactorEnabled}. */
  TWO_FACTOR,
  /** {@code organization()}: tables {@code organization}, {@code member}, {@code invitation} (teams and roles with its options). */
  ORGANIZATION,
  /** {@code apiKey()} from {@code @better-auth/api-key}: table {@code apikey}. */
  API_KEY,
  /** {@code passkey()} from {@code @better-auth/passkey}: table {@code passkey}. */
  PASSKEY,
  /** {@code jwt()}: table {@code jwks}. */
  JWT,
  /** {@code anonymous()}: {@code user.isAnonymous}. */
  ANONYMOUS,
  /** {@code phoneNumber()}: {@code user.phoneNumber} (unique) and {@code user.phoneNumberVerified}. */
  PHONE_NUMBER,
  /** {@code sso()} from {@code @better-auth/sso}: table {@code ssoProvider}. */
  SSO,
  /** {@code siwe()}: table {@code walletAddress}. */
  SIWE,
  /** {@code deviceAuthorization()}: table {@code deviceCode}. */
  DEVICE_AUTHORIZATION,
  /** {@code oauthProvider()} from {@code @better-auth/oauth-provider} (needs {@link #JWT}): the {@code oauth*} tables. */
  OAUTH_PROVIDER,
  /** {@code stripe()} from {@code @better-auth/stripe}: {@code user.stripeCustomerId}; table {@code subscription} with its option. */
  STRIPE,
  /** {@code magicLink()}: no schema of its own. */
  MAGIC_LINK,
  /** {@code emailOTP()}: no schema of its own. */
  EMAIL_OTP,
  /** {@code multiSession()}: no schema of its own. */
  MULTI_SESSION,
  /** {@code oneTimeToken()}: no schema of its own. */
  ONE_TIME_TOKEN,
  /** {@code bearer()}: no schema of its own. */
  BEARER,
  /** {@code genericOAuth()}: no schema of its own. */
  GENERIC_OAUTH
}
