package dev.strata.runtime;

import java.util.List;

/**
 * The exact SQL {@code apply()} would run, in order, for review: {@code Migrator.configure(index).plan(dataSource)}.
 * Besides these statements, {@code apply()} only writes the history table.
 *
 * @param vendor the database
 * @param schemaName the schema root
 * @param current the database's version now
 * @param steps one step per migration (or one step for the fresh-database schema script)
 */
public record MigrationPlan(Vendor vendor, String schemaName, int current, List<Step> steps) {

  public MigrationPlan {
    steps = List.copyOf(steps);
  }

  /**
   * One script to run.
   *
   * @param versions the versions it brings in (several for the one-step schema script)
   * @param description what it is
   * @param script the script's class-path file name
   * @param transactional whether it runs in one transaction (and is rolled back whole if it fails)
   * @param statements its statements, in order, without the terminating semicolons
   */
  public record Step(List<Integer> versions, String description, String script, boolean transactional, List<String> statements) {
    public Step {
      versions = List.copyOf(versions);
      statements = List.copyOf(statements);
    }
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /** The plan as one SQL script with a comment before each step. */
  public String sql() {
    String nl = "\n";
    StringBuilder out = new StringBuilder();
    out.append("-- Strata plan for the ").append(vendor.displayName()).append(" database at V").append(current)
        .append(" (").append(schemaName).append("): ");
    if (steps.isEmpty()) {
      return out.append("up to date, nothing to run").append(nl).toString();
    }
    out.append(steps.size()).append(steps.size() == 1 ? " step" : " steps").append(nl);
    for (Step step : steps) {
      out.append(nl).append("-- ").append(step.description()).append(" (").append(step.script()).append(", ")
          .append(step.transactional() ? "in one transaction" : "without a transaction").append(')').append(nl);
      for (String statement : step.statements()) {
        out.append(statement).append(';').append(nl);
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return sql();
  }
}
