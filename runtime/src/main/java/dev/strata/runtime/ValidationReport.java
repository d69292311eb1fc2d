package dev.strata.runtime;

import java.util.List;

/**
 * Whether a database's history agrees with the compiled-in migrations:
 * {@code Migrator.configure(index).validate(dataSource)}. {@code apply()} refuses to run anything while
 * there is a problem; pending migrations are not a problem.
 *
 * @param vendor the database
 * @param schemaName the schema root
 * @param problems what disagrees, by version
 */
public record ValidationReport(Vendor vendor, String schemaName, List<Problem> problems) {

  public ValidationReport {
    problems = List.copyOf(problems);
  }

  /** A disagreement between the history and the code. */
  public enum Kind {
    /** An applied migration's script changed since (checksum mismatch). */
    CHECKSUM_MISMATCH,
    /** The history has a version the code does not. */
    MISSING,
    /** The history has versions newer than the code's newest: the database is newer than the code. */
    FUTURE,
    /** A migration is recorded as failed. */
    FAILED,
    /** A version of the code was never applied although a later one was. */
    SKIPPED
  }

  /**
   * One problem.
   *
   * @param kind what kind
   * @param version the version at fault
   * @param message what is wrong and how to fix it
   */
  public record Problem(Kind kind, int version, String message) {}

  public boolean ok() {
    return problems.isEmpty();
  }

  @Override
  public String toString() {
    if (ok()) {
      return vendor.displayName() + " history of " + schemaName + " is valid";
    }
    StringBuilder out = new StringBuilder(vendor.displayName() + " history of " + schemaName + " has "
        + problems.size() + (problems.size() == 1 ? " problem:" : " problems:"));
    for (Problem problem : problems) {
      out.append(System.lineSeparator()).append("  ").append(problem.message());
    }
    return out.toString();
  }
}
