package dev.strata.processor.review;

import java.util.List;

/**
 * What a statement does to tables that exist before the migration.
 *
 * @param lock the lock it takes, e.g. {@code ACCESS EXCLUSIVE on `posts`}, or null when it locks nothing
 *     that exists before the migration
 * @param tables the existing tables it locks
 * @param growsWithTable whether its worst case takes time in proportion to a table's size (a scan, an index
 *     build, a rewrite or a copy), rather than a moment
 * @param worstCase how long the lock lasts and what waits meanwhile, in the worst case
 */
record Impact(String lock, List<String> tables, boolean growsWithTable, String worstCase) {

  static final Impact NONE = new Impact(null, List.of(), false, null);

  Impact {
    tables = List.copyOf(tables);
  }

  /** A lock held for a moment: the change is to the catalog only. */
  static Impact brief(String lock, List<String> tables, String worstCase) {
    return new Impact(lock, tables, false, worstCase);
  }

  /** A statement the rules do not know: the reviewer reads it. */
  static Impact notAnalysed(List<String> tables) {
    return brief("not analysed", tables, "read the statement");
  }

  /** A lock held while the database works through the whole table. */
  static Impact lasting(String lock, List<String> tables, String worstCase) {
    return new Impact(lock, tables, true, worstCase);
  }
}
