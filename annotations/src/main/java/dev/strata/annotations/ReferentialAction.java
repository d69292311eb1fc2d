package dev.strata.annotations;

/** The action of a foreign key when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
  /** Reject the change if rows still reference the row (checked at the end of the statement). */
  NO_ACTION,
  /** Reject the change if rows still reference the row (checked immediately). */
  RESTRICT,
  /** Delete (or update) the referencing rows too. */
  CASCADE,
  /** Set the referencing column to NULL; the column must be nullable. */
  SET_NULL,
  /** Set the referencing column to its default; the column must have one. */
  SET_DEFAULT
}
