package dev.strata.processor.sql;

/**
 * One SQL statement of a migration, with how risky it is for the data. What it does to a table in use (its
 * lock, and for how long) is in the review note beside the script, which {@code review.MigrationReview}
 * reads from the script's text.
 *
 * @param sql the statement, without the terminating semicolon
 * @param risk whether it can fail on existing data, or destroys data
 * @param transactional false for statements that cannot run inside a transaction (PostgreSQL's
 *     {@code CREATE INDEX CONCURRENTLY}); a migration holding one runs without a transaction
 */
public record Statement(String sql, Risk risk, boolean transactional) {

  /** How dangerous a statement is on a database that holds data. */
  public enum Risk {
    /** Cannot fail because of existing rows, and loses nothing. */
    SAFE,
    /** May fail on existing rows (a new NOT NULL, UNIQUE or CHECK; a narrowing type change). */
    DATA_DEPENDENT,
    /** Deletes data: a dropped table or column. */
    DESTRUCTIVE
  }

  public static Statement safe(String sql) {
    return new Statement(sql, Risk.SAFE, true);
  }
}
