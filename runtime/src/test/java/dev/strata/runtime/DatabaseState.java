package dev.strata.runtime;

import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a test compares to prove that "nothing changed": the schema, the history rows (without their
 * timestamps) and the rows of every table.
 */
record DatabaseState(String schema, List<String> history, List<String> rows) {

  static DatabaseState of(TestDatabase db) {
    try (Connection c = db.connect()) {
      DatabaseSchema schema = DatabaseSchema.read(c);
      List<String> history = new ArrayList<>();
      HistoryTable.read(c, db.vendor()).orElse(List.of()).forEach(r -> history.add(
          r.installedRank() + " " + r.version() + " " + r.description() + " " + r.type() + " " + r.script() + " " + r.checksum()
              + " " + r.success()));
      List<String> rows = new ArrayList<>();
      for (String table : schema.tables().keySet()) {
        String quoted = db.vendor() == Vendor.MYSQL ? "`" + table + "`" : "\"" + table + "\"";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + quoted)) {
          while (rs.next()) {
            StringBuilder row = new StringBuilder(table);
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
              row.append(' ').append(rs.getString(i));
            }
            rows.add(row.toString());
          }
        }
      }
      rows.sort(null);
      return new DatabaseState(schema.toString(), history, rows);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void execute(TestDatabase db, String... sql) {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(db.vendor() == Vendor.MYSQL ? statement.replace('"', '`') : statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> versions(TestDatabase db) {
    try (Connection c = db.connect()) {
      List<String> out = new ArrayList<>();
      HistoryTable.read(c, db.vendor()).orElse(List.of()).stream().filter(r -> r.version() != null)
          .forEach(r -> out.add(r.version() + (r.success() ? "" : " failed")));
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
