package dev.strata.runtime;

import dev.strata.runtime.MigrationStatus.Entry;
import dev.strata.runtime.MigrationStatus.State;
import dev.strata.runtime.ValidationReport.Kind;
import dev.strata.runtime.ValidationReport.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.WeakHashMap;

/** The code's migrations for one database set against the history table: status, problems, pending work. */
final class HistoryAnalysis {

  final Vendor vendor;
  final MigrationIndex index;
  final boolean historyExists;
  final List<HistoryTable.Row> rows;
  final MigrationStatus status;
  final List<Problem> problems = new ArrayList<>();

  HistoryAnalysis(MigrationIndex index, Vendor vendor, Optional<List<HistoryTable.Row>> history) {
    this.index = index;
    this.vendor = vendor;
    this.historyExists = history.isPresent();
    this.rows = history.orElse(List.of());

    Map<Integer, MigrationInfo> code = new TreeMap<>();
    for (MigrationInfo migration : index.migrations()) {
      if (migration.script(vendor) != null) {
        code.put(migration.version(), migration);
      }
    }
    // The latest row of each version wins (a failure followed by a success after repair).
    Map<Integer, HistoryTable.Row> applied = new TreeMap<>();
    int baseline = 0;
    for (HistoryTable.Row row : rows) {
      if (row.isMarker() || row.version() == null) {
        continue;
      }
      if ("BASELINE".equals(row.type())) {
        baseline = Math.max(baseline, row.version());
        continue;
      }
      applied.put(row.version(), row);
    }
    int codeMax = code.isEmpty() ? 0 : ((TreeMap<Integer, MigrationInfo>) code).lastKey();
    int appliedMax = baseline;
    for (HistoryTable.Row row : applied.values()) {
      if (row.success()) {
        appliedMax = Math.max(appliedMax, row.version());
      }
    }

    TreeMap<Integer, Entry> entries = new TreeMap<>();
    String historyTable = HistoryTable.NAME;
    for (MigrationInfo migration : code.values()) {
      int v = migration.version();
      MigrationInfo.Script script = migration.script(vendor);
      HistoryTable.Row row = applied.get(v);
      State state;
      if (row == null) {
        state = v <= baseline ? State.APPLIED : v < appliedMax ? State.SKIPPED : State.PENDING;
      } else if (!row.success()) {
        state = State.FAILED;
      } else if (row.checksum() == null || row.checksum() != script.checksum()) {
        state = State.CHANGED;
      } else {
        state = State.APPLIED;
      }
      entries.put(v, new Entry(v, migration.description(), state, script.checksum(),
          row == null ? null : row.checksum(), row == null ? null : row.installedOn(), migration.released()));
      String name = "V" + v + " (" + migration.description() + ")";
      switch (state) {
        case CHANGED -> problems.add(new Problem(Kind.CHECKSUM_MISMATCH, v,
            name + " changed after it was applied: " + historyTable + " recorded checksum " + row.checksum() + " for "
                + script.fileName() + ", the code has " + script.checksum() + ". "
                + (migration.released()
                    ? "A released migration must never change: restore " + script.fileName() + " from version control."
                    : "V" + v + " is unreleased and was regenerated after this development database applied it:"
                        + " recreate the development database, or undo V" + v + " with the code that applied it.")));
        case FAILED -> problems.add(new Problem(Kind.FAILED, v,
            name + " failed earlier and is recorded as failed in " + historyTable + "; part of it may have been applied."
                + " Recover with 'undo --to " + previous(code, v) + "' (Migrator.configure(..).undo(dataSource, "
                + previous(code, v) + ")): it reverts what V" + v + " applied and removes the failed record. Then fix"
                + " the cause and migrate again."));
        case SKIPPED -> problems.add(new Problem(Kind.SKIPPED, v,
            name + " was never applied, but the later V" + appliedMax + " was: refusing to apply it out of order."
                + " Undo to V" + previous(code, v) + " first, or recreate the database."));
        default -> {}
      }
    }
    List<Integer> future = new ArrayList<>();
    for (HistoryTable.Row row : applied.values()) {
      int v = row.version();
      if (code.containsKey(v)) {
        continue;
      }
      State state = v > codeMax ? State.FUTURE : State.MISSING;
      if (!row.success()) {
        state = State.FAILED;
      }
      entries.put(v, new Entry(v, row.description(), state, null, row.checksum(), row.installedOn(), true));
      String name = "V" + v + " (" + row.description() + ")";
      if (state == State.FUTURE) {
        future.add(v);
      } else if (state == State.MISSING) {
        problems.add(new Problem(Kind.MISSING, v,
            name + " is applied in the database, but " + index.schemaName() + " has no V" + v + " for "
                + vendor.displayName() + ": this build is from another branch or an older commit. Deploy the code"
                + " that contains V" + v + "."));
      } else {
        problems.add(new Problem(Kind.FAILED, v,
            name + " is recorded as failed in " + historyTable + ", and the code has no V" + v + ". Remove the failed"
                + " record and whatever it applied by hand, or deploy the code that contains it."));
      }
    }
    if (!future.isEmpty()) {
      int newest = future.get(future.size() - 1);
      problems.add(new Problem(Kind.FUTURE, newest,
          "The database is at V" + newest + ", newer than the code, whose newest migration is V" + codeMax + " ("
              + index.schemaName() + "): a newer release migrated it. Refusing to run an older release against it;"
              + " deploy the newer release, or restore a backup taken before V" + future.get(0) + "."));
    }
    problems.sort((a, b) -> Integer.compare(a.version(), b.version()));
    this.status = new MigrationStatus(vendor, index.schemaName(), appliedMax, List.copyOf(entries.values()));
  }

