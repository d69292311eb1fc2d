package dev.strata.processor.review;

import dev.strata.processor.review.Shape.ForeignKeyRef;
import dev.strata.processor.review.Shape.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A migration script read back for review, with what its undo script tells about the schema before it: the
 * previous definition of a changed column, the foreign keys of a dropped table or column, the table of a
 * dropped index.
 */
final class Script {

  final List<String> sql;
  final List<Shape> shapes;
  final boolean transactional;
  private final Set<String> created = new HashSet<>();
  private final Map<String, Shape> addedHere = new HashMap<>();
  private final Map<String, String> previousDefinitions = new HashMap<>();
  private final Map<String, List<ForeignKeyRef>> previousForeignKeys = new HashMap<>();
  private final Map<String, String> previousIndexTables = new HashMap<>();

  Script(List<String> sql, boolean transactional, List<String> undoSql, boolean backslashEscapes) {
    this.sql = List.copyOf(sql);
    this.transactional = transactional;
    List<Shape> parsed = new ArrayList<>();
    for (String statement : sql) {
      Shape shape = Shape.parse(statement, backslashEscapes);
      parsed.add(shape);
      if (shape.kind() == Kind.CREATE_TABLE) {
        created.add(shape.table());
      }
      if (shape.name() != null && (shape.kind() == Kind.ADD_CHECK || shape.kind() == Kind.ADD_FOREIGN_KEY
          || shape.kind() == Kind.ADD_UNIQUE || shape.kind() == Kind.CREATE_INDEX)) {
        addedHere.putIfAbsent(shape.name(), shape);
      }
    }
    this.shapes = List.copyOf(parsed);
    for (String statement : undoSql) {
      Shape shape = Shape.parse(statement, backslashEscapes);
      switch (shape.kind()) {
        case MODIFY_COLUMN, ALTER_TYPE -> previousDefinitions.putIfAbsent(key(shape.table(), shape.name()), shape.detail());
        case CREATE_TABLE, ADD_FOREIGN_KEY ->
            previousForeignKeys.computeIfAbsent(shape.table(), t -> new ArrayList<>()).addAll(shape.foreignKeys());
        case CREATE_INDEX -> previousIndexTables.putIfAbsent(shape.name(), shape.table());
        default -> {}
      }
    }
  }

  private static String key(String table, String column) {
    return table + "\u0000" + column;
  }

  /** Whether this script creates the table: nothing else can use it yet. */
  boolean creates(String table) {
    return table != null && created.contains(table);
  }

  /** The constraint or index of that name that this script adds, or null. */
  Shape addedHere(String name) {
    return addedHere.get(name);
  }

  /** The column's definition (MySQL) or type (PostgreSQL, H2) before the migration, or null if unknown. */
  String previousDefinition(String table, String column) {
    return previousDefinitions.get(key(table, column));
  }

  /** The foreign keys the table had before the migration, as far as the undo script restores them. */
  List<ForeignKeyRef> previousForeignKeys(String table) {
    return previousForeignKeys.getOrDefault(table, List.of());
  }

  /** The table of an index the migration drops, or null if unknown. */
  String previousIndexTable(String index) {
    return previousIndexTables.get(index);
  }

  /** Whether an earlier statement of this script changes the column in the given way. */
  boolean has(Kind kind, String table, String column) {
    return shapes.stream().anyMatch(s -> s.kind() == kind && table.equals(s.table()) && column.equals(s.name()));
  }

  /** The value of a session setting the script makes, e.g. {@code lock_timeout}, or null. */
  String setting(String name) {
    for (String statement : sql) {
      String[] words = statement.split("[\\s=]+");
      for (int i = 0; i + 1 < words.length; i++) {
        if (words[i].equalsIgnoreCase(name) && (words[0].equalsIgnoreCase("SET"))) {
          return words[i + 1].replace("'", "");
        }
      }
    }
    return null;
  }
}
