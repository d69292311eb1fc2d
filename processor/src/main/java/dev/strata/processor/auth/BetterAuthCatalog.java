package dev.strata.processor.auth;

import static dev.strata.processor.auth.AuthField.Type.BOOLEAN;
import static dev.strata.processor.auth.AuthField.Type.DATE;
import static dev.strata.processor.auth.AuthField.Type.JSON;
import static dev.strata.processor.auth.AuthField.Type.NUMBER;
import static dev.strata.processor.auth.AuthField.Type.STRING;
import static dev.strata.processor.auth.AuthField.Type.STRING_ARRAY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema Better Auth 1.7.25 declares: the core tables and what each plugin contributes, field by
 * field in Better Auth's order (packages {@code @better-auth/core}, {@code better-auth} and the plugin
 * packages pinned in {@code compat/better-auth}). {@code BetterAuthSchemaTest} checks the tables of every
 * configuration of the oracle against the DDL Better Auth itself emits.
 */
public final class BetterAuthCatalog {

  /** The Better Auth release the catalog follows. */
  public static final String VERSION = "1.7.25";

  private BetterAuthCatalog() {}

  static AuthField f(String name, AuthField.Type type) {
    return AuthField.of(name, type);
  }

  static AuthField userRef(String name) {
    return f(name, STRING).references("user", "id", null);
  }

  // ---- core tables ---------------------------------------------------------------------------------

  static List<AuthField> user() {
    return List.of(
        f("name", STRING).withSortable(),
        f("email", STRING).withUnique().withSortable(),
        f("emailVerified", BOOLEAN).def("false"),
        f("image", STRING).optional(),
        f("createdAt", DATE).defNow(),
        f("updatedAt", DATE).defNow().withOnUpdate());
  }

  static List<AuthField> session() {
    return List.of(
        f("expiresAt", DATE),
        f("token", STRING).withUnique().withSecret(),
        f("createdAt", DATE).defNow(),
        f("updatedAt", DATE).withOnUpdate(),
        f("ipAddress", STRING).optional(),
        f("userAgent", STRING).optional(),
        f("userId", STRING).references("user", "id", "cascade").withIndex());
  }

  static List<AuthField> account() {
    return List.of(
        f("accountId", STRING),
        f("providerId", STRING),
        f("userId", STRING).references("user", "id", "cascade").withIndex(),
        f("accessToken", STRING).optional().withSecret(),
        f("refreshToken", STRING).optional().withSecret(),
        f("idToken", STRING).optional().withSecret(),
        f("accessTokenExpiresAt", DATE).optional(),
        f("refreshTokenExpiresAt", DATE).optional(),
        f("scope", STRING).optional(),
        f("password", STRING).optional().withSecret(),
        f("createdAt", DATE).defNow(),
        f("updatedAt", DATE).withOnUpdate());
  }

  static List<AuthField> verification() {
    return List.of(
        f("identifier", STRING).withIndex(),
        f("value", STRING).withSecret(),
        f("expiresAt", DATE),
        f("createdAt", DATE).defNow(),
        f("updatedAt", DATE).defNow().withOnUpdate());
  }

  static List<AuthField> rateLimit() {
    return List.of(
        f("key", STRING).withUnique(),
        f("count", NUMBER),
        f("lastRequest", NUMBER).withBigint().def(AuthField.NOW));
  }

  // ---- plugins ---------------------------------------------------------------------------------------

  /** What one plugin declares: fields per table key, in its order, and table-level indexes. */
  public record PluginSchema(Map<String, List<AuthField>> tables, Map<String, List<IndexDef>> indexes) {}

  /** A table-level index ({@code DBTableIndex}). */
  public record IndexDef(List<String> fields, boolean unique) {}

  static final class Builder {
    final Map<String, List<AuthField>> tables = new LinkedHashMap<>();
    final Map<String, List<IndexDef>> indexes = new LinkedHashMap<>();

    Builder table(String key, AuthField... fields) {
      tables.computeIfAbsent(key, k -> new ArrayList<>()).addAll(List.of(fields));
      return this;
    }

    Builder index(String key, boolean unique, String... fields) {
      indexes.computeIfAbsent(key, k -> new ArrayList<>()).add(new IndexDef(List.of(fields), unique));
      return this;
    }

    PluginSchema build() {
      return new PluginSchema(tables, indexes);
    }
  }

