package dev.strata.bench;

import dev.strata.bench.accessors.InsertBenchmark;
import dev.strata.bench.accessors.ReadBenchmark;
import dev.strata.bench.build.BuildCost;
import dev.strata.bench.migrations.FreshDatabaseBenchmark;
import dev.strata.bench.migrations.StartupHarness;
import dev.strata.bench.migrations.WarmStartupBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs one benchmark suite and prints its results as Markdown (also written to
 * {@code bench/target/bench-results/<suite>.md}).
 *
 * <pre>
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" dev.strata.bench.Bench accessors
 * </pre>
 *
 * Suites: {@code accessors}, {@code startup-warm}, {@code fresh}, {@code startup-cold}, {@code build}.
 * {@code -Dbench.quick=true} runs a suite with a fraction of the iterations, to check that it works.
 */
public final class Bench {

  static final Path RESULTS = Path.of(System.getProperty("bench.results", "bench/target/bench-results"));
  static final boolean QUICK = Boolean.getBoolean("bench.quick");

  private Bench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: Bench accessors|startup-warm|fresh|startup-cold|build [options]");
      System.exit(2);
    }
    String suite = args[0].toLowerCase(Locale.ROOT);
    String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    String started = java.time.Instant.now().toString();
    String loadBefore = loadAverage();
    String body =
        switch (suite) {
          case "accessors" -> accessors();
          case "startup-warm" -> startupWarm();
          case "fresh" -> fresh();
          case "startup-cold" -> startupCold(rest);
          case "build" -> build(rest);
          default -> throw new IllegalArgumentException("unknown suite " + suite);
        };
    String report =
        "<!-- " + String.join(" ", args) + (QUICK ? " (quick)" : "") + "; started " + started + "; JDK " + System.getProperty("java.vm.version")
            + "; load average before " + loadBefore + ", after " + loadAverage() + " -->\n" + body;
    Files.createDirectories(RESULTS);
    Files.writeString(RESULTS.resolve(suite + ".md"), report);
    System.out.println();
    System.out.println(report);
  }

  static String accessors() throws Exception {
    ChainedOptionsBuilder reads =
        JmhSuite.options(ReadBenchmark.class)
            .forks(QUICK ? 1 : 2)
            .warmupIterations(QUICK ? 1 : 4)
            .warmupTime(TimeValue.seconds(2))
            .measurementIterations(QUICK ? 2 : 5)
            .measurementTime(TimeValue.seconds(2));
    List<JmhSuite.Row> readRows = JmhSuite.run(reads, RESULTS, "accessors-read");
    ChainedOptionsBuilder inserts =
        JmhSuite.options(InsertBenchmark.class)
            .forks(QUICK ? 1 : 2)
            .warmupIterations(QUICK ? 2 : 10)
            .measurementIterations(QUICK ? 3 : 15);
    List<JmhSuite.Row> insertRows = JmhSuite.run(inserts, RESULTS, "accessors-insert");
    return "### Reading " + ReadBenchmark.ROWS + " rows (ms per read)\n\n" + JmhSuite.table(readRows, "handJdbc")
        + "\n### Inserting " + InsertBenchmark.ROWS + " rows in one batch (ms per batch)\n\n"
        + JmhSuite.table(insertRows, "jdbcBatch");
  }

  static String startupWarm() throws Exception {
    ChainedOptionsBuilder options =
        JmhSuite.options(WarmStartupBenchmark.class)
            .forks(QUICK ? 1 : 2)
            .warmupIterations(QUICK ? 1 : 5)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(QUICK ? 2 : 8)
            .measurementTime(TimeValue.seconds(1));
    return "### Startup with nothing pending, warm (" + WarmStartupBenchmark.MIGRATIONS + " applied migrations; ms per call)\n\n"
        + JmhSuite.table(JmhSuite.run(options, RESULTS, "startup-warm"), "jdbcHistory");
  }

  static String fresh() throws Exception {
    ChainedOptionsBuilder options =
        JmhSuite.options(FreshDatabaseBenchmark.class)
            .forks(1)
            .warmupIterations(QUICK ? 1 : 3)
            .measurementIterations(QUICK ? 2 : 8);
    return "### Fresh database (ms per database)\n\n"
        + JmhSuite.table(JmhSuite.run(options, RESULTS, "fresh"), "jdbcFinalScript");
  }

  /** {@code startup-cold [rounds]}: fresh JVMs, default 15 rounds. */
  static String startupCold(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : QUICK ? 2 : 15;
    return "### Startup with nothing pending, fresh JVM (" + WarmStartupBenchmark.MIGRATIONS + " applied migrations, "
        + rounds + " rounds)\n\n"
        + StartupHarness.run(Path.of("bench/target/bench-work/startup"), List.of("h2", "postgresql"), WarmStartupBenchmark.MIGRATIONS, rounds);
  }

  /** {@code build [repetitions] [sizes...]}: javac in fresh JVMs, default 5 repetitions of 10, 100 and 1000 tables. */
  static String build(String[] args) throws Exception {
    int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : QUICK ? 1 : 5;
    List<Integer> sizes =
        args.length > 1
            ? java.util.Arrays.stream(args, 1, args.length).map(Integer::valueOf).toList()
            : QUICK ? List.of(10, 100) : List.of(10, 100, 1000);
    return BuildCost.run(Path.of("bench/target/bench-work/build"), sizes, repetitions);
  }

  /** The 1-, 5- and 15-minute load averages: a shared machine's other work shows up here. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
