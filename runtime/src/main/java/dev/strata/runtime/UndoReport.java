package dev.strata.runtime;

import java.time.Duration;
import java.util.List;

/**
 * What {@code Migrator.configure(index).undo(dataSource, toVersion)} did.
 *
 * @param vendor the database
 * @param undone the versions undone, newest first (empty when the database was at or below the target)
 * @param current the database's version afterwards
 * @param elapsed how long it took
 */
public record UndoReport(Vendor vendor, List<Integer> undone, int current, Duration elapsed) {

  public UndoReport {
    undone = List.copyOf(undone);
  }

  @Override
  public String toString() {
    String what = undone.isEmpty() ? "nothing to undo" : "undid " + MigrationReport.versions(undone);
    return vendor.displayName() + " schema " + what + ", now at V" + current + " in " + elapsed.toMillis() + " ms";
  }
}
