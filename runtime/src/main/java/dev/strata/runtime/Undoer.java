package dev.strata.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Runs undo scripts ({@code U<n>__<slug>.sql}) newest first, over JDBC: Flyway Community has no undo. Each
 * version's script and the deletion of its history rows run in one transaction where the database has
 * transactional DDL (PostgreSQL), under Flyway's lock everywhere.
 */
final class Undoer {

  static final String IRREVERSIBLE = "-- strata:irreversible";

  private Undoer() {}

  /** A version to undo: its migration, whether it is recorded as failed, and its undo script's statements. */
  private record Target(MigrationInfo migration, boolean failed, String fileName, String text, List<SqlScript.Statement> statements) {}

  static UndoReport undo(MigrationIndex index, Vendor vendor, DataSource dataSource, int toVersion, boolean force,
      Consumer<String> progress) {
    long start = System.nanoTime();
    if (toVersion < 0) {
      throw new MigrationException("Cannot undo to V" + toVersion + ": versions start at 1; undo to 0 to undo everything.");
    }
    HistoryAnalysis analysis;
    try (Connection connection = Migrator.connect(dataSource)) {
      analysis = new HistoryAnalysis(index, vendor, HistoryTable.read(connection, vendor));
    } catch (SQLException e) {
      throw new MigrationException("Cannot read the migration history: " + e.getMessage(), e);
    }
    // Problems refuse an undo too, except a failed migration above the target: undoing it is the recovery.
    List<ValidationReport.Problem> blocking = new ArrayList<>();
    for (ValidationReport.Problem problem : analysis.problems) {
      boolean recoverable = problem.kind() == ValidationReport.Kind.FAILED && problem.version() > toVersion
          && index.migrations().stream().anyMatch(m -> m.version() == problem.version());
      if (!recoverable) {
        blocking.add(problem);
      }
    }
    if (!blocking.isEmpty()) {
      StringBuilder message = new StringBuilder("Refusing to undo: ");
      blocking.forEach(p -> message.append(p.message()).append(' '));
      throw new MigrationException(message.append("Nothing was changed.").toString().strip());
    }
    List<Target> targets = new ArrayList<>();
    List<String> irreversible = new ArrayList<>();
    for (int i = analysis.status.entries().size() - 1; i >= 0; i--) {
      MigrationStatus.Entry entry = analysis.status.entries().get(i);
      boolean applied = entry.state() == MigrationStatus.State.APPLIED;
      boolean failed = entry.state() == MigrationStatus.State.FAILED;
      if (entry.version() <= toVersion || !(applied || failed)) {
        continue;
      }
      MigrationInfo migration = index.migrations().stream().filter(m -> m.version() == entry.version()).findFirst().orElseThrow();
      MigrationInfo.Script script = migration.script(vendor);
      if (script.undoFileName() == null) {
        throw new MigrationException("Cannot undo V" + migration.version() + " (" + migration.description() + "): it has no undo"
            + " script. Nothing was changed.");
      }
      String text = Resources.script(index, vendor, script.undoFileName());
      if ((script.irreversible() || SqlScript.headerHas(text, IRREVERSIBLE)) && !failed) {
        irreversible.add("V" + migration.version() + " (" + migration.description() + ")");
      }
      targets.add(new Target(migration, failed, script.undoFileName(), text, SqlScript.split(text, vendor)));
    }
    if (!irreversible.isEmpty() && !force) {
      throw new MigrationException("Refusing to undo " + String.join(", ", irreversible) + ": "
          + (irreversible.size() == 1 ? "it deleted" : "they deleted") + " data that undoing cannot bring back (the undo"
          + " script only restores the schema). Undo with force (--force, or undo(dataSource, " + toVersion + ", true)) to"
          + " accept that. Nothing was changed.");
    }
    List<Integer> undone = new ArrayList<>();
    for (Target target : targets) {
      String name = "V" + target.migration().version() + " (" + target.migration().description() + ")";
      progress.accept((target.failed() ? "Reverting failed " : "Undoing ") + name + " with " + target.fileName() + " ...");
      try {
        run(dataSource, vendor, target);
      } catch (SQLException e) {
        int current = undone.isEmpty() ? analysis.status.current() : target.migration().version();
        throw new MigrationException("Undoing " + name + " on " + vendor.displayName() + " failed: " + e.getMessage().strip()
            + ". " + (undone.isEmpty() ? "" : "Undone before it: " + MigrationReport.versions(undone) + ". ")
            + (vendor == Vendor.POSTGRESQL
                ? "PostgreSQL rolled " + target.fileName() + " back: the database is at V" + current + "."
                : vendor.displayName() + " cannot roll back DDL: part of " + target.fileName() + " may have run, and V"
                    + target.migration().version() + " is still recorded as applied. Fix the cause and undo again."),
            e);
      }
      undone.add(target.migration().version());
    }
    int current = 0;
    for (MigrationStatus.Entry entry : analysis.status.entries()) {
      if (entry.version() <= toVersion && entry.state() == MigrationStatus.State.APPLIED) {
        current = entry.version();
      }
    }
    if (undone.isEmpty()) {
      current = analysis.status.current();
    }
    return new UndoReport(vendor, undone, current, Duration.ofNanos(System.nanoTime() - start));
  }

  /** Reverts what a failed migration applied, with its undo script, and removes its failed record. */
  static void revertFailed(MigrationIndex index, Vendor vendor, DataSource dataSource, MigrationInfo migration) throws SQLException {
    String fileName = migration.script(vendor).undoFileName();
    String text = Resources.script(index, vendor, fileName);
    run(dataSource, vendor, new Target(migration, true, fileName, text, SqlScript.split(text, vendor)));
  }

  private static void run(DataSource dataSource, Vendor vendor, Target target) throws SQLException {
    boolean transactional = vendor == Vendor.POSTGRESQL && !target.failed() && target.migration().script(vendor).transactional()
        && !SqlScript.headerHas(target.text(), FreshDatabase.NO_TRANSACTION);
    try (Connection connection = dataSource.getConnection()) {
      if (vendor == Vendor.POSTGRESQL) {
        connection.setAutoCommit(false);
      }
      try (MigrationLock lock = MigrationLock.acquire(dataSource, connection, vendor)) {
        // Another instance may have undone it meanwhile.
        Optional<List<HistoryTable.Row>> rows = HistoryTable.read(connection, vendor);
        boolean stillThere = rows.orElse(List.of()).stream()
            .anyMatch(r -> r.version() != null && r.version() == target.migration().version());
        if (!stillThere) {
          if (vendor == Vendor.POSTGRESQL) {
            connection.rollback();
          }
          return;
        }
        if (vendor == Vendor.POSTGRESQL && !transactional) {
          // Statement by statement; the lock is released at the end of this first transaction, so keep it short.
          connection.commit();
          connection.setAutoCommit(true);
        }
        try (Statement statement = connection.createStatement()) {
          for (SqlScript.Statement sql : target.statements()) {
            if (target.failed()) {
              // Revert what the failed run applied: statements about objects it never reached fail, harmlessly.
              try {
                statement.execute(sql.sql());
              } catch (SQLException ignored) {
                // the object was not there (or already as it should be)
              }
            } else {
              statement.execute(sql.sql());
            }
          }
        }
        HistoryTable.delete(connection, vendor, target.migration().version());
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
      } catch (SQLException | RuntimeException e) {
        if (!connection.getAutoCommit()) {
          connection.rollback();
        }
        throw e;
      }
    }
  }
}
