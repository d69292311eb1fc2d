package dev.strata.processor.testing;

import dev.strata.runtime.Vendor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a live schema back from the database's catalog and prints it as sorted, normalized text: tables,
 * columns (type, nullability, default), primary keys, unique constraints, indexes, foreign keys and
 * checks. Two databases with the same text have the same schema. Flyway's history table is left out.
 */
public final class Introspector {

  private Introspector() {}

  public static String dump(Connection connection, Vendor vendor) throws SQLException {
    String schema = switch (vendor) {
      case POSTGRESQL -> "public";
      case MYSQL -> connection.getCatalog();
      case H2 -> "PUBLIC";
    };
    Map<String, List<String>> tables = new TreeMap<>();
    for (String table : tables(connection, vendor, schema)) {
      List<String> lines = new ArrayList<>();
      lines.addAll(columns(connection, vendor, schema, table));
      lines.addAll(constraints(connection, vendor, schema, table));
      lines.addAll(indexes(connection, vendor, schema, table));
      tables.put(table, lines);
    }
    StringBuilder out = new StringBuilder();
    tables.forEach((table, lines) -> {
      out.append("table ").append(table).append('\n');
      lines.forEach(line -> out.append("  ").append(line).append('\n'));
    });
    return out.toString();
  }

  private static List<String> query(Connection c, String sql, Object... args) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= n; i++) {
            if (i > 1) {
              row.append('|');
            }
            row.append(rs.getString(i));
          }
          rows.add(row.toString());
        }
      }
    }
    return rows;
  }

  private static Set<String> tables(Connection c, Vendor vendor, String schema) throws SQLException {
    Set<String> tables = new TreeSet<>(query(c,
        "select table_name from information_schema.tables where table_schema = ? and table_type in ('BASE TABLE', 'TABLE')", schema));
    tables.remove("flyway_schema_history");
    return tables;
  }

  private static List<String> columns(Connection c, Vendor vendor, String schema, String table) throws SQLException {
    String sql = switch (vendor) {
      case POSTGRESQL -> "select column_name, format_type(a.atttypid, a.atttypmod), is_nullable, column_default, is_identity"
          + " from information_schema.columns col join pg_attribute a on a.attrelid = ('public.' || quote_ident(col.table_name))::regclass"
          + " and a.attname = col.column_name where table_schema = ? and table_name = ?";
      case MYSQL -> "select column_name, column_type, is_nullable, column_default, extra from information_schema.columns"
          + " where table_schema = ? and table_name = ?";
      case H2 -> "select column_name, data_type || coalesce('(' || character_maximum_length || ')', '') || coalesce('p' || numeric_precision || ',' || numeric_scale, '')"
          + " || coalesce('t' || datetime_precision, ''), is_nullable, column_default, is_identity from information_schema.columns"
          + " where table_schema = ? and table_name = ?";
    };
    List<String> lines = new ArrayList<>();
    for (String row : query(c, sql, schema, table)) {
      lines.add("column " + row.toLowerCase(Locale.ROOT));
    }
    lines.sort(null);
    return lines;
  }

  private static List<String> constraints(Connection c, Vendor vendor, String schema, String table) throws SQLException {
    List<String> lines = new ArrayList<>();
    if (vendor == Vendor.POSTGRESQL) {
      for (String row : query(c,
          "select conname, contype, pg_get_constraintdef(oid), convalidated from pg_constraint where conrelid = ('public.' || quote_ident(?))::regclass",
          table)) {
        lines.add("constraint " + row);
      }
    } else {
      for (String row : query(c,
          "select tc.constraint_name, tc.constraint_type, (select group_concat_placeholder) from information_schema.table_constraints tc"
              .replace("(select group_concat_placeholder)", keyColumns(vendor))
              + " where tc.table_schema = ? and tc.table_name = ?",
          schema, table)) {
        lines.add("constraint " + row);
      }
      String checks = vendor == Vendor.MYSQL
          ? "select constraint_name, check_clause from information_schema.check_constraints where constraint_schema = ? and table_name = ?"
          : "select cc.constraint_name, cc.check_clause from information_schema.check_constraints cc join information_schema.table_constraints tc"
              + " on tc.constraint_name = cc.constraint_name and tc.constraint_schema = cc.constraint_schema where tc.table_schema = ? and tc.table_name = ?";
      for (String row : query(c, checks, schema, table)) {
        lines.add("check " + row);
      }
      String fks = "select rc.constraint_name, rc.update_rule, rc.delete_rule, rc.unique_constraint_name from information_schema.referential_constraints rc"
          + " join information_schema.table_constraints tc on tc.constraint_name = rc.constraint_name and tc.constraint_schema = rc.constraint_schema"
          + " where tc.table_schema = ? and tc.table_name = ?";
      for (String row : query(c, fks, schema, table)) {
        lines.add("foreign-key-rule " + row);
      }
    }
    lines.sort(null);
    return lines;
  }

  private static String keyColumns(Vendor vendor) {
    String base = "select %s from information_schema.key_column_usage k where k.constraint_name = tc.constraint_name"
        + " and k.table_schema = tc.table_schema and k.table_name = tc.table_name";
    if (vendor == Vendor.MYSQL) {
      return "(" + String.format(base, "group_concat(concat(k.column_name, coalesce(concat('->', k.referenced_table_name, '.', k.referenced_column_name), '')) order by k.ordinal_position separator ',')") + ")";
    }
    // H2's key_column_usage keeps a column's old name after a rename; the constraint's index is right.
    return "(select listagg(ic.column_name, ',') within group (order by ic.ordinal_position) from information_schema.index_columns ic"
        + " where ic.index_schema = tc.index_schema and ic.index_name = tc.index_name)";
  }

  private static List<String> indexes(Connection c, Vendor vendor, String schema, String table) throws SQLException {
    List<String> lines = new ArrayList<>();
    switch (vendor) {
      case POSTGRESQL -> {
        for (String row : query(c, "select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = ?", table)) {
          lines.add("index " + row);
        }
      }
      case MYSQL -> {
        Set<String> foreignKeys = new TreeSet<>(query(c,
            "select constraint_name from information_schema.table_constraints where table_schema = ? and table_name = ? and constraint_type = 'FOREIGN KEY'",
            schema, table));
        for (String row : query(c,
            "select index_name, non_unique, group_concat(column_name order by seq_in_index separator ',') from information_schema.statistics"
                + " where table_schema = ? and table_name = ? group by index_name, non_unique",
            schema, table)) {
          String name = row.substring(0, row.indexOf('|'));
          // MySQL creates an index for each foreign key no other index covers, named after it: not ours.
          if (!foreignKeys.contains(name)) {
            lines.add("index " + row);
          }
        }
      }
      case H2 -> {
        for (String row : query(c,
            "select i.index_name, i.index_type_name, (select listagg(ic.column_name, ',') within group (order by ic.ordinal_position)"
                + " from information_schema.index_columns ic where ic.index_schema = i.index_schema and ic.index_name = i.index_name)"
                + " from information_schema.indexes i where i.table_schema = ? and i.table_name = ? and not i.is_generated",
            schema, table)) {
          // H2 names the indexes behind constraints itself (is_generated); the constraints are compared above.
          lines.add("index " + row);
        }
      }
    }
    lines.sort(null);
    return lines;
  }
}
