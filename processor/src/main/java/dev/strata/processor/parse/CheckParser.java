package dev.strata.processor.parse;

import dev.strata.processor.model.CheckExpression;
import dev.strata.processor.model.CheckExpression.ColumnRef;
import dev.strata.processor.model.CheckExpression.Part;
import dev.strata.processor.model.CheckExpression.Raw;
import dev.strata.processor.model.CheckExpression.StringLiteral;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a check constraint's expression into parts: column references (by component or column name,
 * bare or double-quoted), string literals, and the rest as raw SQL. It accepts exactly one expression:
 * statement separators, comments, bind markers, backslashes and unbalanced parentheses are rejected, so
 * an expression can never smuggle a second statement into a migration.
 */
final class CheckParser {

  /** The parsed expression, or why it was rejected. */
  record Result(CheckExpression expression, String problem) {}

  private CheckParser() {}

  /**
   * @param resolveColumn maps an identifier to the column name it refers to, or null if it is not a column
   */
  static Result parse(String text, Function<String, String> resolveColumn) {
    if (text.isBlank()) {
      return new Result(null, "it is empty");
    }
    List<Part> parts = new ArrayList<>();
    StringBuilder raw = new StringBuilder();
    int depth = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\'') {
        StringBuilder value = new StringBuilder();
        int j = i + 1;
        boolean closed = false;
        while (j < n) {
          char d = text.charAt(j);
          if (d == '\'') {
            if (j + 1 < n && text.charAt(j + 1) == '\'') {
              value.append('\'');
              j += 2;
              continue;
            }
            closed = true;
            j++;
            break;
          }
          if (d == '\0') {
            return new Result(null, "a string literal contains the NUL character");
          }
          value.append(d);
          j++;
        }
        if (!closed) {
          return new Result(null, "a string literal is not closed");
        }
        flush(raw, parts);
        parts.add(new StringLiteral(value.toString()));
        i = j;
      } else if (c == '"') {
        int end = text.indexOf('"', i + 1);
        if (end < 0) {
          return new Result(null, "a quoted name is not closed");
        }
        String name = text.substring(i + 1, end);
        String column = resolveColumn.apply(name);
        if (column == null) {
          return new Result(null, "\"" + name + "\" is not a column of the table");
        }
        flush(raw, parts);
        parts.add(new ColumnRef(column));
        i = end + 1;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
          j++;
        }
        String word = text.substring(i, j);
        String column = resolveColumn.apply(word);
        boolean functionCall = j < n && text.charAt(j) == '(';
        if (column != null && !functionCall) {
          flush(raw, parts);
          parts.add(new ColumnRef(column));
        } else {
          raw.append(word);
        }
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.')) {
          j++;
        }
        raw.append(text, i, j);
        i = j;
      } else if (Character.isWhitespace(c)) {
        raw.append(' ');
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
      } else {
        if (c == ';') {
          return new Result(null, "it contains ';', which would end the statement");
        }
        if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
          return new Result(null, "it contains '--', which starts a comment");
        }
        if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
          return new Result(null, "it contains '/*', which starts a comment");
        }
        if ("`\\?$#{}[]@".indexOf(c) >= 0 || Character.isISOControl(c)) {
          return new Result(null, "it contains '" + c + "', which is not portable SQL in a check");
        }
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
          if (depth < 0) {
            return new Result(null, "a ')' has no matching '('");
          }
        }
        raw.append(c);
        i++;
      }
    }
    if (depth != 0) {
      return new Result(null, "a '(' is not closed");
    }
    flush(raw, parts);
    return new Result(new CheckExpression(trim(parts)), null);
  }

  private static void flush(StringBuilder raw, List<Part> parts) {
    if (raw.length() > 0) {
      parts.add(new Raw(raw.toString()));
      raw.setLength(0);
    }
  }

  private static List<Part> trim(List<Part> parts) {
    List<Part> out = new ArrayList<>(parts);
    if (!out.isEmpty() && out.get(0) instanceof Raw first) {
      String s = first.sql().stripLeading();
      if (s.isEmpty()) {
        out.remove(0);
      } else {
        out.set(0, new Raw(s));
      }
    }
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Raw last) {
      String s = last.sql().stripTrailing();
      if (s.isEmpty()) {
        out.remove(out.size() - 1);
      } else {
        out.set(out.size() - 1, new Raw(s));
      }
    }
    return out;
  }
}
