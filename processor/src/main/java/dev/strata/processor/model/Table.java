package dev.strata.processor.model;

import dev.strata.processor.model.Constraint.Check;
import dev.strata.processor.model.Constraint.ForeignKey;
import dev.strata.processor.model.Constraint.Index;
import dev.strata.processor.model.Constraint.PrimaryKey;
import dev.strata.processor.model.Constraint.UniqueKey;
import java.util.List;
import java.util.Optional;

/** A table as the database sees it: columns in declaration order, then its constraints and indexes. */
public record Table(
    String name,
    TableKind kind,
    List<Column> columns,
    PrimaryKey primaryKey,
    List<UniqueKey> uniqueKeys,
    List<Index> indexes,
    List<ForeignKey> foreignKeys,
    List<Check> checks) {

  public Table {
    columns = List.copyOf(columns);
    uniqueKeys = List.copyOf(uniqueKeys);
    indexes = List.copyOf(indexes);
    foreignKeys = List.copyOf(foreignKeys);
    checks = List.copyOf(checks);
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /** The column, which must exist. */
  public Column requireColumn(String columnName) {
    return column(columnName)
        .orElseThrow(() -> new IllegalArgumentException("no column " + columnName + " in " + name));
  }

  public Table withName(String newName) {
    return new Table(newName, kind, columns, primaryKey, uniqueKeys, indexes, foreignKeys, checks);
  }
}
