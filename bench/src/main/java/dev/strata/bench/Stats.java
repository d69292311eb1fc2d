package dev.strata.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Median and spread of a sample. The spread is the interquartile range (25th to 75th percentile,
 * interpolated), which one slow outlier on a 2-core machine does not blow up the way a standard deviation
 * does.
 */
public record Stats(int n, double median, double p25, double p75, double min, double max) {

  public static Stats of(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return new Stats(
        sorted.length, percentile(sorted, 50), percentile(sorted, 25), percentile(sorted, 75), sorted[0], sorted[sorted.length - 1]);
  }

  static double percentile(double[] sorted, double p) {
    double rank = p / 100 * (sorted.length - 1);
    int low = (int) Math.floor(rank);
    int high = (int) Math.ceil(rank);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
  }

  /** {@code 12.3 (11.9–12.8)}: median and interquartile range. */
  public String format() {
    return number(median) + " (" + number(p25) + "–" + number(p75) + ")";
  }

  /**
   * This sample against a baseline: the ratio of the medians, and in brackets the range the ratio spans
   * when both samples move within their interquartile ranges (this p25 / baseline p75 to this p75 /
   * baseline p25).
   */
  public String ratioTo(Stats baseline) {
    return String.format(Locale.ROOT, "%.2f× (%.2f–%.2f)", median / baseline.median, p25 / baseline.p75, p75 / baseline.p25);
  }

  public static String number(double value) {
    double abs = Math.abs(value);
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (abs >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /**
   * A Markdown table of samples taken in one process, per approach: {@code [0]} wall and {@code [1]} the
   * calling thread's CPU time, each as median (IQR) and as a ratio to the first approach's.
   */
  public static String table(Map<String, double[][]> samples, String unit) {
    List<String> names = new ArrayList<>(samples.keySet());
    Stats baseWall = of(samples.get(names.get(0))[0]);
    Stats baseCpu = of(samples.get(names.get(0))[1]);
    StringBuilder out = new StringBuilder();
    out.append("| approach | wall ").append(unit).append(", median (IQR) | vs ").append(names.get(0)).append(" | thread CPU ").append(unit)
        .append(" | vs ").append(names.get(0)).append(" |\n|---|---|---|---|---|\n");
    for (String name : names) {
      Stats wall = of(samples.get(name)[0]);
      Stats cpu = of(samples.get(name)[1]);
      out.append("| ").append(name).append(" | ").append(wall.format()).append(" (n=").append(wall.n()).append(") | ")
          .append(wall.ratioTo(baseWall)).append(" | ").append(cpu.format()).append(" | ").append(cpu.ratioTo(baseCpu)).append(" |\n");
    }
    return out.toString();
  }
}
