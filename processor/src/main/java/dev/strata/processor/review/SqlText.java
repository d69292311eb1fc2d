package dev.strata.processor.review;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the SQL of Strata's own migration scripts back: splits a script into its statements and a statement
 * into tokens. Quotes are respected, so a {@code ;} or {@code --} inside a string literal or a quoted name
 * never ends anything.
 */
final class SqlText {

  /** A token: a quoted name (unquoted in {@code text}), a word, a string literal or one character. */
  record Token(Type type, String text, int start, int end) {
    enum Type {
      NAME,
      WORD,
      STRING,
      SYMBOL
    }

    boolean is(String word) {
      return type == Type.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(char c) {
      return type == Type.SYMBOL && text.charAt(0) == c;
    }
  }

  private SqlText() {}

  /**
   * The statements of a script, without their terminating semicolons; comment lines are skipped.
   *
   * @param backslashEscapes whether a backslash escapes the next character in every string (MySQL); in
   *     PostgreSQL only {@code E'...'} strings use it
   */
  static List<String> statements(String script, boolean backslashEscapes) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    while (i < script.length()) {
      char c = script.charAt(i);
      if (c == '-' && script.startsWith("--", i)) {
        int end = script.indexOf('\n', i);
        i = end < 0 ? script.length() : end + 1;
        continue;
      }
      if (c == ';') {
        add(statements, current);
        i++;
        continue;
      }
      int end = quotedEnd(script, i, backslashEscapes);
      current.append(script, i, end);
      i = end;
    }
    add(statements, current);
    return statements;
  }

  private static void add(List<String> statements, StringBuilder current) {
    String statement = current.toString().strip();
    if (!statement.isEmpty()) {
      statements.add(statement);
    }
    current.setLength(0);
  }

  /** The tokens of one statement. */
  static List<Token> tokens(String sql, boolean backslashEscapes) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"' || c == '`') {
        int end = quotedEnd(sql, i, backslashEscapes);
        String inner = sql.substring(i + 1, Math.max(i + 1, end - 1));
        tokens.add(new Token(Token.Type.NAME, inner.replace(String.valueOf(c) + c, String.valueOf(c)), i, end));
        i = end;
      } else if (c == '\'' || ((c == 'E' || c == 'e') && i + 1 < sql.length() && sql.charAt(i + 1) == '\'')) {
        int end = quotedEnd(sql, i, backslashEscapes);
        tokens.add(new Token(Token.Type.STRING, sql.substring(i, end), i, end));
        i = end;
      } else if (Character.isLetterOrDigit(c) || c == '_') {
        int end = i;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
          end++;
        }
        tokens.add(new Token(Token.Type.WORD, sql.substring(i, end), i, end));
        i = end;
      } else {
        tokens.add(new Token(Token.Type.SYMBOL, String.valueOf(c), i, i + 1));
        i++;
      }
    }
    return tokens;
  }

  /**
   * Where the quoted text starting at {@code i} ends (one past its closing quote), or {@code i + 1} when the
   * character there opens no quote.
   */
  private static int quotedEnd(String text, int i, boolean backslashEscapes) {
    char c = text.charAt(i);
    boolean escapeString = false;
    if ((c == 'E' || c == 'e') && i + 1 < text.length() && text.charAt(i + 1) == '\''
        && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
      escapeString = true;
      i++;
      c = '\'';
    }
    if (c != '\'' && c != '"' && c != '`') {
      return i + 1;
    }
    boolean backslash = c == '\'' && (backslashEscapes || escapeString);
    int j = i + 1;
    while (j < text.length()) {
      char d = text.charAt(j);
      if (backslash && d == '\\') {
        j += 2;
      } else if (d == c) {
        if (j + 1 < text.length() && text.charAt(j + 1) == c) {
          j += 2;
        } else {
          return j + 1;
        }
      } else {
        j++;
      }
    }
    return text.length();
  }
}
