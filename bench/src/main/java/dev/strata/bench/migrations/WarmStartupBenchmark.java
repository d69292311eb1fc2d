package dev.strata.bench.migrations;

import dev.strata.bench.Databases;
import dev.strata.bench.Databases.Database;
import dev.strata.bench.PooledDataSource;
import dev.strata.runtime.MigrationIndex;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Vendor;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
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
 * Startup with nothing pending, warm: the same call as at an application's start, repeated in one JVM
 * against a database (H2 file, or PostgreSQL) that holds 50 applied migrations, through a pool whose
 * connections stay open. The scripts are in a jar loaded by a class loader of its own, which both Flyway's
 * scan and Strata's index read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WarmStartupBenchmark {

  public static final int MIGRATIONS = 50;

  @Param({"h2", "postgresql"})
  public String db;

  Path work;
  URLClassLoader loader;
  MigrationIndex index;
  Database database;
  PooledDataSource pool;
  Vendor vendor;

  @Setup(Level.Trial)
  public void prepare() throws IOException, SQLException {
    work = Files.createTempDirectory("strata-bench-warm");
    loader = new URLClassLoader(new URL[] {SyntheticMigrations.writeJar(MIGRATIONS, work).toUri().toURL()}, getClass().getClassLoader());
    index = SyntheticMigrations.compiledIndex(MIGRATIONS, loader);
    vendor = Vendor.ofId(db);
    database = db.equals("h2") ? Databases.persistent("h2", "warm", work) : Databases.create("postgresql");
    pool = database.pool();
    if (Approaches.flyway(loader, db, pool) != MIGRATIONS) {
      throw new IllegalStateException("the database did not get its " + MIGRATIONS + " migrations");
    }
    if (!Approaches.jdbcCheck(index, vendor, pool) || !Approaches.strata(index, pool).upToDate()) {
      throw new IllegalStateException("the database is not up to date for the index");
    }
  }

  @TearDown(Level.Trial)
  public void drop() throws IOException {
    pool.close();
    database.drop();
    loader.close();
    try (var files = Files.walk(work)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  /** The baseline: connect (from the pool) and read the history table. */
  @Benchmark
  public int jdbcHistory() throws SQLException {
    return Approaches.jdbcHistory(pool);
  }

  /** Not the baseline: plain JDBC also comparing the values with the code's, as Strata's check does. */
  @Benchmark
  public boolean jdbcCheck() throws SQLException {
    return Approaches.jdbcCheck(index, vendor, pool);
  }

  /** Flyway configured as usual, scanning {@code classpath:db/migration/<vendor>}. */
  @Benchmark
  public int flywayMigrate() {
    return Approaches.flyway(loader, db, pool);
  }

  /** Strata's {@code Migrator.configure(index).apply(dataSource)}. */
  @Benchmark
  public MigrationReport strataApply() {
    return Approaches.strata(index, pool);
  }
}
