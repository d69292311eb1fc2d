package dev.strata.processor.auth;

import dev.strata.annotations.AuthPlugin;
import dev.strata.processor.auth.BetterAuthCatalog.IndexDef;
import dev.strata.processor.auth.BetterAuthCatalog.PluginSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Better Auth's {@code getAuthTables(options)}: the logical tables for a configuration, in Better Auth's
 * order and with its merge rules. Plugin schemas are folded in plugin order (a later plugin's field with
 * the same name replaces an earlier one); each core table is its core fields, then the plugins' fields,
 * then the additional fields; the tables come out as user, session, account, verification, the plugin
 * tables in order of first appearance, then rateLimit.
 */
public final class AuthTables {

  /**
   * A logical table.
   *
   * @param key the schema key ({@code user}, {@code twoFactor})
   * @param modelName the table name before the naming convention ({@code modelName})
   */
  public record LogicalTable(String key, String modelName, List<AuthField> fields, List<IndexDef> indexes) {
    public LogicalTable {
      fields = List.copyOf(fields);
      indexes = List.copyOf(indexes);
    }

    public AuthField field(String name) {
      return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }
  }

  private static final List<String> CORE = List.of("user", "session", "account", "verification");

  private AuthTables() {}

  public static List<LogicalTable> derive(AuthOptions options) {
    Map<String, Map<String, AuthField>> pluginFields = new LinkedHashMap<>();
    Map<String, List<IndexDef>> pluginIndexes = new LinkedHashMap<>();
    for (AuthPlugin plugin : options.plugins()) {
      PluginSchema schema = BetterAuthCatalog.plugin(plugin, options);
      schema.tables().forEach((key, fields) -> {
        Map<String, AuthField> merged = pluginFields.computeIfAbsent(key, k -> new LinkedHashMap<>());
        for (AuthField field : fields) {
          merged.put(field.name(), field);
        }
      });
      schema.indexes().forEach((key, indexes) -> {
        List<IndexDef> merged = pluginIndexes.computeIfAbsent(key, k -> new ArrayList<>());
        for (IndexDef index : indexes) {
          if (!merged.contains(index)) {
            merged.add(index);
          }
        }
      });
    }

    List<LogicalTable> tables = new ArrayList<>();
    tables.add(core("user", BetterAuthCatalog.user(), pluginFields, pluginIndexes, options));
    if (!options.secondaryStorage() || options.keepSessionTable()) {
      tables.add(core("session", BetterAuthCatalog.session(), pluginFields, pluginIndexes, options));
    }
    tables.add(core("account", BetterAuthCatalog.account(), pluginFields, pluginIndexes, options));
    if (!options.secondaryStorage() || options.keepVerificationTable()) {
      tables.add(core("verification", BetterAuthCatalog.verification(), pluginFields, pluginIndexes, options));
    }
    for (Map.Entry<String, Map<String, AuthField>> entry : pluginFields.entrySet()) {
      if (!CORE.contains(entry.getKey())) {
        tables.add(table(entry.getKey(), new ArrayList<>(entry.getValue().values()), pluginIndexes.getOrDefault(entry.getKey(), List.of()), options));
      }
    }
    if (options.rateLimitTable()) {
      tables.add(table("rateLimit", BetterAuthCatalog.rateLimit(), List.of(), options));
    }
    return tables;
  }

  private static LogicalTable core(
      String key,
      List<AuthField> coreFields,
      Map<String, Map<String, AuthField>> pluginFields,
      Map<String, List<IndexDef>> pluginIndexes,
      AuthOptions options) {
    Map<String, AuthField> fields = new LinkedHashMap<>();
    coreFields.forEach(f -> fields.put(f.name(), f));
    pluginFields.getOrDefault(key, Map.of()).forEach(fields::put);
    for (AuthField field : options.additionalFields().getOrDefault(key, List.of())) {
      fields.put(field.name(), field);
    }
    return table(key, new ArrayList<>(fields.values()), pluginIndexes.getOrDefault(key, List.of()), options);
  }

  private static LogicalTable table(String key, List<AuthField> fields, List<IndexDef> indexes, AuthOptions options) {
    Map<String, String> renames = options.columnNames().getOrDefault(key, Map.of());
    List<AuthField> renamed = new ArrayList<>();
    for (AuthField field : fields) {
      String column = renames.get(field.name());
      renamed.add(column == null ? field : field.column(column));
    }
    return new LogicalTable(key, options.tableNames().getOrDefault(key, key), renamed, indexes);
  }

  /** The keys of the tables the configuration has, for error messages. */
  public static List<String> keys(List<LogicalTable> tables) {
    return tables.stream().map(LogicalTable::key).toList();
  }
}
