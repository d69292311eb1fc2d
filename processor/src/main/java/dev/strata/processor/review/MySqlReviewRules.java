package dev.strata.processor.review;

import java.util.List;
import java.util.Locale;

/**
 * MySQL (8.0) and MariaDB (10.5 and later), InnoDB. Statements run without an ALGORITHM clause, so each
 * database picks the cheapest it supports: INSTANT (metadata only), INPLACE (reads and writes go on, maybe
 * with a rebuild), or COPY (reads go on, writes wait). MariaDB's choices here were checked on MariaDB 10.11.
 */
final class MySqlReviewRules extends ReviewRules {

  private static final String MDL = "metadata lock on ";
  private static final String INSTANT = "INSTANT: metadata only";

  @Override
  boolean backslashEscapes() {
    return true;
  }

  @Override
  List<String> preface(Script script, List<Integer> lasting) {
    return List.of(
        "MySQL and MariaDB commit each DDL statement on its own, so a failure leaves the statements before it applied"
            + " (the undo script reverts them).",
        "Every ALTER also takes an exclusive metadata lock on its table for a moment at its start and end: it waits for"
            + " open transactions that used the table, and statements arriving meanwhile queue behind it (up to"
            + " `lock_wait_timeout`: 1 year by default on MySQL, 1 day on MariaDB).");
  }

  @Override
  Impact referencing(List<String> referenced) {
    return Impact.brief(MDL + tables(referenced), referenced, "brief");
  }

  @Override
  Impact impact(Script script, int index, Shape s, List<String> self) {
    String t = s.table();
    String lock = MDL + tables(self);
    return switch (s.kind()) {
      case SESSION, CREATE_TABLE -> Impact.NONE;
      case DROP_TABLE, RENAME_TABLE -> Impact.brief(lock, self, "brief");
      case ADD_COLUMN -> addColumn(s, self);
      case DROP_COLUMN -> Impact.lasting(lock, self, "INSTANT on MySQL 8.0.29+ and MariaDB unless the column is indexed;"
          + " otherwise rebuilds " + code(t) + " in place while reads and writes go on");
      case RENAME_COLUMN, RENAME_INDEX, SET_DEFAULT, DROP_DEFAULT -> Impact.brief(lock, self, INSTANT);
      case MODIFY_COLUMN -> modify(script, s, self);
      case UPDATE -> Impact.lasting("row locks on every row it reads in " + code(t), self,
          "writes every matching row; InnoDB keeps the row locks until the next DDL statement or the end of the migration"
          + " commits: writes to those rows wait");
      case ADD_CHECK -> Impact.lasting(lock, self, copy(t) + " to check every row (MariaDB's ALGORITHM=COPY; MySQL does not"
          + " list it as online): reads go on, writes wait throughout; fails if a row violates it");
      case ADD_UNIQUE, CREATE_INDEX -> Impact.lasting(lock, self, "builds the index in place while reads and writes go on"
          + (s.unique() ? "; fails if values repeat" : ""));
      case ADD_PRIMARY_KEY -> Impact.lasting(lock, self, "rebuilds " + code(t) + " in place while reads and writes go on;"
          + " fails if values repeat");
      case ADD_FOREIGN_KEY -> {
        List<String> locked = foreignKeyTables(script, s);
        yield Impact.lasting(MDL + tables(locked), locked, copy(t) + " (ALGORITHM=COPY while `foreign_key_checks` is on):"
            + " reads go on, writes wait throughout; fails if a row points nowhere");
      }
      case DROP_FOREIGN_KEY, DROP_INDEX, DROP_CONSTRAINT, RENAME_CONSTRAINT -> Impact.brief(lock, self, "in place, metadata only");
      case DROP_PRIMARY_KEY -> Impact.lasting(lock, self, copy(t) + ": reads go on, writes wait throughout");
      case ALTER_TYPE, SET_NOT_NULL, DROP_NOT_NULL, ADD_UNIQUE_USING_INDEX, VALIDATE, OTHER ->
          Impact.notAnalysed(self);
    };
  }

  private static String copy(String table) {
    return "copies " + code(table);
  }

  private static Impact addColumn(Shape s, List<String> self) {
    ColumnDefinition column = ColumnDefinition.parse(s.detail());
    String lock = MDL + tables(self);
    String t = s.table();
    if (column.identity()) {
      return Impact.lasting(lock, self, "rebuilds " + code(t) + " in place to number the rows: reads go on, writes wait throughout");
    }
    String upper = column.defaultValue() == null ? "" : column.defaultValue().toUpperCase(Locale.ROOT);
    if (upper.contains("UTC_TIMESTAMP") || upper.contains("UUID(") || upper.contains("NOW(") || upper.contains("RAND(")) {
      return Impact.lasting(lock, self, copy(t) + " to compute the default for every row (MariaDB copies; MySQL allows no"
          + " INSTANT with an expression default): reads go on, writes wait throughout");
    }
    String filled = !column.nullable() && column.defaultValue() == null
        ? "; existing rows get the type's implicit default (0, '' or the zero date)"
        : "";
    if (column.expressionDefault()) {
      return Impact.lasting(lock, self, "INSTANT on MariaDB; MySQL allows no INSTANT with an expression default and rebuilds "
          + code(t) + ", at worst by copying it while writes wait" + filled);
    }
    return Impact.brief(lock, self, INSTANT + filled);
  }

  private static Impact modify(Script script, Shape s, List<String> self) {
    String lock = MDL + tables(self);
    String t = s.table();
    ColumnDefinition before = ColumnDefinition.parse(script.previousDefinition(t, s.name()));
    ColumnDefinition after = ColumnDefinition.parse(s.detail());
    String copies = copy(t) + ": reads go on, writes wait throughout";
    if (before == null) {
      return Impact.lasting(lock, self, "at worst " + copies + " (the column's previous definition is unknown)");
    }
    if (!before.type().equalsIgnoreCase(after.type())) {
      boolean longerVarchar = before.baseType().equals("varchar") && after.baseType().equals("varchar")
          && after.length() > before.length();
      if (longerVarchar) {
        // utf8mb4: up to 63 characters take one length byte, from 64 on two; InnoDB keeps the count in place.
        boolean sameLengthBytes = (before.length() < 64) == (after.length() < 64);
        return Impact.lasting(lock, self, (sameLengthBytes ? "in place on MySQL, metadata only" : "copies on MySQL (the length"
            + " prefix grows to two bytes)") + "; INSTANT on MariaDB unless the column is indexed. At worst " + copies);
      }
      return Impact.lasting(lock, self, copies + "; fails if a value does not fit");
    }
    if (before.nullable() && !after.nullable()) {
      return Impact.lasting(lock, self, "rebuilds " + code(t) + " in place while reads and writes go on; fails if a row holds NULL");
    }
    if (!before.nullable() && after.nullable()) {
      return Impact.lasting(lock, self, "INSTANT on MariaDB; MySQL rebuilds " + code(t) + " in place while reads and writes go on");
    }
    return Impact.brief(lock, self, INSTANT);
  }
}
