package dev.strata.processor.diff;

import dev.strata.processor.model.Column;
import dev.strata.processor.model.Constraint;
import dev.strata.processor.model.Constraint.Check;
import dev.strata.processor.model.Constraint.ForeignKey;
import dev.strata.processor.model.Constraint.Index;
import dev.strata.processor.model.Constraint.PrimaryKey;
import dev.strata.processor.model.Constraint.UniqueKey;
import dev.strata.processor.model.Table;
import java.util.List;

/**
 * One schema operation of a migration, independent of the database. The planner orders changes by
 * dependency; each dialect renders them as statements.
 */
public sealed interface Change {

  /** The table the change is about (its name after the change). */
  String table();

  /**
   * Creates a table with its keys, checks, and those of its foreign keys whose targets already exist
   * ({@code foreignKeys}); the others are added later by {@link AddForeignKey}.
   */
  record CreateTable(Table definition, List<ForeignKey> foreignKeys) implements Change {
    public CreateTable {
      foreignKeys = List.copyOf(foreignKeys);
    }

    @Override
    public String table() {
      return definition.name();
    }
  }

  record DropTable(Table definition) implements Change {
    @Override
    public String table() {
      return definition.name();
    }
  }

  record RenameTable(String from, String to) implements Change {
    @Override
    public String table() {
      return to;
    }
  }

  /** Adds a column; {@code backfill} is a literal for existing rows of a NOT NULL column without default. */
  record AddColumn(String table, Column column, String backfill) implements Change {}

  record DropColumn(String table, Column column) implements Change {}

  record RenameColumn(String table, String from, String to) implements Change {}

  /** Changes a column's type; {@code from} is the column before, {@code to} after. */
  record AlterColumnType(String table, Column from, Column to) implements Change {}

  /** Makes a column NOT NULL ({@code backfill}: a literal for existing NULLs, or null) or nullable. */
  record AlterNullability(String table, Column from, Column to, String backfill) implements Change {}

  /** Sets, changes or drops a column's default. */
  record AlterDefault(String table, Column from, Column to) implements Change {}

  /** Adds a primary key, unique key, index or check, on an existing table. */
  record AddConstraint(String table, Constraint constraint) implements Change {}

  /** Drops a primary key, unique key, index or check. */
  record DropConstraint(String table, Constraint constraint) implements Change {}

  record AddForeignKey(String table, ForeignKey foreignKey) implements Change {}

  record DropForeignKey(String table, ForeignKey foreignKey) implements Change {}

  /** Whether the constraint is an index (created with CREATE INDEX) rather than a table constraint. */
  static boolean isIndex(Constraint constraint) {
    return constraint instanceof Index;
  }

  /** Whether the constraint is a key that other tables' foreign keys may depend on. */
  static boolean isKey(Constraint constraint) {
    return constraint instanceof PrimaryKey || constraint instanceof UniqueKey;
  }

  /** Whether a check constraint. */
  static boolean isCheck(Constraint constraint) {
    return constraint instanceof Check;
  }
}
