package dev.strata.processor.review;

import java.util.Locale;

/**
 * A column definition as the dialects render it after the column's name ({@code varchar(200) NOT NULL
 * DEFAULT 'x'}), split into what decides how a database changes it: the type, nullability and default.
 */
record ColumnDefinition(String type, boolean nullable, String defaultValue, boolean identity) {

  /** Reads a definition; null for null. */
  static ColumnDefinition parse(String definition) {
    if (definition == null) {
      return null;
    }
    String text = definition.strip();
    int typeEnd = topLevelSpace(text, 0);
    String type = text.substring(0, typeEnd);
    String rest = text.substring(typeEnd);
    String upper = rest.toUpperCase(Locale.ROOT);
    boolean nullable = !upper.contains(" NOT NULL");
    boolean identity = upper.contains(" AUTO_INCREMENT") || upper.contains(" GENERATED ");
    String defaultValue = null;
    int at = upper.indexOf(" DEFAULT ");
    if (at >= 0) {
      int start = at + " DEFAULT ".length();
      defaultValue = rest.substring(start, topLevelSpace(rest, start)).strip();
    }
    return new ColumnDefinition(type, nullable, defaultValue, identity);
  }

  /** Whether the default is an expression in parentheses, which MySQL evaluates rather than stores. */
  boolean expressionDefault() {
    return defaultValue != null && defaultValue.startsWith("(");
  }

  /** The base name of the type, {@code varchar} for {@code varchar(200)}. */
  String baseType() {
    int paren = type.indexOf('(');
    return (paren < 0 ? type : type.substring(0, paren)).toLowerCase(Locale.ROOT);
  }

  /** The first number in the type's parentheses, or -1: a varchar's length, a numeric's precision. */
  int length() {
    int paren = type.indexOf('(');
    int end = lengthEnd();
    return paren < 0 || end == paren + 1 ? -1 : Integer.parseInt(type.substring(paren + 1, end));
  }

  /** The text after the first number in the type's parentheses, e.g. {@code ,2)} for {@code numeric(10,2)}. */
  String afterLength() {
    return type.indexOf('(') < 0 ? "" : type.substring(lengthEnd());
  }

  /** Where the digits after the type's opening parenthesis end; meaningful only when there is one. */
  private int lengthEnd() {
    int end = type.indexOf('(') + 1;
    while (end < type.length() && Character.isDigit(type.charAt(end))) {
      end++;
    }
    return end;
  }

  /** The index of the first space outside parentheses and quotes at or after {@code from}, or the length. */
  private static int topLevelSpace(String text, int from) {
    int depth = 0;
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ' ' && depth == 0 && i > from) {
        return i;
      }
    }
    return text.length();
  }
}
