package dev.strata.processor.model;

import dev.strata.processor.diagnostics.Origin;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the code says about changes that a diff cannot infer: renames, drops, backfills and acknowledged
 * risks, with where each was written (for diagnostics). Keys are table and column names of the code's
 * schema.
 *
 * @param root where to report problems that belong to no table (a table that disappeared)
 * @param tables where each table is declared (its record)
 * @param columns where each column is declared (its component), per table
 * @param tableRenames former names of each table
 * @param columnRenames former names of each column, per table
 * @param dropTables tables whose drop is acknowledged
 * @param dropColumns columns whose drop is acknowledged, per table
 * @param backfills values for existing rows, per table and column
 * @param acknowledged risks accepted, per table and column ("" for the table itself)
 */
public record Intent(
    Origin root,
    Map<String, Origin> tables,
    Map<String, Map<String, Origin>> columns,
    Map<String, List<String>> tableRenames,
    Map<String, Map<String, List<String>>> columnRenames,
    Set<String> dropTables,
    Map<String, Set<String>> dropColumns,
    Map<String, Map<String, Backfill>> backfills,
    Map<String, Map<String, Set<Risk>>> acknowledged) {

  /** No intent at all: for undo scripts and for schemas compared without code. */
  public static final Intent NONE = new Intent(null, Map.of(), Map.of(), Map.of(), Map.of(), Set.of(), Map.of(), Map.of(), Map.of());

  /** A risk a change takes with existing rows; mirrors the annotation's {@code Acknowledge.Risk}. */
  public enum Risk {
    NARROWING_TYPE,
    NOT_NULL,
    UNIQUE,
    REMOVED_ENUM_CONSTANT
  }

  /** The value existing rows get: a canonical literal, or an expression over the row. */
  public record Backfill(String literal, CheckExpression expression) {}

  public Origin table(String table) {
    Origin origin = tables.get(table);
    return origin != null ? origin : root;
  }

  public Origin column(String table, String column) {
    Origin origin = columns.getOrDefault(table, Map.of()).get(column);
    return origin != null ? origin : table(table);
  }

  public List<String> formerTableNames(String table) {
    return tableRenames.getOrDefault(table, List.of());
  }

  public List<String> formerColumnNames(String table, String column) {
    return columnRenames.getOrDefault(table, Map.of()).getOrDefault(column, List.of());
  }

  public Backfill backfill(String table, String column) {
    return backfills.getOrDefault(table, Map.of()).get(column);
  }

  public boolean accepts(String table, String column, Risk risk) {
    Map<String, Set<Risk>> risks = acknowledged.getOrDefault(table, Map.of());
    return risks.getOrDefault(column, Set.of()).contains(risk) || risks.getOrDefault("", Set.of()).contains(risk);
  }
}
