package dev.strata.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into its statements, the way a database client would: at semicolons outside
 * string literals, quoted identifiers, comments and PostgreSQL dollar-quoted bodies. Comments before a
 * statement are dropped; each statement keeps the line it starts on, to match Flyway's error locations.
 */
final class SqlScript {

  /** One statement of a script, without its terminating semicolon. */
  record Statement(String sql, int line) {}

  private SqlScript() {}

  static List<Statement> split(String script, Vendor vendor) {
    List<Statement> statements = new ArrayList<>();
    boolean backslashEscapes = vendor == Vendor.MYSQL;
    StringBuilder current = new StringBuilder();
    int line = 1;
    int startLine = -1;
    int n = script.length();
    // The statement's text is copied run by run (a run ends at a comment or a semicolon), not char by char:
    // a schema script of hundreds of tables is split in a fraction of the time.
    int run = -1;
    int i = 0;
    while (i < n) {
      char c = script.charAt(i);
      char next = i + 1 < n ? script.charAt(i + 1) : '\0';
      if (c == '-' && next == '-') {
        run = flush(current, script, run, i);
        while (i < n && script.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (c == '/' && next == '*') {
        run = flush(current, script, run, i);
        int end = script.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(script, i, end);
        i = end;
        continue;
      }
      if (c == ';') {
        run = flush(current, script, run, i);
        add(statements, current, startLine);
        current.setLength(0);
        startLine = -1;
        i++;
        continue;
      }
      if (!Character.isWhitespace(c) && startLine < 0) {
        startLine = line;
      }
      int end;
      if (c == '\'' || c == '"' || c == '`') {
        boolean escapes = backslashEscapes && c != '`' || (c == '\'' && vendor == Vendor.POSTGRESQL && isEscapeString(script, i));
        end = quoted(script, i, c, escapes);
        line += count(script, i, end);
      } else if (c == '$' && vendor == Vendor.POSTGRESQL && dollarTag(script, i) != null) {
        String tag = dollarTag(script, i);
        int close = script.indexOf(tag, i + tag.length());
        end = close < 0 ? n : close + tag.length();
        line += count(script, i, end);
      } else {
        end = i + 1;
        if (c == '\n') {
          line++;
        }
      }
      if (run < 0) {
        run = i;
      }
      i = end;
    }
    flush(current, script, run, n);
    add(statements, current, startLine);
    return statements;
  }

  /** Appends the pending run {@code [run, to)} of the script, if any; returns -1 (no run pending). */
  private static int flush(StringBuilder current, String script, int run, int to) {
    if (run >= 0) {
      current.append(script, run, to);
    }
    return -1;
  }

  private static void add(List<Statement> statements, StringBuilder current, int startLine) {
    String sql = current.toString().strip();
    if (!sql.isEmpty()) {
      statements.add(new Statement(sql, startLine));
    }
  }

  private static int count(String text, int from, int to) {
    int lines = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  /** The end (exclusive) of the literal or identifier opened at {@code start}. */
  static int quoted(String text, int start, char quote, boolean backslashEscapes) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (backslashEscapes && c == '\\') {
        i += 2;
        continue;
      }
      if (c == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return text.length();
  }

  /** PostgreSQL's {@code E'...'} strings treat backslash as an escape. */
  private static boolean isEscapeString(String text, int quote) {
    if (quote == 0) {
      return false;
    }
    char before = text.charAt(quote - 1);
    boolean prefix = before == 'E' || before == 'e';
    return prefix && (quote < 2 || !Character.isLetterOrDigit(text.charAt(quote - 2)) && text.charAt(quote - 2) != '_');
  }

  /** The {@code $tag$} opening a dollar-quoted string at {@code start}, or null. */
  private static String dollarTag(String text, int start) {
    int i = start + 1;
    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '$') {
      String tag = text.substring(start, i + 1);
      // $1 is a parameter, not a tag.
      return tag.length() > 2 && Character.isDigit(tag.charAt(1)) ? null : tag;
    }
    return null;
  }

  /** Whether a header line ({@code -- strata:...}) before the first statement marks the script. */
  static boolean headerHas(String script, String marker) {
    for (String line : script.split("\n")) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        continue;
      }
      if (!stripped.startsWith("--")) {
        return false;
      }
      if (stripped.equals(marker)) {
        return true;
      }
    }
    return false;
  }
}
