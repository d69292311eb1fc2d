package dev.strata.processor.model;

import java.util.Locale;

/**
 * The one identifier policy of Strata. Every table, column, constraint and index name is quoted, in the
 * DDL and in the jOOQ tables alike, so reserved words and mixed case work unchanged. A name must still be
 * portable: letters (any script), digits and underscores, not starting with a digit, at most 63 UTF-8
 * bytes (PostgreSQL truncates beyond that; MySQL allows 64 characters), and outside the Basic
 * Multilingual Plane nothing (MySQL rejects such characters in identifiers).
 */
public final class Identifiers {

  private Identifiers() {}

  /** Why the name is not a valid identifier, or null when it is. */
  public static String problem(String name) {
    if (name.isEmpty()) {
      return "it is empty";
    }
    if (Names.utf8Length(name) > Names.MAX_IDENTIFIER_BYTES) {
      return "it is " + Names.utf8Length(name) + " bytes long in UTF-8; PostgreSQL keeps only 63";
    }
    int first = name.codePointAt(0);
    if (Character.isDigit(first)) {
      return "it starts with a digit";
    }
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (cp > 0xFFFF) {
        return "it contains '" + new String(Character.toChars(cp)) + "', outside the Basic Multilingual Plane"
            + " (MySQL and MariaDB reject such characters in names)";
      }
      if (!(Character.isLetterOrDigit(cp) || cp == '_')) {
        return "it contains " + describe(cp) + "; names may hold only letters, digits and underscores";
      }
      i += Character.charCount(cp);
    }
    return null;
  }

  /** The table in which Flyway, and so Strata's runtime, records the applied migrations. */
  public static final String FLYWAY_HISTORY_TABLE = "flyway_schema_history";

  /**
   * Whether a table of this name would be Flyway's history table: in any case, since MySQL on Windows
   * and macOS folds table names.
   */
  public static boolean isReservedTable(String name) {
    return foldCase(name).equals(FLYWAY_HISTORY_TABLE);
  }

  /** The key under which names clash on a case-insensitive database (MySQL columns, indexes). */
  public static String foldCase(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static String describe(int cp) {
    if (Character.isWhitespace(cp)) {
      return "whitespace";
    }
    if (Character.isISOControl(cp)) {
      return String.format(Locale.ROOT, "the control character U+%04X", cp);
    }
    return "'" + new String(Character.toChars(cp)) + "'";
  }
}
