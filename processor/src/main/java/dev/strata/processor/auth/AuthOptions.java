package dev.strata.processor.auth;

import dev.strata.annotations.AuthIds;
import dev.strata.annotations.AuthNaming;
import dev.strata.annotations.AuthPlugin;
import java.util.List;
import java.util.Map;

/**
 * An auth configuration as Strata reads it from {@code @AuthConfig}: the Better Auth options that shape
 * the database.
 *
 * @param tableNames renamed tables, by key ({@code modelName})
 * @param columnNames renamed columns, by table key and field ({@code fields})
 * @param additionalFields {@code additionalFields}, by table key
 */
public record AuthOptions(
    List<AuthPlugin> plugins,
    AuthNaming naming,
    AuthIds ids,
    boolean plural,
    boolean rateLimitTable,
    boolean secondaryStorage,
    boolean keepSessionTable,
    boolean keepVerificationTable,
    boolean organizationTeams,
    boolean organizationDynamicAccessControl,
    boolean usernameDisplayName,
    boolean ssoDomainVerification,
    boolean stripeSubscription,
    boolean stripeOrganization,
    Map<String, String> tableNames,
    Map<String, Map<String, String>> columnNames,
    Map<String, List<AuthField>> additionalFields) {

  public AuthOptions {
    plugins = List.copyOf(plugins);
    tableNames = Map.copyOf(tableNames);
    columnNames = Map.copyOf(columnNames);
    additionalFields = Map.copyOf(additionalFields);
  }

  /** These options with the renames and additional fields read from the configuration. */
  public AuthOptions withNames(
      Map<String, String> tableNames,
      Map<String, Map<String, String>> columnNames,
      Map<String, List<AuthField>> additionalFields) {
    return new AuthOptions(
        plugins, naming, ids, plural, rateLimitTable, secondaryStorage, keepSessionTable, keepVerificationTable,
        organizationTeams, organizationDynamicAccessControl, usernameDisplayName, ssoDomainVerification,
        stripeSubscription, stripeOrganization, tableNames, columnNames, additionalFields);
  }

  /** Better Auth's defaults: email and password, no plugins. */
  public static AuthOptions defaults() {
    return new AuthOptions(
        List.of(), AuthNaming.BETTER_AUTH, AuthIds.TEXT, false, false, false, false, false, false, false, true, false, false,
        false, Map.of(), Map.of(), Map.of());
  }
}
