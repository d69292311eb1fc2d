package dev.strata.processor.diff;

import dev.strata.processor.model.Intent;
import dev.strata.processor.model.Schema;
import java.util.List;

/**
 * The ordered changes from one schema to another when no intent is needed: a schema created from nothing
 * (the first migration, the one-step script of the current schema), or taken back to nothing.
 */
public final class MigrationPlanner {

  private MigrationPlanner() {}

  /** Every difference from {@code from} to {@code to}, disappearances taken as drops. */
  public static List<Change> plan(Schema from, Schema to) {
    return SchemaDiffer.permissive(from, to, Intent.NONE);
  }
}
