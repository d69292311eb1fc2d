package dev.strata.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The lock Flyway takes before it migrates, taken by Strata for the work it does itself (undo, fresh
 * setup), so that Strata and Flyway in any number of instances never change the schema at the same time:
 * PostgreSQL's transaction-scoped advisory lock and MySQL's named lock with Flyway's keys, and on H2 a row
 * lock on the history table's marker row.
 */
final class MigrationLock implements AutoCloseable {

  /** "Flyway" in ASCII, the base of Flyway's PostgreSQL advisory lock key. */
  private static final long FLYWAY_MAGIC = (0x46L << 40) + (0x6CL << 32) + (0x79L << 24) + (0x77 << 16) + (0x61 << 8) + 0x79;

  /** How long to wait for another instance's migration, as Flyway does (FlywayRunner.LOCK_RETRIES seconds). */
  private static final long WAIT_NANOS = FlywayRunner.LOCK_RETRIES * 1_000_000_000L;

  private final Vendor vendor;
  private final Connection lockConnection;
  private final String mysqlName;

  private MigrationLock(Vendor vendor, Connection lockConnection, String mysqlName) {
    this.vendor = vendor;
    this.lockConnection = lockConnection;
    this.mysqlName = mysqlName;
  }

  /**
   * Takes the lock for work done on {@code work}. On PostgreSQL the lock lasts until {@code work}'s
   * transaction ends, so {@code work} must not be in auto-commit mode; elsewhere it lasts until closed.
   */
  static MigrationLock acquire(DataSource dataSource, Connection work, Vendor vendor) throws SQLException {
    switch (vendor) {
      case POSTGRESQL -> {
        if (work.getAutoCommit()) {
          throw new IllegalStateException("the PostgreSQL lock needs a transaction");
        }
        String table = "\"" + scalar(work, "SELECT current_schema()") + "\".\"" + HistoryTable.NAME + "\"";
        try (PreparedStatement statement = work.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
          statement.setLong(1, postgresKey(table));
          statement.execute();
        }
        return new MigrationLock(vendor, null, null);
      }
      case MYSQL -> {
        String table = "`" + scalar(work, "SELECT DATABASE()") + "`.`" + HistoryTable.NAME + "`";
        String name = mysqlName(table);
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (true) {
          if (System.nanoTime() > deadline) {
            throw new SQLException("waited " + WAIT_NANOS / 60_000_000_000L + " minutes for the migration lock " + name
                + " held by another instance");
          }
          try (PreparedStatement statement = work.prepareStatement("SELECT GET_LOCK(?, 10)")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
              if (rs.next() && rs.getInt(1) == 1) {
                return new MigrationLock(vendor, work, name);
              }
            }
          }
        }
      }
      case H2 -> {
        Connection connection = dataSource.getConnection();
        try {
          HistoryTable.create(connection, vendor, HistoryTable.currentUser(connection, vendor));
          connection.setAutoCommit(false);
          lockH2(connection);
          return new MigrationLock(vendor, connection, null);
        } catch (SQLException | RuntimeException e) {
          connection.close();
          throw e;
        }
      }
      default -> throw new IllegalArgumentException(vendor.toString());
    }
  }

  /** Flyway's advisory lock key for a history table, given as Flyway prints it ({@code "schema"."table"}). */
  static long postgresKey(String quotedTable) {
    return FLYWAY_MAGIC + quotedTable.hashCode();
  }

  /** Flyway's MySQL lock name for a history table ({@code `database`.`table`}). */
  static String mysqlName(String quotedTable) {
    return "Flyway-" + quotedTable.hashCode();
  }

  private static void lockH2(Connection connection) throws SQLException {
    // H2 waits only LOCK_TIMEOUT for a row lock; another instance may hold it for a whole migration.
    long deadline = System.nanoTime() + WAIT_NANOS;
    while (true) {
      try (Statement statement = connection.createStatement()) {
        // Flyway locks every row; the marker row is enough to exclude it, and leaves the others to the work.
        statement.execute("SELECT * FROM " + HistoryTable.quoted(Vendor.H2) + " WHERE \"installed_rank\" = -1 FOR UPDATE");
        return;
      } catch (SQLException e) {
        if (!isLockTimeout(e) || System.nanoTime() > deadline) {
          throw e;
        }
        connection.rollback();
      }
    }
  }

  /** H2's "timeout trying to lock table" (50200) or a deadlock (40001). */
  static boolean isLockTimeout(SQLException e) {
    return e.getErrorCode() == 50200 || "HYT00".equals(e.getSQLState()) || "40001".equals(e.getSQLState());
  }

  private static String scalar(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Override
  public void close() throws SQLException {
    switch (vendor) {
      case POSTGRESQL -> {
        // Released when the work's transaction ends.
      }
      case MYSQL -> {
        try (PreparedStatement statement = lockConnection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
          statement.setString(1, mysqlName);
          statement.execute();
        }
      }
      case H2 -> {
        try {
          lockConnection.commit();
        } finally {
          lockConnection.close();
        }
      }
    }
  }
}
