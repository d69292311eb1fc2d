package dev.strata.processor.diff;

import dev.strata.processor.model.Column;
import dev.strata.processor.model.Constraint;
import dev.strata.processor.model.Constraint.Check;
import dev.strata.processor.model.Constraint.ForeignKey;
import dev.strata.processor.model.Constraint.Index;
import dev.strata.processor.model.Constraint.PrimaryKey;
import dev.strata.processor.model.Constraint.UniqueKey;
import dev.strata.processor.model.Intent;
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

  /** Adds a column; {@code backfill} gives existing rows of a NOT NULL column without default a value. */
  record AddColumn(String table, Column column, Intent.Backfill backfill) implements Change {}

  record DropColumn(String table, Column column) implements Change {}

  record RenameColumn(String table, String from, String to) implements Change {}

  /** Changes a column's type; {@code from} is the column before, {@code to} after. */
  record AlterColumnType(String table, Column from, Column to) implements Change {}

  /** Makes a column NOT NULL ({@code backfill}: a value for existing NULLs, or null) or nullable. */
  record AlterNullability(String table, Column from, Column to, Intent.Backfill backfill) implements Change {}

  /** Sets, changes or drops a column's default. */
  record AlterDefault(String table, Column from, Column to) implements Change {}

  /**
   * Adds a primary key, unique key, index or check. {@code existingTable}: the table existed before this
   * migration and may hold rows (PostgreSQL then builds indexes concurrently and validates separately).
   */
  record AddConstraint(String table, Constraint constraint, boolean existingTable) implements Change {}

  /**
   * Renames a primary key, unique key, index, check or foreign key whose definition stays the same.
   * {@code ownIndex}: for a foreign key, see {@link DropForeignKey}.
   */
  record RenameConstraint(String table, Constraint from, Constraint to, boolean ownIndex) implements Change {}

  /** Drops a primary key, unique key, index or check. */
  record DropConstraint(String table, Constraint constraint) implements Change {}

  /** Adds a foreign key; {@code existingTable} as for {@link AddConstraint}. */
  record AddForeignKey(String table, ForeignKey foreignKey, boolean existingTable) implements Change {}

  /**
   * Drops a foreign key. {@code ownIndex}: no key or index of the table starts with its columns, so MySQL
   * created an index for it, named after it, which it keeps after the foreign key is gone.
   */
  record DropForeignKey(String table, ForeignKey foreignKey, boolean ownIndex) implements Change {}

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
