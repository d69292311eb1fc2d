package dev.strata.processor.review;

import dev.strata.processor.review.Shape.ForeignKeyRef;
import dev.strata.processor.review.Shape.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the statements Strata renders for one database do to a database in use. Each subclass knows its
 * database's locks and online DDL; what a statement changes and whether it deletes data is the same
 * everywhere and decided here.
 */
abstract class ReviewRules {

  static ReviewRules of(String dialectId) {
    return switch (dialectId) {
      case "postgresql" -> new PostgresReviewRules();
      case "mysql" -> new MySqlReviewRules();
      case "h2" -> new H2ReviewRules();
      default -> throw new IllegalArgumentException("unknown dialect " + dialectId);
    };
  }

  /** Whether a backslash escapes characters in every string literal. */
  boolean backslashEscapes() {
    return false;
  }

  /** How the script runs (transaction, lock waits), as sentences before the list of locks. */
  abstract List<String> preface(Script script, List<Integer> lasting);

  /**
   * What the statement at {@code index} does to existing tables. Session settings and statements on tables
   * the script creates touch none; a CREATE TABLE locks the existing tables its foreign keys reference.
   */
  final Impact impact(Script script, int index) {
    Shape s = script.shapes.get(index);
    if (s.kind() == Kind.SESSION) {
      return Impact.NONE;
    }
    if (s.kind() == Kind.CREATE_TABLE) {
      List<String> referenced = referencedTables(script, s);
      return referenced.isEmpty() ? Impact.NONE : referencing(referenced);
    }
    if (script.creates(s.table())) {
      return Impact.NONE;
    }
    return impact(script, index, s, s.table() == null ? List.of() : existing(script, List.of(s.table())));
  }

  /** The lock a new table's foreign keys take on the existing tables they reference. */
  abstract Impact referencing(List<String> referenced);

  /** What a statement on an existing table ({@code self}, empty when the statement names none) does. */
  abstract Impact impact(Script script, int index, Shape s, List<String> self);

  // ---- what changes ---------------------------------------------------------------------------------

  /**
   * What the statement changes, for the summary, or null when it only serves another statement (a session
   * setting, a helper constraint, an index of a table the script creates).
   */
  String action(Script script, int index) {
    Shape s = script.shapes.get(index);
    if (s.kind() == Kind.SESSION) {
      return null;
    }
    if (s.kind() != Kind.CREATE_TABLE && script.creates(s.table())) {
      return null;
    }
    String t = s.table() == null ? null : code(s.table());
    return switch (s.kind()) {
      case CREATE_TABLE -> "creates table " + t;
      case DROP_TABLE -> "drops table " + t;
      case RENAME_TABLE -> "renames table " + t + " to " + code(s.target());
      case ADD_COLUMN -> "adds column " + column(s);
      case DROP_COLUMN -> "drops column " + column(s);
      case RENAME_COLUMN -> "renames column " + column(s) + " to " + code(s.target());
      case ALTER_TYPE -> "changes the type of " + column(s) + " to " + code(s.detail());
      case MODIFY_COLUMN -> modifyAction(script, s);
      case SET_NOT_NULL -> "makes " + column(s) + " NOT NULL";
      case DROP_NOT_NULL -> "makes " + column(s) + " nullable";
      case SET_DEFAULT, DROP_DEFAULT ->
          script.has(Kind.ADD_COLUMN, s.table(), s.name()) || script.has(Kind.ALTER_TYPE, s.table(), s.name())
              ? null
              : "changes the default of " + column(s);
      case UPDATE -> "fills " + column(s) + " in existing rows";
      case ADD_CHECK -> isNotNullHelper(script, s) ? null : "adds check " + code(s.name()) + " to " + t;
      case ADD_UNIQUE -> "adds unique key " + code(s.name()) + " on " + t + " " + columns(s.columns());
      case ADD_UNIQUE_USING_INDEX ->
          script.addedHere(s.target()) != null ? null : "adds unique key " + code(s.name()) + " to " + t;
      case ADD_PRIMARY_KEY -> "adds primary key " + code(s.name()) + " on " + t + " " + columns(s.columns());
      case ADD_FOREIGN_KEY ->
          "adds foreign key " + code(s.name()) + " from " + t + " " + columns(s.columns()) + " to " + code(s.target());
      case VALIDATE -> script.addedHere(s.name()) != null ? null : "validates " + code(s.name()) + " on " + t;
      case DROP_CONSTRAINT -> script.addedHere(s.name()) != null ? null : "drops constraint " + code(s.name()) + " from " + t;
      case DROP_FOREIGN_KEY -> "drops foreign key " + code(s.name()) + " from " + t;
      case DROP_PRIMARY_KEY -> "drops the primary key of " + t;
      case DROP_INDEX -> droppedWithForeignKey(script, index, s.name()) ? null : "drops index " + code(s.name());
      case RENAME_CONSTRAINT -> "renames " + code(s.name()) + " on " + t + " to " + code(s.target());
      case RENAME_INDEX -> "renames index " + code(s.name()) + " to " + code(s.target());
      case CREATE_INDEX -> (becomesUniqueKey(script, s) ? "adds unique key " : s.unique() ? "adds unique index " : "adds index ")
          + code(s.name()) + " on " + t + " " + columns(s.columns());
      case SESSION -> null;
      case OTHER -> "runs " + code(firstLine(script.sql.get(index)));
    };
  }