  /**
   * The newest version when the {@link HistoryTable.Summary summed-up history} is exactly the usual one:
   * one successful {@code SQL} row per migration of the code, in order, each with the code's checksum, and
   * no other row but Flyway's markers. -1 otherwise (a baseline, a repaired failure, anything unusual):
   * then the analysis decides on the whole rows. Whenever this gives a version, the analysis of the same
   * history is up to date at that version: the text must equal what those rows render to, and the row
   * count rules out a value holding the separators (a row always renders three colons, and the expected
   * text has exactly three per row and one comma between rows).
   */
  static int usualHistoryVersion(MigrationIndex index, Vendor vendor, HistoryTable.Summary summary) {
    UsualHistory usual = usualHistory(index, vendor);
    return usual.rows() > 0 && usual.rows() == summary.rows() && usual.text().equals(summary.text()) ? usual.newest() : -1;
  }

  /**
   * The usual history of an index for a database: its summary text, the newest version, and per row the
   * version as Flyway writes it and the checksum.
   */
  private record UsualHistory(String text, int newest, String[] versions, int[] checksums) {
    int rows() {
      return versions.length;
    }
  }

  /**
   * Matches history rows, in rank order, against the index's usual history as they are read, without
   * building row objects: {@link #accept} each row, then {@link #newest}. Says up to date only for exactly
   * the usual history (Flyway's marker rows aside), so whenever it gives a version, the analysis of the
   * same rows is up to date at that version; anything else is left to the analysis.
   */
  static final class UsualHistoryMatcher {
    private final UsualHistory usual;
    private int next;
    private boolean matches = true;

    UsualHistoryMatcher(MigrationIndex index, Vendor vendor) {
      this.usual = usualHistory(index, vendor);
    }

    /** One row; false once the rows are not the usual history (reading more is then pointless). */
    boolean accept(String version, String type, int checksum, boolean checksumNull, boolean success) {
      if ("TABLE".equals(type) || "SCHEMA".equals(type)) {
        return matches;
      }
      matches = matches && next < usual.rows() && "SQL".equals(type) && success && !checksumNull
          && checksum == usual.checksums()[next] && usual.versions()[next].equals(version);
      next++;
      return matches;
    }

    /** The newest version if every row matched and none is missing, else -1. */
    int newest() {
      return matches && usual.rows() > 0 && next == usual.rows() ? usual.newest() : -1;
    }
  }

  /**
   * Built once per index (an index never changes) and then compared with {@code equals}: matching the text
   * against the migrations afresh would cost more than the query. Weak keys: a class loader that goes away
   * takes its index's entry with it.
   */
  private static final Map<MigrationIndex, UsualHistory[]> USUAL_HISTORIES = Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * Whether this JVM has checked the index against the database before; the first call says no and
   * remembers the index and the text of its usual history, for {@link #usualHistoryVersion}.
   */
  static boolean checkedBefore(MigrationIndex index, Vendor vendor) {
    UsualHistory[] byVendor = USUAL_HISTORIES.get(index);
    if (byVendor != null && byVendor[vendor.ordinal()] != null) {
      return true;
    }
    usualHistory(index, vendor);
    return false;
  }

  private static UsualHistory usualHistory(MigrationIndex index, Vendor vendor) {
    UsualHistory[] byVendor = USUAL_HISTORIES.get(index);
    if (byVendor == null) {
      byVendor = new UsualHistory[Vendor.values().length];
      USUAL_HISTORIES.put(index, byVendor);
    }
    UsualHistory usual = byVendor[vendor.ordinal()];
    if (usual == null) {
      // A StringBuilder, not string concatenation: a cold JVM's first apply() would pay for its bootstrap.
      StringBuilder text = new StringBuilder();
      List<String> versions = new ArrayList<>();
      int[] checksums = new int[index.migrations().size()];
      int newest = -1;
      for (MigrationInfo migration : index.migrations()) {
        MigrationInfo.Script script = migration.script(vendor);
        if (script != null) {
          String version = Integer.toString(migration.version());
          text.append(versions.isEmpty() ? "" : ",").append(version).append(":SQL:").append(script.checksum()).append(":1");
          checksums[versions.size()] = script.checksum();
          versions.add(version);
          newest = migration.version();
        }
      }
      usual = new UsualHistory(text.toString(), newest, versions.toArray(new String[0]), checksums);
      byVendor[vendor.ordinal()] = usual; // racing threads compute the same value
    }
    return usual;
  }

  private static int previous(Map<Integer, MigrationInfo> code, int version) {
    int previous = 0;
    for (int v : code.keySet()) {
      if (v < version) {
        previous = v;
      }
    }
    return previous;
  }

  /** The code's migrations not applied yet, in order. */
  List<MigrationInfo> pending() {
    Map<Integer, MigrationInfo> byVersion = new HashMap<>();
    for (MigrationInfo migration : index.migrations()) {
      byVersion.put(migration.version(), migration);
    }
    List<MigrationInfo> pending = new ArrayList<>();
    for (Entry entry : status.pending()) {
      MigrationInfo migration = byVersion.get(entry.version());
      if (migration != null) {
        pending.add(migration);
      }
    }
    return pending;
  }

  boolean upToDate() {
    return historyExists && status.upToDate() && !status.entries().isEmpty() || index.migrations().isEmpty();
  }

  ValidationReport validation() {
    return new ValidationReport(vendor, index.schemaName(), problems);
  }

  /** The refusal message when there are problems, or null. */
  String refusal(String action) {
    if (problems.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder("Refusing to " + action + " " + vendor.displayName() + " database: ");
    for (int i = 0; i < problems.size(); i++) {
      out.append(i == 0 ? "" : " Also: ").append(problems.get(i).message());
    }
    out.append(" Nothing was changed.");
    return out.toString();
  }
}
