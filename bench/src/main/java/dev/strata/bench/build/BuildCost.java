package dev.strata.bench.build;

import dev.strata.bench.Processes;
import dev.strata.bench.Stats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The processor's build cost: for each schema size, {@link CompileOnce} in a fresh JVM per measurement,
 * {@code repetitions} times per mode, interleaved (plain, strata, generated) so drift hits every mode
 * alike, after one discarded warm-up run of each. Max RSS comes from {@code /usr/bin/time} when the
 * machine has it.
 */
public final class BuildCost {

  static final List<String> MODES = List.of("plain", "strata", "generated");
  static final Path TIME = Path.of("/usr/bin/time");

  private BuildCost() {}

  record Sample(double wallMs, double compileMs, double processorMs, double peakHeapMb, double gcCount, double gcMs, double maxRssMb, double cpuMs) {}

  public static String run(Path work, List<Integer> sizes, int repetitions) throws Exception {
    Map<String, List<Sample>> samples = new LinkedHashMap<>();
    for (int size : sizes) {
      Path dir = work.resolve("tables-" + size);
      delete(dir);
      Path sources = SchemaSources.write(dir.resolve("src"), size);
      for (int round = 0; round <= repetitions; round++) {
        for (String mode : MODES) {
          Sample sample = once(mode, dir, sources);
          if (round > 0) {
            samples.computeIfAbsent(size + " " + mode, k -> new ArrayList<>()).add(sample);
          }
        }
        System.err.println("build: " + size + " tables, round " + round + " of " + repetitions + " done");
      }
      // The largest size takes long: show what is measured so far, in case the run is cut short.
      System.err.println(report(sizes.subList(0, sizes.indexOf(size) + 1), samples));
    }
    return report(sizes, samples);
  }

  static Sample once(String mode, Path dir, Path sources) throws IOException, InterruptedException {
    Path out = dir.resolve("out-" + mode);
    Path generated = dir.resolve("gen");
    Path migrations = dir.resolve("migrations");
    delete(out);
    if (mode.equals("strata")) {
      delete(generated);
      delete(migrations);
    }
    List<String> command = new ArrayList<>();
    boolean timed = Files.isExecutable(TIME);
    if (timed) {
      command.addAll(List.of(TIME.toString(), "-f", "MAXRSS %M"));
    }
    command.addAll(
        Processes.java(
            List.of(),
            null,
            CompileOnce.class.getName(),
            List.of(mode, sources.toString(), out.toString(), generated.toString(), migrations.toString())));
    Processes.Run run = Processes.run(command);
    long[] r = run.result();
    double rss =
        run.stderr().lines().filter(l -> l.startsWith("MAXRSS ")).mapToDouble(l -> Double.parseDouble(l.substring(7).trim()) / 1024)
            .findFirst().orElse(Double.NaN);
    return new Sample(run.wallNanos() / 1e6, r[0] / 1e6, r[1] / 1e6, r[2] / 1048576.0, r[3], r[4], rss, r[5] / 1e6);
  }

  static String report(List<Integer> sizes, Map<String, List<Sample>> samples) {
    StringBuilder out = new StringBuilder();
    out.append("| tables | mode | process wall ms, median (IQR) | vs plain | process CPU ms | vs plain | javac call ms | processor's own ms | max RSS MB | peak heap MB | GCs (ms) |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (int size : sizes) {
      Stats plain = stats(samples.get(size + " plain"), Sample::wallMs);
      Stats plainCpu = stats(samples.get(size + " plain"), Sample::cpuMs);
      for (String mode : MODES) {
        List<Sample> list = samples.get(size + " " + mode);
        Stats wall = stats(list, Sample::wallMs);
        out.append("| ").append(size).append(" | ").append(mode).append(" | ")
            .append(wall.format()).append(" (n=").append(wall.n()).append(") | ").append(wall.ratioTo(plain)).append(" | ")
            .append(stats(list, Sample::cpuMs).format()).append(" | ").append(stats(list, Sample::cpuMs).ratioTo(plainCpu)).append(" | ")
            .append(stats(list, Sample::compileMs).format()).append(" | ")
            .append(mode.equals("strata") ? stats(list, Sample::processorMs).format() : "–").append(" | ")
            .append(Stats.number(stats(list, Sample::maxRssMb).median())).append(" | ")
            .append(Stats.number(stats(list, Sample::peakHeapMb).median())).append(" | ")
            .append(Stats.number(stats(list, Sample::gcCount).median())).append(" (")
            .append(Stats.number(stats(list, Sample::gcMs).median())).append(") |\n");
      }
    }
    out.append('\n');
    for (int i = 1; i < sizes.size(); i++) {
      int small = sizes.get(i - 1);
      int large = sizes.get(i);
      out.append(String.format(Locale.ROOT,
          "- %d → %d tables (%.0f× the tables), wall time: plain javac %.2f×, javac with the processor %.2f×, the processor's own time %.2f×,"
              + " time the processor adds (strata − plain) %.2f×; CPU time the processor adds %.2f×%n",
          small, large, (double) large / small,
          median(samples, large, "plain", Sample::wallMs) / median(samples, small, "plain", Sample::wallMs),
          median(samples, large, "strata", Sample::wallMs) / median(samples, small, "strata", Sample::wallMs),
          median(samples, large, "strata", Sample::processorMs) / median(samples, small, "strata", Sample::processorMs),
          (median(samples, large, "strata", Sample::wallMs) - median(samples, large, "plain", Sample::wallMs))
              / (median(samples, small, "strata", Sample::wallMs) - median(samples, small, "plain", Sample::wallMs)),
          (median(samples, large, "strata", Sample::cpuMs) - median(samples, large, "plain", Sample::cpuMs))
              / (median(samples, small, "strata", Sample::cpuMs) - median(samples, small, "plain", Sample::cpuMs))));
    }
    return out.toString();
  }

  static double median(Map<String, List<Sample>> samples, int size, String mode, java.util.function.ToDoubleFunction<Sample> f) {
    return stats(samples.get(size + " " + mode), f).median();
  }

  static Stats stats(List<Sample> list, java.util.function.ToDoubleFunction<Sample> f) {
    return Stats.of(list.stream().mapToDouble(f).toArray());
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
