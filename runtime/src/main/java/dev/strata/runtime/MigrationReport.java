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
 * @param method how: the fast path (one query, nothing to do), Flyway, or the fresh-database schema script
 */
public record MigrationReport(Vendor vendor, List<Integer> applied, int current, Duration elapsed, Method method) {

  /** How {@code apply()} brought the database up to date. */
  public enum Method {
    /** The history showed every migration applied: one query, Flyway not started. */
    FAST_PATH,
    /** Flyway applied the pending migrations (or found, under its lock, that another instance had). */
    FLYWAY,
    /** An empty database got the whole schema in one script, and its history as if every migration ran. */
    SCHEMA_SCRIPT
  }

  public MigrationReport {
    applied = List.copyOf(applied);
  }

  public boolean upToDate() {
    return applied.isEmpty();
  }

  @Override
  public String toString() {
    String what = applied.isEmpty() ? "up to date" : "applied " + versions(applied);
    String how = method == Method.SCHEMA_SCRIPT ? " with the one-step schema script" : "";
    return vendor.displayName() + " schema " + what + how + " at V" + current + " in " + elapsed.toMillis() + " ms";
  }

  static String versions(List<Integer> versions) {
    StringBuilder out = new StringBuilder();
    for (int v : versions) {
      out.append(out.length() == 0 ? "V" : ", V").append(v);
    }
    return out.toString();
  }
}
