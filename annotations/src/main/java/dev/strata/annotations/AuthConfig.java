package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The auth configuration: the options of the TypeScript Better Auth server that shape its database. Strata
 * derives from it exactly the tables Better Auth creates for the same options, with a row record, a jOOQ
 * table and a mapper for each, so a Java service can share one database with a Better Auth server.
 *
 * <pre>{@code
 * @AuthConfig(
 *     plugins = {AuthPlugin.USERNAME, AuthPlugin.TWO_FACTOR, AuthPlugin.ORGANIZATION},
 *     organization = @AuthConfig.Organization(teams = true))
 * final class AppAuth {
 *   @AuthFields(AuthModel.USER)
 *   record UserExtras(@Nullable String phone, @Default("member") String role) {}
 * }
 *
 * @Schema(auth = AppAuth.class, tables = {Post.class})
 * interface BlogSchema {}
 * }</pre>
 *
 * <p>List the plugins in the same order as the TypeScript {@code plugins} array: it decides the order of
 * the columns they add. The generated classes go into the subpackage {@code auth} of this class's package
 * unless {@link #packageName()} says otherwise.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AuthConfig {

  /** {@code emailAndPassword.enabled}: passwords live in {@code account.password} either way; kept for parity. */
  boolean emailAndPassword() default true;

  /** The plugins, in the order of the TypeScript configuration. */
  AuthPlugin[] plugins() default {};

  /** Physical names as the server's adapter expects them. */
  AuthNaming naming() default AuthNaming.BETTER_AUTH;

  /** {@code advanced.database.generateId}. */
  AuthIds ids() default AuthIds.TEXT;

  /** The adapter's {@code usePlural}: table names end in "s" ({@code users}, {@code sessions}). */
  boolean plural() default false;

  /** {@code rateLimit.storage: "database"}: adds the {@code rateLimit} table. */
  boolean rateLimitTable() default false;

  /**
   * A {@code secondaryStorage} is configured: sessions and verifications live there, so those tables are
   * not created unless kept with {@link #keepSessionTable()} / {@link #keepVerificationTable()}.
   */
  boolean secondaryStorage() default false;

  /** {@code session.storeSessionInDatabase} with a secondary storage. */
  boolean keepSessionTable() default false;

  /** {@code verification.storeInDatabase} with a secondary storage. */
  boolean keepVerificationTable() default false;

  /** Options of {@link AuthPlugin#ORGANIZATION}. */
  Organization organization() default @Organization;

  /** Options of {@link AuthPlugin#USERNAME}. */
  Username username() default @Username;

  /** Options of {@link AuthPlugin#SSO}. */
  Sso sso() default @Sso;

  /** Options of {@link AuthPlugin#STRIPE}. */
  Stripe stripe() default @Stripe;

  /** Renamed tables and columns. */
  AuthTable[] tables() default {};

  /** The package of the generated auth classes; empty: this class's package plus {@code .auth}. */
  String packageName() default "";

  /** {@code organization({ teams: { enabled }, dynamicAccessControl: { enabled } })}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Organization {
    /** Adds {@code team}, {@code teamMember}, {@code invitation.teamId} and {@code session.activeTeamId}. */
    boolean teams() default false;

    /** Adds {@code organizationRole}. */
    boolean dynamicAccessControl() default false;
  }

  /** {@code username({ displayUsername })}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Username {
    /** Whether {@code user.displayUsername} exists. */
    boolean displayUsername() default true;
  }

  /** {@code sso({ domainVerification: { enabled } })}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Sso {
    /** Adds {@code ssoProvider.domainVerified}. */
    boolean domainVerification() default false;
  }

  /** {@code stripe({ subscription: { enabled }, organization: { enabled } })}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Stripe {
    /** Adds the {@code subscription} table. */
    boolean subscription() default false;

    /** Adds {@code organization.stripeCustomerId}; needs {@link AuthPlugin#ORGANIZATION}. */
    boolean organization() default false;
  }
}
