package dev.strata.annotations;

/** The physical names (and, for Drizzle, column types) the Better Auth server's adapter expects. */
public enum AuthNaming {
  /**
   * As Better Auth's own migrations create them (the built-in Kysely adapter, {@code npx auth migrate}):
   * tables and columns named exactly as the fields, camelCase ({@code "emailVerified"}).
   */
  BETTER_AUTH,
  /**
   * As Better Auth's Drizzle generator declares them ({@code npx auth generate --adapter drizzle}):
   * snake_case tables and columns ({@code email_verified}), index names that keep the camelCase fields,
   * Drizzle's column types (PostgreSQL {@code timestamp} without time zone, {@code text[]} arrays) and
   * defaults.
   */
  DRIZZLE
}
