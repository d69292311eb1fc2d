package dev.strata.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables of a schema as one database spells them: columns (type, nullability, default, identity),
 * keys, indexes, foreign keys and check constraint names. Read from a live database ({@link #read}), or
 * parsed from the description the Strata processor compiles in ({@link #parse}); printed one element per
 * line ({@link #toString}), so two schemas compare as text.
 *
 * <pre>{@code
 * try (Connection c = dataSource.getConnection()) {
 *   System.out.println(DatabaseSchema.read(c));
 * }
 * }</pre>
 *
 * @param tables by name
 */
public record DatabaseSchema(Map<String, Table> tables) {

  public DatabaseSchema {
    tables = java.util.Collections.unmodifiableMap(new TreeMap<>(tables));
  }

  /** A table; columns in their declared order, everything else by name. Its text form is the schema's lines for it. */
  public record Table(
      String name,
      List<Column> columns,
      Key primaryKey,
      List<Key> uniqueKeys,
      List<Index> indexes,
      List<ForeignKey> foreignKeys,
      List<String> checks) {
    public Table {
      columns = List.copyOf(columns);
      uniqueKeys = sorted(uniqueKeys, Key::name);
      indexes = sorted(indexes, Index::name);
      foreignKeys = sorted(foreignKeys, ForeignKey::name);
      checks = checks.stream().sorted().toList();
    }

    @Override
    public String toString() {
      return new DatabaseSchema(Map.of(name, this)).toString();
    }

    public Column column(String name) {
      return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }
  }

  /**
   * A column.
   *
   * @param type the type as the database spells it, e.g. {@code character varying(200)}
   * @param defaultValue the default expression, or null
   */
  public record Column(String name, String type, boolean nullable, String defaultValue, boolean identity) {}

  /** A primary or unique key. */
  public record Key(String name, List<String> columns) {
    public Key {
      columns = List.copyOf(columns);
    }
  }

  public record Index(String name, List<String> columns, boolean unique) {
    public Index {
      columns = List.copyOf(columns);
    }
  }

  /** A foreign key; actions are {@code NO ACTION}, {@code CASCADE}, {@code SET NULL}, ... */
  public record ForeignKey(
      String name, List<String> columns, String targetTable, List<String> targetColumns, String onDelete, String onUpdate) {
    public ForeignKey {
      columns = List.copyOf(columns);
      targetColumns = List.copyOf(targetColumns);
    }
  }

  private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> name) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(java.util.Comparator.comparing(name));
    return List.copyOf(copy);
  }

  // ---- text form ----------------------------------------------------------------------------------

  /**
   * One element per line, tab-separated: {@code table}, {@code column}, {@code primary key}, {@code unique},
   * {@code index}, {@code unique index}, {@code foreign key}, {@code check}; absent values are {@code -}.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Table table : tables.values()) {
      line(out, "table", table.name());
      for (Column c : table.columns()) {
        line(out, "column", table.name(), c.name(), c.type(), c.nullable() ? "null" : "not null",
            c.identity() ? "identity" : "-", c.defaultValue() == null ? "-" : c.defaultValue());
      }
      if (table.primaryKey() != null) {
        line(out, "primary key", table.name(), table.primaryKey().name(), String.join(",", table.primaryKey().columns()));
      }
      for (Key key : table.uniqueKeys()) {
        line(out, "unique", table.name(), key.name(), String.join(",", key.columns()));
      }
      for (Index index : table.indexes()) {
        line(out, index.unique() ? "unique index" : "index", table.name(), index.name(), String.join(",", index.columns()));
      }
      for (ForeignKey fk : table.foreignKeys()) {
        line(out, "foreign key", table.name(), fk.name(), String.join(",", fk.columns()), fk.targetTable(),
            String.join(",", fk.targetColumns()), fk.onDelete(), fk.onUpdate());
      }
      for (String check : table.checks()) {
        line(out, "check", table.name(), check);
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      out.append(i == 0 ? "" : "\t").append(escape(fields[i]));
    }
    out.append('\n');
  }

  static String escape(String field) {
    return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  static String unescape(String field) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 1 < field.length()) {
        char next = field.charAt(++i);
        out.append(switch (next) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> next;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Parses the text form; lines starting with {@code #} or {@code --} are comments. */
  public static DatabaseSchema parse(String text) {
    Builder builder = new Builder();
    try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
      String raw;
      int number = 0;
      while ((raw = reader.readLine()) != null) {
        number++;
        if (raw.isBlank() || raw.startsWith("#") || raw.startsWith("--")) {
          continue;
        }
        String[] f = Arrays.stream(raw.split("\t", -1)).map(DatabaseSchema::unescape).toArray(String[]::new);
        try {
          switch (f[0]) {
            case "table" -> builder.table(f[1]);
            case "column" -> builder.table(f[1]).columns.add(
                new Column(f[2], f[3], f[4].equals("null"), f[6].equals("-") ? null : f[6], f[5].equals("identity")));
            case "primary key" -> builder.table(f[1]).primaryKey = new Key(f[2], list(f[3]));
            case "unique" -> builder.table(f[1]).uniqueKeys.add(new Key(f[2], list(f[3])));
            case "index", "unique index" -> builder.table(f[1]).indexes.add(new Index(f[2], list(f[3]), f[0].equals("unique index")));
            case "foreign key" -> builder.table(f[1]).foreignKeys.add(new ForeignKey(f[2], list(f[3]), f[4], list(f[5]), f[6], f[7]));
            case "check" -> builder.table(f[1]).checks.add(f[2]);
            default -> throw new IllegalArgumentException("unknown element " + f[0]);
          }
        } catch (RuntimeException e) {
          throw new IllegalArgumentException("schema description line " + number + " is invalid (" + e.getMessage() + "): " + raw, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return builder.build();
  }

  private static List<String> list(String joined) {
    return joined.isEmpty() ? List.of() : List.of(joined.split(","));
  }

  /** Collects a schema's elements table by table. */
  static final class Builder {
    final Map<String, TableBuilder> tables = new LinkedHashMap<>();

    TableBuilder table(String name) {
      return tables.computeIfAbsent(name, TableBuilder::new);
    }

    DatabaseSchema build() {
      Map<String, Table> built = new TreeMap<>();
      tables.forEach((name, t) -> built.put(name, t.build()));
      return new DatabaseSchema(built);
    }
  }

  static final class TableBuilder {
    final String name;
    final List<Column> columns = new ArrayList<>();
    Key primaryKey;
    final List<Key> uniqueKeys = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<String> checks = new ArrayList<>();

    TableBuilder(String name) {
      this.name = name;
    }

    Table build() {
      return new Table(name, columns, primaryKey, uniqueKeys, indexes, foreignKeys, checks);
    }
  }

  // ---- introspection ------------------------------------------------------------------------------

  /**
   * The tables of the connection's current schema (PostgreSQL's {@code current_schema()}, MySQL's
   * database, H2's current schema), except Flyway's history table.
   */
  public static DatabaseSchema read(Connection connection) throws SQLException {
    DatabaseSchema all = readAll(connection);
    Map<String, Table> tables = new TreeMap<>(all.tables());
    tables.remove(HistoryTable.NAME);
    return new DatabaseSchema(tables);
  }

  /** Every table, Flyway's history table included. */
  static DatabaseSchema readAll(Connection connection) throws SQLException {
    Vendor vendor = Vendor.ofProductName(connection.getMetaData().getDatabaseProductName());
    if (vendor == null) {
      throw new SQLException("Strata reads PostgreSQL, MySQL/MariaDB and H2 schemas, not "
          + connection.getMetaData().getDatabaseProductName());
    }
    Builder builder = new Builder();
    switch (vendor) {
      case POSTGRESQL -> readPostgres(connection, builder);
      case MYSQL -> readMysql(connection, builder);
      case H2 -> readH2(connection, builder);
    }
    return builder.build();
  }

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private static void query(Connection connection, String sql, RowReader reader) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        reader.read(rs);
      }
    }
  }

  private static void readPostgres(Connection c, Builder b) throws SQLException {
    query(c, "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname",
        rs -> b.table(rs.getString(1)));
    query(c, "SELECT c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,"
        + " pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity"
        + " FROM pg_catalog.pg_attribute a"
        + " JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
        + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        + " LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
        + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped"
        + " ORDER BY c.relname, a.attnum",
        rs -> b.table(rs.getString(1)).columns.add(new Column(rs.getString(2), rs.getString(3), !rs.getBoolean(4),
            rs.getString(5), rs.getString(6) != null && !rs.getString(6).isBlank())));
    boolean[] standardStrings = {true};
    query(c, "SELECT current_setting('standard_conforming_strings')", rs -> standardStrings[0] = !"off".equals(rs.getString(1)));
    if (!standardStrings[0]) {
      // pg_get_expr writes literals for the session's setting: with it off, backslashes in '...' escape.
      for (TableBuilder table : b.tables.values()) {
        table.columns.replaceAll(col -> col.defaultValue() == null ? col
            : new Column(col.name(), col.type(), col.nullable(), asEscapeStrings(col.defaultValue()), col.identity()));
      }
    }
    String columnsOf = "(SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(%s) WITH ORDINALITY k(attnum, ord)"
        + " JOIN pg_catalog.pg_attribute a ON a.attrelid = %s AND a.attnum = k.attnum)";
    query(c, "SELECT cl.relname, co.conname, co.contype, " + String.format(columnsOf, "co.conkey", "co.conrelid") + ", fc.relname, "
        + String.format(columnsOf, "co.confkey", "co.confrelid") + ", co.confdeltype, co.confupdtype"
        + " FROM pg_catalog.pg_constraint co"
        + " JOIN pg_catalog.pg_class cl ON cl.oid = co.conrelid"
        + " JOIN pg_catalog.pg_namespace n ON n.oid = cl.relnamespace"
        + " LEFT JOIN pg_catalog.pg_class fc ON fc.oid = co.confrelid"
        + " WHERE n.nspname = current_schema() AND co.contype IN ('p', 'u', 'f', 'c')",
        rs -> {
          TableBuilder t = b.table(rs.getString(1));
          String name = rs.getString(2);
          List<String> columns = list(nullToEmpty(rs.getString(4)));
          switch (rs.getString(3)) {
            case "p" -> t.primaryKey = new Key(name, columns);
            case "u" -> t.uniqueKeys.add(new Key(name, columns));
            case "f" -> t.foreignKeys.add(new ForeignKey(name, columns, rs.getString(5), list(nullToEmpty(rs.getString(6))),
                postgresAction(rs.getString(7)), postgresAction(rs.getString(8))));
            default -> t.checks.add(name);
          }
        });
    query(c, "SELECT t.relname, i.relname, ix.indisunique, " + String.format(columnsOf, "ix.indkey::int2[]", "ix.indrelid")
        + " FROM pg_catalog.pg_index ix"
        + " JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid"
        + " JOIN pg_catalog.pg_class t ON t.oid = ix.indrelid"
        + " JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace"
        + " WHERE n.nspname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint co"
        + "   WHERE co.conindid = ix.indexrelid AND co.conrelid = ix.indrelid AND co.contype IN ('p', 'u', 'x'))",
        rs -> b.table(rs.getString(1)).indexes.add(new Index(rs.getString(2), list(nullToEmpty(rs.getString(4))), rs.getBoolean(3))));
  }

  /** An expression whose quoted literals read backslash escapes, with each written as {@code E'...'}. */
  static String asEscapeStrings(String expression) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c != '\'') {
        out.append(c);
        continue;
      }
      boolean prefixed = i > 0 && Character.isLetter(expression.charAt(i - 1));
      int end = SqlScript.quoted(expression, i, '\'', true);
      out.append(prefixed ? "'" : "E'").append(expression, i + 1, end);
      i = end - 1;
    }
    return out.toString();
  }

  private static String postgresAction(String code) {
    return switch (code == null ? "a" : code) {
      case "r" -> "RESTRICT";
      case "c" -> "CASCADE";
      case "n" -> "SET NULL";
      case "d" -> "SET DEFAULT";
      default -> "NO ACTION";
    };
  }

  private static void readMysql(Connection c, Builder b) throws SQLException {
    query(c, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'"
        + " ORDER BY TABLE_NAME", rs -> b.table(rs.getString(1)));
    query(c, "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA FROM information_schema.COLUMNS"
        + " WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION",
        rs -> {
          if (b.tables.containsKey(rs.getString(1))) {
            String extra = nullToEmpty(rs.getString(6)).toLowerCase(Locale.ROOT);
            b.table(rs.getString(1)).columns.add(new Column(rs.getString(2), rs.getString(3), "YES".equals(rs.getString(4)),
                rs.getString(5), extra.contains("auto_increment")));
          }
        });
    Map<String, String> types = new HashMap<>();
    query(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS"
        + " WHERE CONSTRAINT_SCHEMA = DATABASE()",
        rs -> types.put(rs.getString(1) + "\t" + rs.getString(2), rs.getString(3)));
    Map<String, List<String>> columns = new LinkedHashMap<>();
    Map<String, List<String>> targetColumns = new HashMap<>();
    Map<String, String> targets = new HashMap<>();
    query(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME"
        + " FROM information_schema.KEY_COLUMN_USAGE WHERE CONSTRAINT_SCHEMA = DATABASE()"
        + " ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION",
        rs -> {
          String key = rs.getString(1) + "\t" + rs.getString(2);
          columns.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString(3));
          if (rs.getString(4) != null) {
            targets.put(key, rs.getString(4));
            targetColumns.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString(5));
          }
        });
    Map<String, String[]> rules = new HashMap<>();
    query(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, DELETE_RULE, UPDATE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS"
        + " WHERE CONSTRAINT_SCHEMA = DATABASE()",
        rs -> rules.put(rs.getString(1) + "\t" + rs.getString(2), new String[] {rs.getString(3), rs.getString(4)}));
    Set<String> constraintIndexes = new HashSet<>();
    for (Map.Entry<String, String> entry : types.entrySet()) {
      String[] key = entry.getKey().split("\t");
      if (!b.tables.containsKey(key[0])) {
        continue;
      }
      TableBuilder t = b.table(key[0]);
      List<String> cols = columns.getOrDefault(entry.getKey(), List.of());
      switch (entry.getValue()) {
        case "PRIMARY KEY" -> {
          t.primaryKey = new Key(key[1], cols);
          constraintIndexes.add(entry.getKey());
        }
        case "UNIQUE" -> {
          t.uniqueKeys.add(new Key(key[1], cols));
          constraintIndexes.add(entry.getKey());
        }
        case "FOREIGN KEY" -> {
          String[] rule = rules.getOrDefault(entry.getKey(), new String[] {"NO ACTION", "NO ACTION"});
          t.foreignKeys.add(new ForeignKey(key[1], cols, targets.get(entry.getKey()),
              targetColumns.getOrDefault(entry.getKey(), List.of()), rule[0], rule[1]));
          // InnoDB creates an index named after a foreign key when no index covers its columns.
          constraintIndexes.add(entry.getKey());
        }
        case "CHECK" -> {
          // MariaDB's JSON columns carry a check named after the column; it is part of the type.
          if (t.columns.stream().noneMatch(col -> col.name().equals(key[1]))) {
            t.checks.add(key[1]);
          }
        }
        default -> {}
      }
    }
    Map<String, TableIndex> indexes = new LinkedHashMap<>();
    query(c, "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS"
        + " WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
        rs -> {
          String key = rs.getString(1) + "\t" + rs.getString(2);
          if (!rs.getString(2).equals("PRIMARY") && !constraintIndexes.contains(key) && b.tables.containsKey(rs.getString(1))) {
            TableIndex index = indexes.get(key);
            if (index == null) {
              index = new TableIndex(rs.getString(1), rs.getString(2), rs.getInt(3) == 0);
              indexes.put(key, index);
            }
            index.columns.add(rs.getString(4));
          }
        });
    indexes.values().forEach(i -> b.table(i.table).indexes.add(new Index(i.name, i.columns, i.unique)));
  }

  private static final class TableIndex {
    final String table;
    final String name;
    final boolean unique;
    final List<String> columns = new ArrayList<>();

    TableIndex(String table, String name, boolean unique) {
      this.table = table;
      this.name = name;
      this.unique = unique;
    }
  }

  /** H2's unbounded length for character and binary strings. */
  private static final long H2_MAX_LENGTH = 1_000_000_000L;

  private static void readH2(Connection c, Builder b) throws SQLException {
    query(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_TYPE = 'BASE TABLE'"
        + " ORDER BY TABLE_NAME", rs -> b.table(rs.getString(1)));
    query(c, "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE,"
        + " DATETIME_PRECISION, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY FROM INFORMATION_SCHEMA.COLUMNS"
        + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA ORDER BY TABLE_NAME, ORDINAL_POSITION",
        rs -> {
          if (b.tables.containsKey(rs.getString(1))) {
            b.table(rs.getString(1)).columns.add(new Column(rs.getString(2), h2Type(rs), "YES".equals(rs.getString(8)),
                rs.getString(9), "YES".equals(rs.getString(10))));
          }
        });
    Map<String, String[]> constraints = new LinkedHashMap<>();
    Set<String> constraintIndexes = new HashSet<>();
    query(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE, INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
        + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA ORDER BY TABLE_NAME, CONSTRAINT_NAME",
        rs -> {
          constraints.put(rs.getString(2), new String[] {rs.getString(1), rs.getString(3)});
          if (rs.getString(4) != null) {
            constraintIndexes.add(rs.getString(4));
          }
        });
    Map<String, List<String>> columns = new HashMap<>();
    Map<String, List<Integer>> positions = new HashMap<>();
    query(c, "SELECT CONSTRAINT_NAME, COLUMN_NAME, POSITION_IN_UNIQUE_CONSTRAINT FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE"
        + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION",
        rs -> {
          columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
          positions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(3));
        });
    Map<String, String[]> references = new HashMap<>();
    query(c, "SELECT CONSTRAINT_NAME, UNIQUE_CONSTRAINT_NAME, DELETE_RULE, UPDATE_RULE FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS"
        + " WHERE CONSTRAINT_SCHEMA = CURRENT_SCHEMA",
        rs -> references.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)}));
    for (Map.Entry<String, String[]> entry : constraints.entrySet()) {
      String name = entry.getKey();
      String table = entry.getValue()[0];
      if (!b.tables.containsKey(table)) {
        continue;
      }
      TableBuilder t = b.table(table);
      List<String> cols = columns.getOrDefault(name, List.of());
      switch (entry.getValue()[1]) {
        case "PRIMARY KEY" -> t.primaryKey = new Key(name, cols);
        case "UNIQUE" -> t.uniqueKeys.add(new Key(name, cols));
        case "FOREIGN KEY" -> {
          String[] reference = references.get(name);
          String[] target = constraints.get(reference[0]);
          List<String> targetKey = columns.getOrDefault(reference[0], List.of());
          List<String> targetCols = new ArrayList<>();
          for (int position : positions.getOrDefault(name, List.of())) {
            targetCols.add(position >= 1 && position <= targetKey.size() ? targetKey.get(position - 1) : "?");
          }
          t.foreignKeys.add(new ForeignKey(name, cols, target == null ? "?" : target[0], targetCols, reference[1], reference[2]));
        }
        case "CHECK" -> t.checks.add(name);
        default -> {}
      }
    }
    Map<String, TableIndex> indexes = new LinkedHashMap<>();
    query(c, "SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, ic.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i"
        + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic ON ic.INDEX_SCHEMA = i.INDEX_SCHEMA AND ic.INDEX_NAME = i.INDEX_NAME"
        + " AND ic.TABLE_NAME = i.TABLE_NAME"
        + " WHERE i.TABLE_SCHEMA = CURRENT_SCHEMA ORDER BY i.TABLE_NAME, i.INDEX_NAME, ic.ORDINAL_POSITION",
        rs -> {
          String name = rs.getString(2);
          if (!constraintIndexes.contains(name) && b.tables.containsKey(rs.getString(1))) {
            TableIndex index = indexes.get(name);
            if (index == null) {
              index = new TableIndex(rs.getString(1), name, rs.getString(3).startsWith("UNIQUE"));
              indexes.put(name, index);
            }
            index.columns.add(rs.getString(4));
          }
        });
    indexes.values().forEach(i -> b.table(i.table).indexes.add(new Index(i.name, i.columns, i.unique)));
  }

  private static String h2Type(ResultSet rs) throws SQLException {
    String type = rs.getString(3).toLowerCase(Locale.ROOT);
    long length = rs.getLong(4);
    boolean hasLength = !rs.wasNull();
    switch (type) {
      case "character varying", "character", "binary varying", "binary", "character large object", "binary large object" -> {
        return hasLength && length != H2_MAX_LENGTH ? type + "(" + length + ")" : type;
      }
      case "numeric", "decimal" -> {
        return type + "(" + rs.getInt(5) + "," + rs.getInt(6) + ")";
      }
      case "timestamp", "time" -> {
        return type + "(" + rs.getInt(7) + ")";
      }
      case "timestamp with time zone", "time with time zone" -> {
        return type.replace(" with", "(" + rs.getInt(7) + ") with");
      }
      default -> {
        return type;
      }
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
