package dev.strata.runtime;

import java.time.Duration;
import java.util.List;

/**
 * What {@code Migrator.apply} did.
 *
 * @param vendor the database it ran on
 * @param applied the versions it applied, in order (empty when the database was up to date)
 * @param current the database's version afterwards (0 for an empty history)
 * @param elapsed how long it took
 */
public record MigrationReport(Vendor vendor, List<Integer> applied, int current, Duration elapsed) {

  public MigrationReport {
    applied = List.copyOf(applied);
  }

  public boolean upToDate() {
    return applied.isEmpty();
  }

  @Override
  public String toString() {
    String what = applied.isEmpty() ? "up to date" : "applied " + versions(applied);
    return vendor.displayName() + " schema " + what + " at V" + current + " in " + elapsed.toMillis() + " ms";
  }

  private static String versions(List<Integer> versions) {
    StringBuilder out = new StringBuilder();
    for (int v : versions) {
      out.append(out.length() == 0 ? "V" : ", V").append(v);
    }
    return out.toString();
  }
}
