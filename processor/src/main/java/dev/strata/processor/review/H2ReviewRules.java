package dev.strata.processor.review;

import dev.strata.processor.review.Shape.Kind;
import java.util.List;

/**
 * H2 (2.x). Every ALTER TABLE locks its table exclusively while it runs; adding, dropping or retyping a
 * column copies the table into a new one.
 */
final class H2ReviewRules extends ReviewRules {

  private static final String CATALOG = "brief: catalog only";

  @Override
  List<String> preface(Script script, List<Integer> lasting) {
    return List.of("H2 commits each DDL statement on its own, so a failure leaves the statements before it applied (Strata's"
        + " runtime reverts them with the undo script). Each statement locks its table exclusively while it runs.");
  }

  @Override
  Impact referencing(List<String> referenced) {
    return Impact.brief("on " + tables(referenced), referenced, "brief");
  }

  @Override
  Impact impact(Script script, int index, Shape s, List<String> self) {
    String t = s.table();
    String lock = "exclusive on " + tables(self);
    return switch (s.kind()) {
      case SESSION, CREATE_TABLE -> Impact.NONE;
      case ADD_COLUMN, DROP_COLUMN, ALTER_TYPE -> Impact.lasting(lock, self, "copies every row of " + code(t) + " into a new table"
          + (s.kind() == Kind.ALTER_TYPE ? "; fails if a value does not convert" : ""));
      case SET_NOT_NULL -> Impact.lasting(lock, self, "scans " + code(t) + "; fails if a row holds NULL");
      case ADD_CHECK -> Impact.lasting(lock, self, "checks every row of " + code(t) + "; fails if one violates it");
      case ADD_UNIQUE, ADD_PRIMARY_KEY, CREATE_INDEX -> Impact.lasting(lock, self, "builds the index from every row of " + code(t)
          + (s.unique() ? "; fails if values repeat" : ""));
      case ADD_FOREIGN_KEY -> {
        List<String> locked = foreignKeyTables(script, s);
        yield Impact.lasting("exclusive on " + tables(locked), locked, "checks every row of " + code(t) + "; fails if one points nowhere");
      }
      case UPDATE -> Impact.lasting(lock, self, "writes every matching row of " + code(t));
      case DROP_INDEX -> {
        String table = t != null ? t : script.previousIndexTable(s.name());
        List<String> locked = table == null ? List.of(s.name()) : existing(script, List.of(table));
        yield Impact.brief("exclusive on " + (table == null ? "the index's table" : tables(locked)), locked, "brief");
      }
      case RENAME_INDEX -> Impact.brief("exclusive on the index's table", List.of(s.name()), CATALOG);
      case DROP_TABLE, RENAME_TABLE, RENAME_COLUMN, RENAME_CONSTRAINT, DROP_NOT_NULL, SET_DEFAULT, DROP_DEFAULT, DROP_CONSTRAINT ->
          Impact.brief(lock, self, CATALOG);
      case MODIFY_COLUMN, ADD_UNIQUE_USING_INDEX, VALIDATE, DROP_FOREIGN_KEY, DROP_PRIMARY_KEY, OTHER ->
          Impact.notAnalysed(self);
    };
  }
}
