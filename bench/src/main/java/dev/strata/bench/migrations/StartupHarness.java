package dev.strata.bench.migrations;

import dev.strata.bench.Databases;
import dev.strata.bench.Databases.Database;
import dev.strata.bench.PooledDataSource;
import dev.strata.bench.Processes;
import dev.strata.bench.Stats;
import dev.strata.runtime.MigrationIndex;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Startup with nothing pending, in fresh JVMs: prepares an H2 file database and a PostgreSQL database
 * holding {@code count} applied migrations, then starts {@link StartupMain} for each approach and
 * database in turn, {@code rounds} times (after one discarded warm-up round that fills the OS file cache),
 * rotating the order every round so no approach always runs first.
 */
public final class StartupHarness {

  static final List<String> APPROACHES = List.of("jdbc", "flyway", "strata");

  private StartupHarness() {}

  public static String run(Path work, List<String> vendors, int count, int rounds) throws Exception {
    Files.createDirectories(work);
    Path jar = SyntheticMigrations.writeJar(count, work);
    Map<String, Database> databases = new LinkedHashMap<>();
    for (String vendor : vendors) {
      databases.put(vendor, prepare(vendor, work, jar, count));
    }
    Map<String, List<Processes.Run>> runs = new LinkedHashMap<>();
    for (int round = 0; round <= rounds; round++) {
      for (String vendor : vendors) {
        Database db = databases.get(vendor);
        for (int i = 0; i < APPROACHES.size(); i++) {
          String approach = APPROACHES.get((i + round) % APPROACHES.size());
          Processes.Run run =
              Processes.run(
                  Processes.java(
                      List.of(),
                      jar.toString(),
                      StartupMain.class.getName(),
                      List.of(approach, vendor, db.url(), db.user(), String.valueOf(count), SyntheticMigrations.indexClassName(count))));
          if (round > 0) {
            runs.computeIfAbsent(vendor + " " + approach, k -> new ArrayList<>()).add(run);
          }
        }
      }
      System.err.println("startup round " + round + " of " + rounds + " done");
    }
    StringBuilder out = new StringBuilder();
    out.append("| database | approach | process wall ms, median (IQR) | vs jdbc | process CPU ms | vs jdbc | first call in-process ms | vs jdbc |")
        .append(" classes loaded by the call | classes loaded in all |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (String vendor : vendors) {
      Stats wallBase = wall(runs.get(vendor + " jdbc"));
      Stats callBase = column(runs.get(vendor + " jdbc"), 0, 1e6);
      Stats cpuBase = column(runs.get(vendor + " jdbc"), 3, 1e6);
      for (String approach : APPROACHES) {
        List<Processes.Run> sample = runs.get(vendor + " " + approach);
        Stats wall = wall(sample);
        Stats call = column(sample, 0, 1e6);
        Stats cpu = column(sample, 3, 1e6);
        out.append("| ").append(vendor).append(" | ").append(approach).append(" | ")
            .append(wall.format()).append(" (n=").append(wall.n()).append(") | ").append(wall.ratioTo(wallBase)).append(" | ")
            .append(cpu.format()).append(" | ").append(cpu.ratioTo(cpuBase)).append(" | ")
            .append(call.format()).append(" | ").append(call.ratioTo(callBase)).append(" | ")
            .append(Stats.number(column(sample, 1, 1).median())).append(" | ")
            .append(Stats.number(column(sample, 2, 1).median())).append(" |\n");
      }
    }
    for (Database db : databases.values()) {
      db.drop();
    }
    return out.toString();
  }

  static Stats wall(List<Processes.Run> runs) {
    return Stats.of(runs.stream().mapToDouble(r -> r.wallNanos() / 1e6).toArray());
  }

  static Stats column(List<Processes.Run> runs, int index, double divisor) {
    return Stats.of(runs.stream().mapToDouble(r -> r.result()[index] / divisor).toArray());
  }

  /** A database holding the {@code count} migrations, applied by Flyway from the jar; checked against the index. */
  static Database prepare(String vendor, Path work, Path jar, int count) throws Exception {
    Database db;
    if (vendor.equals("h2")) {
      try (var files = Files.list(work)) {
        for (Path file : files.filter(f -> f.getFileName().toString().startsWith("startup" + count)).toList()) {
          Files.delete(file);
        }
      }
      db = Databases.persistent("h2", "startup" + count, work);
    } else {
      db = Databases.persistent("postgresql", "strata_bench_startup" + count, work);
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, StartupHarness.class.getClassLoader());
        PooledDataSource pool = db.pool()) {
      Approaches.flyway(loader, vendor, pool);
      MigrationIndex index = SyntheticMigrations.compiledIndex(count, loader);
      checkHistory(pool, index);
    }
    return db;
  }

  /** The checksums Flyway recorded are those the index carries: Strata and Flyway agree on the history. */
  static void checkHistory(PooledDataSource pool, MigrationIndex index) throws Exception {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select \"version\", \"checksum\" from \"flyway_schema_history\" where \"version\" is not null order by \"installed_rank\"")) {
      int i = 0;
      while (rs.next()) {
        var migration = index.migrations().get(i++);
        int expected = migration.script(dev.strata.runtime.Vendor.H2).checksum();
        if (!rs.getString(1).equals(String.valueOf(migration.version())) || rs.getInt(2) != expected) {
          throw new IllegalStateException("history row " + i + " is " + rs.getString(1) + "/" + rs.getInt(2) + ", index has " + migration.version() + "/" + expected);
        }
      }
      if (i != index.migrations().size()) {
        throw new IllegalStateException("history holds " + i + " migrations, not " + index.migrations().size());
      }
    }
  }
}
