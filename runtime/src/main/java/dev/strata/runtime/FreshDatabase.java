package dev.strata.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The fresh-database fast path: an empty database gets the newest schema from one script, and a history
 * table that records every migration as applied, exactly as if Flyway had run them one by one. Runs under
 * Flyway's lock; on PostgreSQL in one transaction.
 */
final class FreshDatabase {

  static final String NO_TRANSACTION = "-- strata:no-transaction";
  private static final Pattern VERSION = Pattern.compile("(?m)^-- strata:schema-version (\\d+)\\s*$");

  private FreshDatabase() {}

  /** The schema script for the vendor if the index has one matching its newest migration, else null. */
  static String script(MigrationIndex index, Vendor vendor) {
    String name = index.schemaScript(vendor);
    if (name == null || index.migrations().isEmpty()) {
      return null;
    }
    String text = Resources.read(index, name);
    if (text == null) {
      return null;
    }
    Matcher m = VERSION.matcher(text);
    int newest = index.migrations().get(index.migrations().size() - 1).version();
    return m.find() && Integer.parseInt(m.group(1)) == newest ? text : null;
  }

  /** Whether the connection's schema has no table at all. */
  static boolean isEmpty(Connection connection, Vendor vendor, boolean ignoreHistory) throws SQLException {
    String sql =
        switch (vendor) {
          case POSTGRESQL -> "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
              + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relname <> ?";
          case MYSQL -> "SELECT count(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> ?";
          case H2 -> "SELECT count(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME <> ?";
        };
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int parameter = 1;
      if (vendor == Vendor.H2) {
        // The schema bound, not CURRENT_SCHEMA: H2 then lists only this schema's tables (half the time).
        statement.setString(parameter++, connection.getSchema());
      }
      statement.setString(parameter, ignoreHistory ? HistoryTable.NAME : "");
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getInt(1) == 0;
      }
    }
  }

  /**
   * Creates the schema if the database is empty; returns the versions recorded, or null when the database
   * was not empty (another instance got there first) and Flyway must take over.
   */
  static List<Integer> apply(MigrationIndex index, Vendor vendor, DataSource dataSource, String script, Consumer<String> progress)
      throws SQLException {
    List<SqlScript.Statement> statements = SqlScript.split(script, vendor);
    boolean transactional = vendor == Vendor.POSTGRESQL && !SqlScript.headerHas(script, NO_TRANSACTION);
    List<MigrationInfo> migrations = new ArrayList<>();
    for (MigrationInfo migration : index.migrations()) {
      if (migration.script(vendor) != null) {
        migrations.add(migration);
      }
    }
    try (Connection connection = dataSource.getConnection()) {
      if (vendor == Vendor.POSTGRESQL) {
        connection.setAutoCommit(false);
      }
      try (MigrationLock lock = MigrationLock.acquire(dataSource, connection, vendor)) {
        // On H2 the lock is a row of the history table, which taking it created.
        boolean historyExists = vendor == Vendor.H2 || HistoryTable.exists(connection, vendor);
        boolean empty = isEmpty(connection, vendor, vendor == Vendor.H2)
            && (!historyExists || vendor == Vendor.H2 && onlyMarker(connection));
        if (!empty) {
          if (vendor == Vendor.POSTGRESQL) {
            connection.rollback();
          }
          return null;
        }
        progress.accept("Creating the schema of V" + migrations.get(migrations.size() - 1).version() + " in one step ("
            + statements.size() + " statements) ...");
        long start = System.nanoTime();
        int done = 0;
        try {
          if (vendor == Vendor.POSTGRESQL && !transactional) {
            connection.setAutoCommit(true);
          }
          try (Statement statement = connection.createStatement()) {
            for (SqlScript.Statement sql : statements) {
              statement.execute(sql.sql());
              done++;
            }
          }
          if (vendor == Vendor.POSTGRESQL && !transactional) {
            connection.setAutoCommit(false);
          }
          String user = HistoryTable.currentUser(connection, vendor);
          if (!historyExists) {
            HistoryTable.create(connection, vendor, user);
          }
          int millis = (int) ((System.nanoTime() - start) / 1_000_000);
          HistoryTable.insertAll(connection, vendor, 1, migrations, user, millis);
          if (vendor == Vendor.POSTGRESQL) {
            connection.commit();
          }
        } catch (SQLException e) {
          String where = done < statements.size()
              ? " at statement " + (done + 1) + " of " + statements.size() + " (" + Resources.oneLine(statements.get(done).sql()) + ")"
              : " while recording the history";
          String recovery;
          if (transactional) {
            connection.rollback();
            recovery = "PostgreSQL rolled it back: the database is still empty.";
          } else {
            recovery = dropCreated(connection, vendor)
                ? "Strata dropped the tables it had created: the database is empty again."
                : "Drop the tables it created before trying again.";
          }
          throw new MigrationException("Creating the schema of " + index.schemaName() + " on an empty " + vendor.displayName()
              + " database from " + index.schemaScript(vendor) + " failed" + where + ": " + e.getMessage().strip() + ". "
              + recovery, e);
        }
        List<Integer> versions = new ArrayList<>();
        migrations.forEach(m -> versions.add(m.version()));
        return versions;
      }
    }
  }

  private static boolean onlyMarker(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + HistoryTable.quoted(Vendor.H2) + " WHERE \"type\" <> 'TABLE'")) {
      rs.next();
      return rs.getInt(1) == 0;
    }
  }

  /** After a failure on a database that was empty: drop whatever now exists (but H2's history marker table). */
  private static boolean dropCreated(Connection connection, Vendor vendor) {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      List<String> tables = new ArrayList<>();
      String sql = vendor == Vendor.MYSQL
          ? "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
          : vendor == Vendor.H2
              ? "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_TYPE = 'BASE TABLE'"
              : "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()";
      try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
        while (rs.next()) {
          if (!(vendor == Vendor.H2 && HistoryTable.NAME.equals(rs.getString(1)))) {
            tables.add(rs.getString(1));
          }
        }
      }
      Collections.sort(tables);
      try (Statement statement = connection.createStatement()) {
        if (vendor == Vendor.MYSQL) {
          statement.execute("SET FOREIGN_KEY_CHECKS = 0");
        }
        for (String table : tables) {
          String quoted = vendor == Vendor.MYSQL ? "`" + table.replace("`", "``") + "`" : "\"" + table.replace("\"", "\"\"") + "\"";
          statement.execute("DROP TABLE " + quoted + (vendor == Vendor.MYSQL ? "" : " CASCADE"));
        }
        if (vendor == Vendor.MYSQL) {
          statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
      }
      return true;
    } catch (SQLException e) {
      return false;
    }
  }
}