  /** The schema a plugin contributes under the given options; empty for plugins without schema. */
  public static PluginSchema plugin(dev.strata.annotations.AuthPlugin plugin, AuthOptions options) {
    Builder b = new Builder();
    switch (plugin) {
      case TWO_FACTOR -> b.table("user", f("twoFactorEnabled", BOOLEAN).optional().def("false"))
          .table("twoFactor",
              f("secret", STRING).withIndex().withSecret(),
              f("backupCodes", STRING).withSecret(),
              userRef("userId").withIndex(),
              f("verified", BOOLEAN).optional().def("true"),
              f("failedVerificationCount", NUMBER).optional().def("0"),
              f("lockedUntil", DATE).optional());
      case USERNAME -> {
        b.table("user", f("username", STRING).optional().withUnique().withSortable());
        if (options.usernameDisplayName()) {
          b.table("user", f("displayUsername", STRING).optional());
        }
      }
      case ADMIN -> b.table("user",
              f("role", STRING).optional(),
              f("banned", BOOLEAN).optional().def("false"),
              f("banReason", STRING).optional(),
              f("banExpires", DATE).optional())
          .table("session", f("impersonatedBy", STRING).optional());
      case ORGANIZATION -> {
        b.table("organization",
            f("name", STRING).withSortable(),
            f("slug", STRING).withUnique().withIndex().withSortable(),
            f("logo", STRING).optional(),
            f("createdAt", DATE),
            f("metadata", STRING).optional());
        if (options.organizationDynamicAccessControl()) {
          b.table("organizationRole",
              f("organizationId", STRING).references("organization", "id", null).withIndex(),
              f("role", STRING).withIndex(),
              f("permission", STRING),
              f("createdAt", DATE).defNow(),
              f("updatedAt", DATE).optional().withOnUpdate());
        }
        if (options.organizationTeams()) {
          b.table("team",
                  f("name", STRING),
                  f("memberCount", NUMBER).def("0"),
                  f("organizationId", STRING).references("organization", "id", null).withIndex(),
                  f("createdAt", DATE),
                  f("updatedAt", DATE).optional().withOnUpdate())
              .table("teamMember",
                  f("teamId", STRING).references("team", "id", null).withIndex(),
                  userRef("userId").withIndex(),
                  f("membershipKey", STRING).optional().withUnique(),
                  f("createdAt", DATE).optional());
        }
        b.table("member",
            f("organizationId", STRING).references("organization", "id", null).withIndex(),
            userRef("userId").withIndex(),
            f("role", STRING).withSortable().def("member"),
            f("createdAt", DATE));
        List<AuthField> invitation = new ArrayList<>(List.of(
            f("organizationId", STRING).references("organization", "id", null).withIndex(),
            f("email", STRING).withIndex().withSortable(),
            f("role", STRING).optional().withSortable()));
        if (options.organizationTeams()) {
          invitation.add(f("teamId", STRING).optional().withSortable());
        }
        invitation.addAll(List.of(
            f("status", STRING).withSortable().def("pending"),
            f("expiresAt", DATE),
            f("createdAt", DATE).defNow(),
            userRef("inviterId")));
        b.table("invitation", invitation.toArray(new AuthField[0]));
        b.table("session", f("activeOrganizationId", STRING).optional());
        if (options.organizationTeams()) {
          b.table("session", f("activeTeamId", STRING).optional());
        }
      }
      case API_KEY -> b.table("apikey",
          f("configId", STRING).withIndex().def("default"),
          f("name", STRING).optional(),
          f("start", STRING).optional(),
          f("referenceId", STRING).withIndex(),
          f("prefix", STRING).optional(),
          f("key", STRING).withIndex().withSecret(),
          f("refillInterval", NUMBER).optional(),
          f("refillAmount", NUMBER).optional(),
          f("lastRefillAt", DATE).optional(),
          f("enabled", BOOLEAN).optional().def("true"),
          f("rateLimitEnabled", BOOLEAN).optional().def("true"),
          f("rateLimitTimeWindow", NUMBER).optional().def("86400000"),
          f("rateLimitMax", NUMBER).optional().def("10"),
          f("requestCount", NUMBER).optional().def("0"),
          f("remaining", NUMBER).optional(),
          f("lastRequest", DATE).optional(),
          f("expiresAt", DATE).optional(),
          f("createdAt", DATE),
          f("updatedAt", DATE),
          f("permissions", STRING).optional(),
          f("metadata", STRING).optional());
      case PASSKEY -> b.table("passkey",
          f("name", STRING).optional(),
          f("publicKey", STRING),
          userRef("userId").withIndex(),
          f("credentialID", STRING).withIndex(),
          f("counter", NUMBER),
          f("deviceType", STRING),
          f("backedUp", BOOLEAN),
          f("transports", STRING).optional(),
          f("createdAt", DATE).optional(),
          f("aaguid", STRING).optional());
      case JWT -> b.table("jwks",
          f("publicKey", STRING),
          f("privateKey", STRING).withSecret(),
          f("createdAt", DATE),
          f("expiresAt", DATE).optional(),
          f("alg", STRING).optional(),
          f("crv", STRING).optional());
      case ANONYMOUS -> b.table("user", f("isAnonymous", BOOLEAN).optional().def("false"));
      case PHONE_NUMBER -> b.table("user",
          f("phoneNumber", STRING).optional().withUnique().withSortable(),
          f("phoneNumberVerified", BOOLEAN).optional());
      case SSO -> {
        b.table("ssoProvider",
            f("issuer", STRING),
            f("oidcConfig", STRING).optional().withSecret(),
            f("samlConfig", STRING).optional().withSecret(),
            userRef("userId"),
            f("providerId", STRING).withUnique(),
            f("organizationId", STRING).optional(),
            f("domain", STRING));
        if (options.ssoDomainVerification()) {
          b.table("ssoProvider", f("domainVerified", BOOLEAN).optional());
        }
      }
      case SIWE -> b.table("walletAddress",
          userRef("userId").withIndex(),
          f("address", STRING),
          f("chainId", NUMBER),
          f("isPrimary", BOOLEAN).def("false"),
          f("createdAt", DATE));
      case DEVICE_AUTHORIZATION -> b.table("deviceCode",
              f("deviceCode", STRING).withSecret(),
              f("userCode", STRING).withSecret(),
              f("userId", STRING).optional(),
              f("expiresAt", DATE),
              f("status", STRING),
              f("lastPolledAt", DATE).optional(),
              f("pollingInterval", NUMBER).optional(),
              f("clientId", STRING).optional(),
              f("scope", STRING).optional())
          .index("deviceCode", true, "deviceCode")
          .index("deviceCode", true, "userCode");
      case OAUTH_PROVIDER -> oauthProvider(b);
      case STRIPE -> {
        if (options.stripeSubscription()) {
          b.table("subscription",
              f("plan", STRING),
              f("referenceId", STRING),
              f("stripeCustomerId", STRING).optional(),
              f("stripeSubscriptionId", STRING).optional(),
              f("status", STRING).def("incomplete"),
              f("periodStart", DATE).optional(),
              f("periodEnd", DATE).optional(),
              f("trialStart", DATE).optional(),
              f("trialEnd", DATE).optional(),
              f("cancelAtPeriodEnd", BOOLEAN).optional().def("false"),
              f("cancelAt", DATE).optional(),
              f("canceledAt", DATE).optional(),
              f("endedAt", DATE).optional(),
              f("seats", NUMBER).optional(),
              f("billingInterval", STRING).optional(),
              f("stripeScheduleId", STRING).optional());
        }
        b.table("user", f("stripeCustomerId", STRING).optional());
        if (options.stripeOrganization()) {
          b.table("organization", f("stripeCustomerId", STRING).optional());
        }
      }
      default -> {
        // magicLink, emailOTP, multiSession, oneTimeToken, bearer, genericOAuth: no schema.
      }
    }
    return b.build();
  }

