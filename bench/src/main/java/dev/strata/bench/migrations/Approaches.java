package dev.strata.bench.migrations;

import dev.strata.runtime.MigrationIndex;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.Vendor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The ways of bringing a database to the latest migration that the startup and fresh-database benchmarks compare. */
public final class Approaches {

  private Approaches() {}

  /**
   * Strata: {@code Migrator.configure(index).apply(dataSource)}: one history query when nothing is pending,
   * otherwise Flyway fed from the compiled-in index.
   */
  public static MigrationReport strata(MigrationIndex index, DataSource dataSource) {
    return Migrator.configure(index).apply(dataSource);
  }

  /**
   * Strata's fresh-database fast path: {@code Migrator.configure(index).freshDatabaseFastPath(true).apply(ds)}.
   * Fails unless the runtime really took it (the one-step schema script, every migration recorded).
   */
  public static MigrationReport strataFastPath(MigrationIndex index, DataSource dataSource) {
    MigrationReport report = Migrator.configure(index).freshDatabaseFastPath(true).apply(dataSource);
    if (report.method() != MigrationReport.Method.SCHEMA_SCRIPT || report.applied().size() != index.migrations().size()) {
      throw new IllegalStateException("the fresh-database fast path was not taken: " + report + " (" + report.method() + ")");
    }
    return report;
  }

  /**
   * Flyway as an application usually configures it: a data source and the vendor's class-path location,
   * scanned for migrations at every start.
   */
  public static int flyway(ClassLoader loader, String vendor, DataSource dataSource) {
    return Flyway.configure(loader)
        .dataSource(dataSource)
        .locations("classpath:" + SyntheticMigrations.LOCATION + "/" + vendor)
        .load()
        .migrate()
        .migrationsExecuted;
  }

  static final String HISTORY_QUERY =
      "select \"version\", \"checksum\", \"success\" from \"flyway_schema_history\" where \"version\" is not null order by \"installed_rank\"";

  /** Plain JDBC at startup: connect and read the history table, as a hand-rolled "is it up to date?" check. */
  public static int jdbcHistory(DataSource dataSource) throws SQLException {
    int rows = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(HISTORY_QUERY);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        rows++;
      }
    }
    return rows;
  }

  /**
   * Plain JDBC deciding "up to date" as Strata must: the history's version, checksum and success read and
   * compared with the code's, every migration applied with its checksum and nothing else recorded. Not a
   * goal's baseline (that is {@link #jdbcHistory}, which reads no value); it shows what comparing costs.
   */
  public static boolean jdbcCheck(MigrationIndex index, Vendor vendor, DataSource dataSource) throws SQLException {
    List<MigrationInfo> code = index.migrations();
    int i = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(HISTORY_QUERY);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        if (i >= code.size()) {
          return false;
        }
        MigrationInfo migration = code.get(i++);
        int checksum = rs.getInt(2);
        if (rs.wasNull() || checksum != migration.script(vendor).checksum() || !rs.getBoolean(3)
            || !Integer.toString(migration.version()).equals(rs.getString(1))) {
          return false;
        }
      }
    }
    return i == code.size();
  }

  /** Plain JDBC replaying every script from the class path, one transaction each (as Flyway runs them). */
  public static void jdbcReplay(ClassLoader loader, String vendor, int count, DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      for (int version = 1; version <= count; version++) {
        execute(connection, read(loader, SyntheticMigrations.LOCATION + "/" + vendor + "/" + SyntheticMigrations.fileName(version)));
        connection.commit();
      }
      connection.setAutoCommit(true);
    }
  }

  /**
   * Plain JDBC running the final schema as one script in one transaction: the floor for any migrator. The
   * script is the class-path resource the fast path runs ({@link SyntheticMigrations#schemaScript}).
   */
  public static void jdbcFinalScript(MigrationIndex index, String vendor, DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      execute(connection, read(index.classLoader(), index.schemaScript(Vendor.ofId(vendor))));
      connection.commit();
      connection.setAutoCommit(true);
    }
  }

  static void execute(Connection connection, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : script.split(";\n")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
  }

  static String read(ClassLoader loader, String path) {
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
