package dev.strata.processor.model;

import dev.strata.processor.snapshot.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the canonical default of an array column: a flat JSON array of strings or numbers, such
 * as Better Auth's {@code []} for {@code string[]} fields.
 */
public final class ArrayLiteral {

  private ArrayLiteral() {}

  /** The elements, strings unquoted and unescaped, numbers as written. */
  public static List<String> elements(String json) {
    String text = json.strip();
    if (!text.startsWith("[") || !text.endsWith("]")) {
      throw new IllegalArgumentException("not a JSON array: " + json);
    }
    List<String> out = new ArrayList<>();
    int i = 1;
    int end = text.length() - 1;
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == ',') {
        i++;
      } else if (c == '"') {
        int close = i + 1;
        while (text.charAt(close) != '"') {
          close += text.charAt(close) == '\\' ? 2 : 1;
        }
        out.add(Tokens.unquote(text.substring(i, close + 1)));
        i = close + 1;
      } else {
        int start = i;
        while (i < end && text.charAt(i) != ',' && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        out.add(text.substring(start, i));
      }
    }
    return out;
  }

  /** The elements written back as compact JSON. */
  public static String json(List<String> elements, boolean strings) {
    List<String> rendered = new ArrayList<>();
    for (String element : elements) {
      rendered.add(strings ? Tokens.quote(element) : element);
    }
    return "[" + String.join(",", rendered) + "]";
  }
}
