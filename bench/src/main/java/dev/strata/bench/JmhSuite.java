package dev.strata.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs one JMH benchmark class and reports every benchmark as median and interquartile range of its
 * measurement iterations (all forks pooled), and as a ratio against the baseline benchmark of the same
 * parameters, measured in the same run.
 */
public final class JmhSuite {

  /** One benchmark with one set of parameters. */
  public record Row(String method, Map<String, String> params, Stats stats, String unit) {}

  private JmhSuite() {}

  public static List<Row> run(ChainedOptionsBuilder options, Path resultsDir, String name) throws RunnerException {
    try {
      Files.createDirectories(resultsDir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    options.resultFormat(ResultFormatType.JSON).result(resultsDir.resolve(name + ".json").toString());
    Collection<RunResult> results = new Runner(options.build()).run();
    List<Row> rows = new ArrayList<>();
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      List<Double> scores = new ArrayList<>();
      for (BenchmarkResult benchmark : result.getBenchmarkResults()) {
        for (IterationResult iteration : benchmark.getIterationResults()) {
          scores.add(iteration.getPrimaryResult().getScore());
        }
      }
      Map<String, String> values = new TreeMap<>();
      for (String key : params.getParamsKeys()) {
        values.put(key, params.getParam(key));
      }
      String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
      rows.add(new Row(method, values, Stats.of(scores.stream().mapToDouble(Double::doubleValue).toArray()),
          result.getPrimaryResult().getScoreUnit()));
    }
    return rows;
  }

  /** Options every suite shares: fixed heap, and the JMH defaults for everything a suite does not set. */
  public static ChainedOptionsBuilder options(Class<?> benchmarks) {
    return new OptionsBuilder()
        .include("^" + java.util.regex.Pattern.quote(benchmarks.getName()) + "\\.")
        .jvmArgsAppend("-Xms2g", "-Xmx2g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true")
        .shouldFailOnError(true);
  }

  /**
   * A Markdown table: one line per benchmark, grouped by parameters, each with its ratio against the
   * group's {@code baseline} benchmark.
   */
  public static String table(List<Row> rows, String baseline) {
    Map<Map<String, String>, List<Row>> groups = new LinkedHashMap<>();
    for (Row row : rows) {
      groups.computeIfAbsent(row.params(), k -> new ArrayList<>()).add(row);
    }
    StringBuilder out = new StringBuilder();
    out.append("| parameters | benchmark | median (IQR) | vs ").append(baseline).append(" |\n");
    out.append("|---|---|---|---|\n");
    for (Map.Entry<Map<String, String>, List<Row>> group : groups.entrySet()) {
      Row base = group.getValue().stream().filter(r -> r.method().equals(baseline)).findFirst().orElse(null);
      for (Row row : group.getValue()) {
        out.append("| ").append(params(group.getKey())).append(" | ").append(row.method()).append(" | ")
            .append(row.stats().format()).append(' ').append(row.unit()).append(" (n=").append(row.stats().n()).append(") | ")
            .append(base == null ? "–" : row.stats().ratioTo(base.stats())).append(" |\n");
      }
    }
    return out.toString();
  }

  static String params(Map<String, String> params) {
    List<String> parts = new ArrayList<>();
    params.forEach((k, v) -> parts.add(k + "=" + v));
    return String.join(", ", parts);
  }
}