  private static void oauthProvider(Builder b) {
    b.table("oauthClient",
        f("clientId", STRING).withUnique(),
        f("clientSecret", STRING).optional().withSecret(),
        f("clientDiscoveryId", STRING).optional(),
        f("disabled", BOOLEAN).optional().def("false"),
        f("skipConsent", BOOLEAN).optional(),
        f("enableEndSession", BOOLEAN).optional(),
        f("subjectType", STRING).optional(),
        f("scopes", STRING_ARRAY).optional(),
        f("clientCredentialsScopes", STRING_ARRAY).optional().def("[]"),
        userRef("userId").optional().withIndex(),
        f("createdAt", DATE).optional(),
        f("updatedAt", DATE).optional(),
        f("name", STRING).optional(),
        f("uri", STRING).optional(),
        f("icon", STRING).optional(),
        f("contacts", STRING_ARRAY).optional(),
        f("tos", STRING).optional(),
        f("policy", STRING).optional(),
        f("softwareId", STRING).optional(),
        f("softwareVersion", STRING).optional(),
        f("softwareStatement", STRING).optional(),
        f("redirectUris", STRING_ARRAY),
        f("postLogoutRedirectUris", STRING_ARRAY).optional(),
        f("backchannelLogoutUri", STRING).optional(),
        f("backchannelLogoutSessionRequired", BOOLEAN).optional(),
        f("tokenEndpointAuthMethod", STRING).optional(),
        f("applicationType", STRING).optional(),
        f("jwks", STRING).optional(),
        f("jwksUri", STRING).optional(),
        f("grantTypes", STRING_ARRAY).optional(),
        f("responseTypes", STRING_ARRAY).optional(),
        f("requirePKCE", BOOLEAN).optional(),
        f("dpopBoundAccessTokens", BOOLEAN).optional().def("false"),
        f("referenceId", STRING).optional(),
        f("metadata", JSON).optional());
    b.table("oauthResource",
        f("identifier", STRING).withUnique(),
        f("name", STRING),
        f("accessTokenTtl", NUMBER).optional(),
        f("refreshTokenTtl", NUMBER).optional(),
        f("signingAlgorithm", STRING).optional(),
        f("signingKeyId", STRING).optional(),
        f("allowedScopes", STRING_ARRAY).optional(),
        f("customClaims", JSON).optional(),
        f("dpopBoundAccessTokensRequired", BOOLEAN).optional().def("false"),
        f("disabled", BOOLEAN).optional().def("false"),
        f("createdAt", DATE).optional(),
        f("updatedAt", DATE).optional(),
        f("policyVersion", NUMBER).optional().def("1"),
        f("metadata", JSON).optional());
    b.table("oauthClientResource",
            f("clientId", STRING).references("oauthClient", "clientId", "cascade").withIndex(),
            f("resourceId", STRING).references("oauthResource", "identifier", "cascade").withIndex(),
            f("metadata", JSON).optional(),
            f("createdAt", DATE).optional())
        .index("oauthClientResource", true, "clientId", "resourceId");
    b.table("oauthRefreshToken",
        f("token", STRING).withUnique().withSecret(),
        f("clientId", STRING).references("oauthClient", "clientId", null).withIndex(),
        f("sessionId", STRING).optional().references("session", "id", "set null").withIndex(),
        userRef("userId").withIndex(),
        f("referenceId", STRING).optional(),
        f("authorizationCodeId", STRING).optional().withIndex(),
        f("resources", STRING_ARRAY).optional(),
        f("requestedUserInfoClaims", STRING_ARRAY).optional(),
        f("expiresAt", DATE),
        f("createdAt", DATE),
        f("revoked", DATE).optional(),
        f("rotatedAt", DATE).optional(),
        f("rotationReplayResponse", STRING).optional().withSecret(),
        f("rotationReplayExpiresAt", DATE).optional(),
        f("authTime", DATE).optional(),
        f("confirmation", JSON).optional(),
        f("scopes", STRING_ARRAY));
    b.table("oauthAccessToken",
        f("token", STRING).withUnique().withSecret(),
        f("clientId", STRING).references("oauthClient", "clientId", null).withIndex(),
        f("sessionId", STRING).optional().references("session", "id", "set null").withIndex(),
        userRef("userId").optional().withIndex(),
        f("referenceId", STRING).optional(),
        f("authorizationCodeId", STRING).optional().withIndex(),
        f("resources", STRING_ARRAY).optional(),
        f("requestedUserInfoClaims", STRING_ARRAY).optional(),
        f("refreshId", STRING).optional().references("oauthRefreshToken", "id", null).withIndex(),
        f("expiresAt", DATE),
        f("createdAt", DATE),
        f("revoked", DATE).optional(),
        f("confirmation", JSON).optional(),
        f("scopes", STRING_ARRAY));
    b.table("oauthConsent",
        f("clientId", STRING).references("oauthClient", "clientId", null).withIndex(),
        userRef("userId").optional().withIndex(),
        f("referenceId", STRING).optional(),
        f("resources", STRING_ARRAY).optional(),
        f("requestedUserInfoClaims", STRING_ARRAY).optional(),
        f("scopes", STRING_ARRAY),
        f("createdAt", DATE),
        f("updatedAt", DATE));
    b.table("oauthClientAssertion", f("expiresAt", DATE));
  }
}
