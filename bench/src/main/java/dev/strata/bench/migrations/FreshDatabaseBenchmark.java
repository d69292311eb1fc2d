package dev.strata.bench.migrations;

import dev.strata.bench.Databases;
import dev.strata.bench.Databases.Database;
import dev.strata.bench.PooledDataSource;
import dev.strata.runtime.MigrationIndex;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A fresh database brought to the latest of {@code count} migrations. Each measurement is one single shot
 * on a database created (and afterwards dropped) outside the measurement: in-memory H2, or a new
 * PostgreSQL database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FreshDatabaseBenchmark {

  @Param({"h2", "postgresql"})
  public String db;

  @Param({"50", "500"})
  public int count;

  Path work;
  URLClassLoader loader;
  MigrationIndex index;
  Database database;
  PooledDataSource pool;

  @Setup(Level.Trial)
  public void scripts() throws IOException {
    work = Files.createTempDirectory("strata-bench-fresh");
    loader = new URLClassLoader(new URL[] {SyntheticMigrations.writeJar(count, work).toUri().toURL()}, getClass().getClassLoader());
    index = SyntheticMigrations.compiledIndex(count, loader);
  }

  @Setup(Level.Iteration)
  public void freshDatabase() throws SQLException {
    database = Databases.create(db);
    pool = database.pool();
    pool.getConnection().close(); // keeps an in-memory H2 database alive; connects ahead on PostgreSQL
  }

  @TearDown(Level.Iteration)
  public void verifyAndDrop() throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(
            "select count(*) from information_schema.tables where lower(table_name) like 't0%'")) {
      rs.next();
      int expected = count - count / 5;
      if (rs.getInt(1) != expected) {
        throw new IllegalStateException("the database has " + rs.getInt(1) + " tables, not " + expected);
      }
    }
    pool.close();
    database.drop();
  }

  @TearDown(Level.Trial)
  public void deleteScripts() throws IOException {
    loader.close();
    try (var files = Files.walk(work)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  /** Baseline: plain JDBC running the final schema's one script. */
  @Benchmark
  public void jdbcFinalScript() throws SQLException {
    Approaches.jdbcFinalScript(index, db, pool);
  }

  /** Plain JDBC replaying every migration script, one transaction each. */
  @Benchmark
  public void jdbcReplay() throws SQLException {
    Approaches.jdbcReplay(loader, db, count, pool);
  }

  /** Flyway as usually configured (class-path scan), replaying every migration. */
  @Benchmark
  public int flywayReplay() {
    return Approaches.flyway(loader, db, pool);
  }

  /** Strata's {@code Migrator.apply}, replaying every migration through Flyway. */
  @Benchmark
  public Object strataReplay() {
    return Approaches.strata(index, pool);
  }

  /** Strata's fresh-database fast path: the schema's one script, and the history recorded. */
  @Benchmark
  public Object strataFastPath() {
    return Approaches.strataFastPath(index, pool);
  }
}
