package dev.strata.bench.migrations;

import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Migrator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The ways of bringing a database to the latest migration that the startup and fresh-database benchmarks compare. */
public final class Approaches {

  private Approaches() {}

  /** Strata: {@code Migrator.configure(index).apply(dataSource)}, Flyway fed from the compiled-in index. */
  public static MigrationReport strata(SyntheticMigrations index, DataSource dataSource) {
    return Migrator.configure(index).apply(dataSource);
  }

  /**
   * Strata's fresh-database fast path ({@code freshDatabaseFastPath(true)}, branch runtime-ops). Called
   * reflectively so this module compiles before the API is merged; {@link #fastPathAvailable()} tells whether
   * it exists. Once merged, this becomes {@code Migrator.configure(index).freshDatabaseFastPath(true).apply(ds)}.
   */
  public static Object strataFastPath(SyntheticMigrations index, DataSource dataSource) {
    try {
      Migrator.Settings settings = Migrator.configure(index);
      FAST_PATH.invoke(settings, true);
      return settings.apply(dataSource);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Migrator.Settings.freshDatabaseFastPath(boolean) is not in this runtime", e);
    }
  }

  private static final Method FAST_PATH = fastPathMethod();

  private static Method fastPathMethod() {
    try {
      return Migrator.Settings.class.getMethod("freshDatabaseFastPath", boolean.class);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  public static boolean fastPathAvailable() {
    return FAST_PATH != null;
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

  /** Plain JDBC at startup: connect and read the history table, as a hand-rolled "is it up to date?" check. */
  public static int jdbcHistory(DataSource dataSource) throws SQLException {
    int rows = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select \"version\", \"checksum\", \"success\" from \"flyway_schema_history\" where \"version\" is not null order by \"installed_rank\"");
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        rows++;
      }
    }
    return rows;
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

  /** Plain JDBC running the final schema as one script in one transaction: the floor for any migrator. */
  public static void jdbcFinalScript(SyntheticMigrations index, DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      execute(connection, index.finalSchemaScript());
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
