package dev.strata.processor.parse;

/** Checks that text is one well-formed JSON value (RFC 8259), for JSON column defaults. */
final class JsonSyntax {

  private final String text;
  private int pos;

  private JsonSyntax(String text) {
    this.text = text;
  }

  /** Why the text is not JSON, or null when it is. */
  static String problem(String text) {
    JsonSyntax parser = new JsonSyntax(text);
    try {
      parser.skipWhitespace();
      parser.value(0);
      parser.skipWhitespace();
      if (parser.pos != text.length()) {
        throw parser.fail("unexpected text after the value");
      }
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private void value(int depth) {
    if (depth > 256) {
      throw fail("nesting too deep");
    }
    if (pos >= text.length()) {
      throw fail("a value is missing");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          number();
        } else {
          throw fail("unexpected '" + c + "'");
        }
      }
    }
  }

  private void object(int depth) {
    pos++;
    skipWhitespace();
    if (peek('}')) {
      pos++;
      return;
    }
    while (true) {
      skipWhitespace();
      if (!peek('"')) {
        throw fail("an object key must be a string");
      }
      string();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      value(depth + 1);
      skipWhitespace();
      if (peek(',')) {
        pos++;
      } else {
        expect('}');
        return;
      }
    }
  }

  private void array(int depth) {
    pos++;
    skipWhitespace();
    if (peek(']')) {
      pos++;
      return;
    }
    while (true) {
      skipWhitespace();
      value(depth + 1);
      skipWhitespace();
      if (peek(',')) {
        pos++;
      } else {
        expect(']');
        return;
      }
    }
  }

  private void string() {
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return;
      }
      if (c < 0x20) {
        throw fail("a control character inside a string must be escaped");
      }
      if (c == '\\') {
        if (pos >= text.length()) {
          break;
        }
        char e = text.charAt(pos++);
        if (e == 'u') {
          for (int i = 0; i < 4; i++) {
            if (pos >= text.length() || Character.digit(text.charAt(pos++), 16) < 0) {
              throw fail("a \\u escape needs four hex digits");
            }
          }
        } else if ("\"\\/bfnrt".indexOf(e) < 0) {
          throw fail("unknown escape \\" + e);
        }
      }
    }
    throw fail("a string is not closed");
  }

  private void number() {
    int start = pos;
    if (peek('-')) {
      pos++;
    }
    if (peek('0')) {
      pos++;
    } else if (!digits()) {
      throw fail("a number needs digits");
    }
    if (peek('.')) {
      pos++;
      if (!digits()) {
        throw fail("a fraction needs digits");
      }
    }
    if (peek('e') || peek('E')) {
      pos++;
      if (peek('+') || peek('-')) {
        pos++;
      }
      if (!digits()) {
        throw fail("an exponent needs digits");
      }
    }
    if (pos == start) {
      throw fail("a number is missing");
    }
  }

  private boolean digits() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    return pos > start;
  }

  private void literal(String word) {
    if (!text.startsWith(word, pos)) {
      throw fail("unexpected text");
    }
    pos += word.length();
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw fail("'" + c + "' expected");
    }
    pos++;
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void skipWhitespace() {
    while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private IllegalArgumentException fail(String why) {
    return new IllegalArgumentException(why + " at offset " + pos);
  }
}
