package dev.strata.bench.migrations;

import dev.strata.bench.Databases;
import dev.strata.bench.PooledDataSource;
import dev.strata.bench.Stats;
import dev.strata.runtime.MigrationIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fresh-database comparison with the approaches alternating in one JVM, database by database (JMH runs
 * each benchmark's shots one after another, so drift on a shared machine lands on one side): plain JDBC
 * running the final schema's script, Strata's fresh-database fast path, and Flyway replaying every
 * migration, each on a new database, in an order that rotates every round. Prints wall time and the
 * calling thread's CPU time (on in-process H2 that thread does the database's work too).
 *
 * <pre>java -cp "$CP" dev.strata.bench.migrations.FreshInterleavedCheck h2|postgresql COUNT [ROUNDS]</pre>
 */
public final class FreshInterleavedCheck {

  static final List<String> APPROACHES = List.of("jdbcFinalScript", "strataFastPath", "flywayReplay");

  private FreshInterleavedCheck() {}

  public static void main(String[] args) throws Exception {
    String vendor = args[0];
    int count = Integer.parseInt(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    int discarded = 2;
    Path work = Files.createTempDirectory("strata-bench-fresh-check");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<double[]>> samples = new LinkedHashMap<>();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {SyntheticMigrations.writeJar(count, work).toUri().toURL()}, FreshInterleavedCheck.class.getClassLoader())) {
      MigrationIndex index = SyntheticMigrations.compiledIndex(count, loader);
      for (int round = 0; round < discarded + rounds; round++) {
        for (int i = 0; i < APPROACHES.size(); i++) {
          String approach = APPROACHES.get((i + round) % APPROACHES.size());
          Databases.Database database = Databases.create(vendor);
          try (PooledDataSource pool = database.pool()) {
            pool.getConnection().close();
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            switch (approach) {
              case "jdbcFinalScript" -> Approaches.jdbcFinalScript(index, vendor, pool);
              case "strataFastPath" -> Approaches.strataFastPath(index, pool);
              default -> {
                if (Approaches.flyway(loader, vendor, pool) != count) {
                  throw new IllegalStateException("Flyway did not apply " + count + " migrations");
                }
              }
            }
            double[] sample = {(System.nanoTime() - wall) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6};
            if (round >= discarded) {
              samples.computeIfAbsent(approach, k -> new ArrayList<>()).add(sample);
            }
          } finally {
            database.drop();
          }
        }
      }
    }
    Map<String, double[][]> columns = new LinkedHashMap<>();
    for (String approach : APPROACHES) {
      columns.put(approach, new double[][] {column(samples.get(approach), 0), column(samples.get(approach), 1)});
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s, %d migrations, %d rounds (%d discarded before)%n%n", vendor, count, rounds, discarded));
    out.append(Stats.table(columns, "ms"));
    Stats fast = stats(samples.get("strataFastPath"), 0);
    Stats flyway = stats(samples.get("flywayReplay"), 0);
    out.append(String.format(Locale.ROOT, "%nflywayReplay ÷ strataFastPath, wall: %s%n", flyway.ratioTo(fast)));
    System.out.println(out);
  }

  static Stats stats(List<double[]> samples, int column) {
    return Stats.of(column(samples, column));
  }

  static double[] column(List<double[]> samples, int column) {
    return samples.stream().mapToDouble(s -> s[column]).toArray();
  }
}
