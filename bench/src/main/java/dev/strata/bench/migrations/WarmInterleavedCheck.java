package dev.strata.bench.migrations;

import dev.strata.bench.Databases;
import dev.strata.bench.Databases.Database;
import dev.strata.bench.PooledDataSource;
import dev.strata.bench.Stats;
import dev.strata.runtime.MigrationIndex;
import dev.strata.runtime.Vendor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A re-check of {@link WarmStartupBenchmark} for close calls: the baseline, plain JDBC that compares the
 * values, and Strata's {@code apply()} against a database holding 50 applied migrations, in blocks of calls
 * that alternate in one JVM (order rotated every round, the first quarter of the rounds not counted), so
 * that drift between JMH's forks, which run one benchmark after another, hits all three alike. Reports the
 * wall and the calling thread's CPU time per call.
 *
 * <pre>java -cp "$CP" dev.strata.bench.migrations.WarmInterleavedCheck h2|postgresql [rounds] [calls per block]</pre>
 */
public final class WarmInterleavedCheck {

  private WarmInterleavedCheck() {}

  interface Call {
    Object run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    String vendor = args[0];
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    int block = args.length > 2 ? Integer.parseInt(args[2]) : vendor.equals("h2") ? 20_000 : 400;
    Path work = Files.createTempDirectory("strata-bench-warm-check");
    int count = WarmStartupBenchmark.MIGRATIONS;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {SyntheticMigrations.writeJar(count, work).toUri().toURL()},
        WarmInterleavedCheck.class.getClassLoader())) {
      MigrationIndex index = SyntheticMigrations.compiledIndex(count, loader);
      Database database = vendor.equals("h2") ? Databases.persistent("h2", "warm-check", work) : Databases.create(vendor);
      try (PooledDataSource pool = database.pool()) {
        if (Approaches.flyway(loader, vendor, pool) != count || !Approaches.strata(index, pool).upToDate()) {
          throw new IllegalStateException("the database did not get its " + count + " migrations");
        }
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("jdbcHistory", () -> Approaches.jdbcHistory(pool));
        calls.put("jdbcCheck", () -> Approaches.jdbcCheck(index, Vendor.ofId(vendor), pool));
        calls.put("strataApply", () -> Approaches.strata(index, pool));
        Map<String, double[][]> samples = measure(calls, rounds, block);
        System.out.printf("%s, %d migrations applied, %d rounds of %d calls each (the first %d rounds not counted), µs per call%n%n",
            vendor, count, rounds, block, rounds / 4);
        print(samples);
      } finally {
        database.drop();
      }
    }
  }

  static Map<String, double[][]> measure(Map<String, Call> calls, int rounds, int block) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int warmup = rounds / 4;
    List<String> names = new ArrayList<>(calls.keySet());
    Map<String, double[][]> samples = new LinkedHashMap<>();
    names.forEach(k -> samples.put(k, new double[2][rounds - warmup]));
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < names.size(); i++) {
        String name = names.get((i + round) % names.size());
        Call call = calls.get(name);
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int c = 0; c < block; c++) {
          call.run();
        }
        if (round >= warmup) {
          samples.get(name)[0][round - warmup] = (System.nanoTime() - wall) / 1e3 / block;
          samples.get(name)[1][round - warmup] = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / block;
        }
      }
    }
    return samples;
  }

  static void print(Map<String, double[][]> samples) {
    System.out.print(Stats.table(samples, "µs"));
  }
}
