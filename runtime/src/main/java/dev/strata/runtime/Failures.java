package dev.strata.runtime;

import java.sql.SQLException;
import java.util.List;

/**
 * Turns a failed migration into a one-line message that names the migration, the statement and the
 * database's message, and says what state the database is in and how to recover. On H2, which cannot roll
 * back DDL, the failed migration's statements are reverted with its undo script first, so the database is
 * left as it was, as on PostgreSQL.
 */
final class Failures {

  private Failures() {}

  static MigrationException explain(MigrationIndex index, Vendor vendor, javax.sql.DataSource dataSource, FlywayRunner.Failure failure) {
    MigrationInfo migration = index.migrations().stream().filter(m -> m.version() == failure.version).findFirst().orElse(null);
    String earlier = failure.applied.isEmpty() ? "" : " Before it, this run applied " + MigrationReport.versions(failure.applied) + ".";
    if (migration == null || migration.script(vendor) == null) {
      return new MigrationException(vendor.displayName() + " migration of " + index.schemaName() + " failed: "
          + Migrator.message(failure.getCause()) + earlier, failure.getCause());
    }
    MigrationInfo.Script script = migration.script(vendor);
    String name = "V" + migration.version() + " (" + migration.description() + ")";
    List<SqlScript.Statement> statements = Resources.statements(index, vendor, script.fileName());
    int at = locate(statements, failure);
    String where;
    if (at >= 0) {
      where = "statement " + (at + 1) + " of " + statements.size() + " (line " + statements.get(at).line() + " of "
          + script.fileName() + "): " + Resources.oneLine(statements.get(at).sql());
    } else if (failure.statement != null) {
      where = script.fileName() + (failure.line > 0 ? " line " + failure.line : "") + ": " + Resources.oneLine(failure.statement);
    } else {
      where = script.fileName();
    }
    int before = previousVersion(index, migration.version());
    String head = name + " of " + index.schemaName() + " failed on " + vendor.displayName() + " at " + where
        + " -- the database said: " + Migrator.message(new Exception(failure.databaseMessage)) + "." + earlier;
    String undoHint = "'undo --to " + before + "' (Migrator.configure(..).undo(dataSource, " + before + "))";
    if (vendor == Vendor.POSTGRESQL && script.transactional()) {
      return new MigrationException(head + " PostgreSQL rolled " + name + " back: the database is as it was before it, at V"
          + before + ". Fix the cause and migrate again.", failure.getCause());
    }
    if (vendor == Vendor.H2) {
      try {
        Undoer.revertFailed(index, vendor, dataSource, migration);
        return new MigrationException(head + " H2 cannot roll back DDL, so Strata reverted the statements of " + name
            + " that had run, with " + script.undoFileName() + ", and removed its failed record: the database is as it"
            + " was before it, at V" + before + ". Fix the cause and migrate again.", failure.getCause());
      } catch (SQLException | RuntimeException e) {
        return new MigrationException(head + " H2 cannot roll back DDL, and reverting the statements that had run failed too ("
            + Migrator.message(e) + "). Recover with " + undoHint + ", then fix the cause and migrate again.", failure.getCause());
      }
    }
    String ran;
    if (at == 0) {
      ran = "No statement of " + script.fileName() + " had run";
    } else if (at > 0) {
      StringBuilder list = new StringBuilder();
      for (int i = 0; i < at; i++) {
        list.append(i == 0 ? "" : "; ").append(Resources.oneLine(statements.get(i).sql()));
      }
      ran = "Statements 1-" + at + " of " + script.fileName() + " ran before it and remain applied (" + list + ")";
    } else {
      ran = "Part of " + script.fileName() + " may have run and remains applied";
    }
    String engine = vendor == Vendor.MYSQL ? "MySQL/MariaDB cannot roll back DDL" : name + " runs outside a transaction";
    return new MigrationException(head + " " + engine + ": " + ran + ". The history records " + name + " as failed, so"
        + " migrations stop until it is resolved. To recover, run " + undoHint + ": it reverts what " + name + " applied"
        + " with " + script.undoFileName() + " and removes the failed record. Then fix the cause and migrate again.",
        failure.getCause());
  }

  /** The failed statement's index in the script: by its text, else by its line; -1 when unknown. */
  private static int locate(List<SqlScript.Statement> statements, FlywayRunner.Failure failure) {
    if (failure.statement != null) {
      String wanted = normalize(failure.statement);
      for (int i = 0; i < statements.size(); i++) {
        if (normalize(statements.get(i).sql()).equals(wanted)) {
          return i;
        }
      }
    }
    if (failure.line > 0) {
      for (int i = statements.size() - 1; i >= 0; i--) {
        if (statements.get(i).line() <= failure.line) {
          return i;
        }
      }
    }
    return -1;
  }

  private static String normalize(String sql) {
    String s = sql.strip();
    if (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.replaceAll("\\s+", " ").strip();
  }

  private static int previousVersion(MigrationIndex index, int version) {
    int previous = 0;
    for (MigrationInfo m : index.migrations()) {
      if (m.version() < version) {
        previous = m.version();
      }
    }
    return previous;
  }
}
