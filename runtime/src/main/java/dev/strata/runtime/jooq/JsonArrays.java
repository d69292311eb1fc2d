package dev.strata.runtime.jooq;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The JSON array text that Better Auth writes for {@code string[]} and {@code number[]} fields
 * ({@code JSON.stringify}): written and read here without a JSON library.
 */
final class JsonArrays {

  private JsonArrays() {}

  static String writeStrings(List<String> values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String value = values.get(i);
      if (value == null) {
        out.append("null");
        continue;
      }
      out.append('"');
      for (int j = 0; j < value.length(); j++) {
        char c = value.charAt(j);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          case '\b' -> out.append("\\b");
          case '\f' -> out.append("\\f");
          default -> {
            if (c < 0x20) {
              out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      out.append('"');
    }
    return out.append(']').toString();
  }

  static String writeIntegers(List<Integer> values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      out.append(i > 0 ? "," : "").append(values.get(i) == null ? "null" : values.get(i).toString());
    }
    return out.append(']').toString();
  }

  static List<String> readStrings(String json) {
    return read(json, token -> token);
  }

  static List<Integer> readIntegers(String json) {
    return read(json, token -> token == null ? null : Integer.valueOf(token));
  }

  private static <T> List<T> read(String json, Function<String, T> convert) {
    Reader reader = new Reader(json);
    reader.skip();
    reader.expect('[');
    List<T> values = new ArrayList<>();
    reader.skip();
    if (reader.peek() == ']') {
      reader.pos++;
      return values;
    }
    while (true) {
      reader.skip();
      values.add(convert.apply(reader.value()));
      reader.skip();
      if (reader.peek() == ',') {
        reader.pos++;
      } else {
        reader.expect(']');
        return values;
      }
    }
  }

  private static final class Reader {
    final String text;
    int pos;

    Reader(String text) {
      this.text = text;
    }

    char peek() {
      if (pos >= text.length()) {
        throw new IllegalArgumentException("JSON array ends early: " + text);
      }
      return text.charAt(pos);
    }

    void skip() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    void expect(char c) {
      if (peek() != c) {
        throw new IllegalArgumentException("'" + c + "' expected at " + pos + " in JSON array: " + text);
      }
      pos++;
    }

    /** A string's value, a number's text, or null. */
    String value() {
      char c = peek();
      if (c == '"') {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
          char d = text.charAt(pos++);
          if (d == '"') {
            return out.toString();
          }
          if (d != '\\') {
            out.append(d);
            continue;
          }
          char e = text.charAt(pos++);
          switch (e) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'u' -> {
              out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
              pos += 4;
            }
            default -> out.append(e);
          }
        }
      }
      if (text.startsWith("null", pos)) {
        pos += 4;
        return null;
      }
      int start = pos;
      while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
      if (start == pos) {
        throw new IllegalArgumentException("unexpected '" + c + "' in JSON array: " + text);
      }
      return text.substring(start, pos);
    }
  }
}
