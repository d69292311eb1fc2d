package dev.strata.processor.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lexical layer of Strata's text files: space-separated tokens, JSON-quoted strings. */
public final class Tokens {

  private Tokens() {}

  /** Splits a line at spaces that are not inside a quoted string. */
  public static List<String> split(String line) {
    List<String> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        current.append(c);
        if (c == '\\') {
          current.append(line.charAt(++i));
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
        current.append(c);
      } else if (c == ' ') {
        if (current.length() > 0) {
          tokens.add(current.toString());
          current.setLength(0);
        }
      } else {
        current.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("a quoted string is not closed");
    }
    if (current.length() > 0) {
      tokens.add(current.toString());
    }
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("empty line");
    }
    return tokens;
  }

  /** A JSON string literal: quotes, backslashes and control characters escaped. */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  public static String unquote(String token) {
    if (token.length() < 2 || token.charAt(0) != '"' || token.charAt(token.length() - 1) != '"') {
      throw new IllegalArgumentException("a quoted string expected, found " + token);
    }
    StringBuilder out = new StringBuilder(token.length());
    for (int i = 1; i < token.length() - 1; i++) {
      char c = token.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = token.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(token.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }

  /** A parenthesized, comma-separated list of quoted strings: {@code ("a", "b")}. */
  public static List<String> list(String token) {
    if (!token.startsWith("(") || !token.endsWith(")")) {
      throw new IllegalArgumentException("a (list) expected, found " + token);
    }
    List<String> items = new ArrayList<>();
    String inner = token.substring(1, token.length() - 1);
    int i = 0;
    while (i < inner.length()) {
      char c = inner.charAt(i);
      if (c == ',' || c == ' ') {
        i++;
        continue;
      }
      if (c != '"') {
        throw new IllegalArgumentException("a quoted name expected in " + token);
      }
      int j = i + 1;
      while (inner.charAt(j) != '"') {
        j += inner.charAt(j) == '\\' ? 2 : 1;
      }
      items.add(unquote(inner.substring(i, j + 1)));
      i = j + 1;
    }
    return items;
  }
}
