package dev.strata.processor.migrate;

import dev.strata.processor.diff.Change;
import dev.strata.processor.sql.Dialect;
import dev.strata.processor.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a migration's changes as the text of its SQL files for one database: a short header, then one
 * statement per paragraph. Header lines starting {@code -- strata:} are read back by the processor.
 */
public final class MigrationRenderer {

  /** Marks a migration that must run outside a transaction (PostgreSQL's concurrent index builds). */
  public static final String NO_TRANSACTION = "-- strata:no-transaction";

  /** Marks an undo script that cannot give back the data its migration deleted. */
  public static final String IRREVERSIBLE = "-- strata:irreversible";

  private MigrationRenderer() {}

  /** The statements of a list of changes, with the dialect's prologue first when there is any change. */
  public static List<Statement> statements(Dialect dialect, List<Change> changes) {
    List<Statement> statements = new ArrayList<>();
    if (changes.isEmpty()) {
      return statements;
    }
    List<Statement> body = new ArrayList<>();
    for (Change change : changes) {
      body.addAll(dialect.render(change));
    }
    boolean transactional = body.stream().allMatch(Statement::transactional);
    for (Statement prologue : dialect.prologue()) {
      statements.add(transactional ? prologue : dialect.nonTransactional(prologue));
    }
    statements.addAll(body);
    statements.addAll(transactional ? List.of() : dialect.epilogue());
    return statements;
  }

  /** The forward script, {@code V<n>__<slug>.sql}. */
  public static String forward(int version, String slug, Dialect dialect, String source, List<Statement> statements) {
    StringBuilder out = new StringBuilder();
    out.append("-- Strata migration V").append(version).append(" (").append(dialect.displayName()).append("): ")
        .append(slug.replace('_', ' ')).append('\n');
    out.append("-- Generated from ").append(source)
        .append(" by the Strata annotation processor. Review it and commit it; do not edit it.\n");
    boolean transactional = statements.stream().allMatch(Statement::transactional);
    if (!transactional) {
      out.append(NO_TRANSACTION).append('\n');
      out.append("-- Runs outside a transaction: it builds indexes without blocking writes to live tables.\n");
    }
    appendStatements(out, statements);
    return out.toString();
  }

  /** The undo script, {@code U<n>__<slug>.sql}: the statements that return the schema to the previous version. */
  public static String undo(
      int version, String slug, Dialect dialect, String source, List<Statement> statements, boolean irreversible) {
    StringBuilder out = new StringBuilder();
    out.append("-- Strata undo of V").append(version).append(" (").append(dialect.displayName()).append("): ")
        .append(slug.replace('_', ' ')).append('\n');
    out.append("-- Generated from ").append(source)
        .append(" by the Strata annotation processor. Returns the schema to V").append(version - 1).append(".\n");
    if (irreversible) {
      out.append(IRREVERSIBLE).append('\n');
      out.append("-- V").append(version)
          .append(" deleted data that this script cannot bring back; the runtime runs it only when forced.\n");
    }
    boolean transactional = statements.stream().allMatch(Statement::transactional);
    if (!transactional) {
      out.append(NO_TRANSACTION).append('\n');
    }
    appendStatements(out, statements);
    return out.toString();
  }

  private static void appendStatements(StringBuilder out, List<Statement> statements) {
    for (Statement statement : statements) {
      out.append('\n').append(statement.sql()).append(";\n");
    }
  }

  /** Whether the script's header marks it to run outside a transaction. */
  public static boolean isNonTransactional(String script) {
    return headerHas(script, NO_TRANSACTION);
  }

  /** Whether the undo script's header marks it irreversible. */
  public static boolean isIrreversible(String script) {
    return headerHas(script, IRREVERSIBLE);
  }

  private static boolean headerHas(String script, String marker) {
    for (String line : script.split("\n")) {
      if (!line.startsWith("--")) {
        return false;
      }
      if (line.strip().equals(marker)) {
        return true;
      }
    }
    return false;
  }
}