  private String modifyAction(Script script, Shape s) {
    ColumnDefinition before = ColumnDefinition.parse(script.previousDefinition(s.table(), s.name()));
    ColumnDefinition after = ColumnDefinition.parse(s.detail());
    if (before == null) {
      return "redefines column " + column(s) + " as " + code(s.detail());
    }
    List<String> parts = new ArrayList<>();
    if (!before.type().equalsIgnoreCase(after.type())) {
      parts.add("changes the type of " + column(s) + " to " + code(after.type()));
    }
    if (before.nullable() != after.nullable()) {
      parts.add("makes " + column(s) + (after.nullable() ? " nullable" : " NOT NULL"));
    }
    if (!java.util.Objects.equals(before.defaultValue(), after.defaultValue())) {
      parts.add("changes the default of " + column(s));
    }
    return parts.isEmpty() ? "restates column " + column(s) : String.join("; ", parts);
  }

  /** PostgreSQL's {@code CHECK ("c" IS NOT NULL) NOT VALID}, added only to set NOT NULL without a long lock. */
  static boolean isNotNullHelper(Script script, Shape s) {
    if (s.kind() != Kind.ADD_CHECK || !s.notValid()) {
      return false;
    }
    return script.shapes.stream().anyMatch(o -> o.kind() == Kind.SET_NOT_NULL && o.table().equals(s.table())
        && s.detail().replace(" ", "").toUpperCase(java.util.Locale.ROOT).endsWith("ISNOTNULL)")
        && s.detail().contains(o.name()));
  }

  /** PostgreSQL's unique index built concurrently, then made a constraint {@code USING INDEX}. */
  private static boolean becomesUniqueKey(Script script, Shape index) {
    return script.shapes.stream().anyMatch(o -> o.kind() == Kind.ADD_UNIQUE_USING_INDEX && index.name().equals(o.target()));
  }

  /** MySQL's DROP INDEX of the index it made for a foreign key dropped just before. */
  private static boolean droppedWithForeignKey(Script script, int index, String name) {
    for (int i = 0; i < index; i++) {
      Shape earlier = script.shapes.get(i);
      if (earlier.kind() == Kind.DROP_FOREIGN_KEY && name.equals(earlier.name())) {
        return true;
      }
    }
    return false;
  }

  /** What data the statement deletes, or null: dropped tables and columns, nothing else. */
  static String destroys(Script script, int index) {
    Shape s = script.shapes.get(index);
    return switch (s.kind()) {
      case DROP_TABLE -> "deletes table " + code(s.table()) + " and every row in it";
      case DROP_COLUMN -> "deletes column " + column(s) + " and its data";
      default -> null;
    };
  }

  // ---- helpers for the subclasses --------------------------------------------------------------------

  /** The tables among these that exist before the migration, once each. */
  static List<String> existing(Script script, List<String> tables) {
    Set<String> result = new LinkedHashSet<>();
    for (String table : tables) {
      if (table != null && !script.creates(table)) {
        result.add(table);
      }
    }
    return List.copyOf(result);
  }

  /** The existing tables an added foreign key locks: its own table and the one it references. */
  static List<String> foreignKeyTables(Script script, Shape s) {
    return existing(script, List.of(s.table(), s.target()));
  }

  /** The existing tables a CREATE TABLE references: its foreign keys lock them. */
  static List<String> referencedTables(Script script, Shape s) {
    List<String> targets = new ArrayList<>();
    for (ForeignKeyRef fk : s.foreignKeys()) {
      if (!s.table().equals(fk.target())) {
        targets.add(fk.target());
      }
    }
    return existing(script, targets);
  }

  /** The tables referenced by the foreign keys a dropped table or column had. */
  static List<String> droppedReferences(Script script, Shape s) {
    List<String> targets = new ArrayList<>();
    for (ForeignKeyRef fk : script.previousForeignKeys(s.table())) {
      boolean concerned = s.kind() == Kind.DROP_TABLE
          || (s.kind() == Kind.DROP_COLUMN && fk.columns().contains(s.name()))
          || ((s.kind() == Kind.DROP_CONSTRAINT || s.kind() == Kind.DROP_FOREIGN_KEY) && fk.name().equals(s.name()));
      if (concerned && !s.table().equals(fk.target())) {
        targets.add(fk.target());
      }
    }
    return existing(script, targets);
  }

  /** The referenced table of a foreign key added by this script or dropped from the table, or null. */
  static String foreignKeyTarget(Script script, Shape s) {
    Shape added = script.addedHere(s.name());
    if (added != null && added.kind() == Kind.ADD_FOREIGN_KEY) {
      return added.target();
    }
    for (ForeignKeyRef fk : script.previousForeignKeys(s.table())) {
      if (fk.name().equals(s.name())) {
        return fk.target();
      }
    }
    return null;
  }

  static List<String> with(String table, List<String> more) {
    List<String> all = new ArrayList<>();
    all.add(table);
    all.addAll(more);
    return all;
  }

  static String code(String text) {
    return "`" + text + "`";
  }

  static String column(Shape s) {
    return code(s.table() + "." + s.name());
  }

  static String tables(List<String> tables) {
    return tables.stream().map(ReviewRules::code).collect(Collectors.joining(", "));
  }

  static String columns(List<String> columns) {
    return "(" + tables(columns) + ")";
  }

  static String firstLine(String sql) {
    return sql.lines().findFirst().orElse("").strip();
  }
}
