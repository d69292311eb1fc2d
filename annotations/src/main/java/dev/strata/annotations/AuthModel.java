package dev.strata.annotations;

/** The logical tables of Better Auth (its schema keys), as {@code getAuthTables} names them. */
public enum AuthModel {
  USER("user"),
  SESSION("session"),
  ACCOUNT("account"),
  VERIFICATION("verification"),
  RATE_LIMIT("rateLimit"),
  TWO_FACTOR("twoFactor"),
  ORGANIZATION("organization"),
  ORGANIZATION_ROLE("organizationRole"),
  TEAM("team"),
  TEAM_MEMBER("teamMember"),
  MEMBER("member"),
  INVITATION("invitation"),
  API_KEY("apikey"),
  PASSKEY("passkey"),
  JWKS("jwks"),
  SSO_PROVIDER("ssoProvider"),
  WALLET_ADDRESS("walletAddress"),
  DEVICE_CODE("deviceCode"),
  OAUTH_CLIENT("oauthClient"),
  OAUTH_RESOURCE("oauthResource"),
  OAUTH_CLIENT_RESOURCE("oauthClientResource"),
  OAUTH_REFRESH_TOKEN("oauthRefreshToken"),
  OAUTH_ACCESS_TOKEN("oauthAccessToken"),
  OAUTH_CONSENT("oauthConsent"),
  OAUTH_CLIENT_ASSERTION("oauthClientAssertion"),
  SUBSCRIPTION("subscription");

  private final String key;

  AuthModel(String key) {
    this.key = key;
  }

  /** Better Auth's schema key, e.g. {@code twoFactor}: the name {@code @References(table = ...)} uses. */
  public String key() {
    return key;
  }
}
