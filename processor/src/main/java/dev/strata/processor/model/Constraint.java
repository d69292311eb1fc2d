package dev.strata.processor.model;

import java.util.List;

/** A named constraint or index of a table. */
public sealed interface Constraint {

  String name();

  record PrimaryKey(String name, List<String> columns) implements Constraint {
    public PrimaryKey {
      columns = List.copyOf(columns);
    }
  }

  record UniqueKey(String name, List<String> columns) implements Constraint {
    public UniqueKey {
      columns = List.copyOf(columns);
    }
  }

  /** An index; {@code unique} indexes are what Better Auth creates for table-level unique indexes. */
  record Index(String name, List<String> columns, boolean unique) implements Constraint {
    public Index {
      columns = List.copyOf(columns);
    }
  }

  record ForeignKey(
      String name,
      List<String> columns,
      String targetTable,
      List<String> targetColumns,
      ReferentialAction onDelete,
      ReferentialAction onUpdate)
      implements Constraint {
    public ForeignKey {
      columns = List.copyOf(columns);
      targetColumns = List.copyOf(targetColumns);
    }
  }

  /** A check constraint over a portable expression. */
  record Check(String name, CheckExpression expression) implements Constraint {}
}
