package dev.strata.processor.model;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Naming rules shared by every stage: snake_case for SQL names, UPPER_SNAKE for Java constants, and
 * deterministic constraint names that fit every database's identifier limit.
 */
public final class Names {

  /** PostgreSQL keeps at most 63 bytes of an identifier; MySQL allows 64 characters. */
  public static final int MAX_IDENTIFIER_BYTES = 63;

  private Names() {}

  /**
   * {@code BlogPost} → {@code blog_post}, {@code authorID} → {@code author_id},
   * {@code requirePKCE} → {@code require_pkce}, {@code URLValue} → {@code url_value}.
   */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 8);
    int n = name.length();
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean previousLowerOrDigit =
            i > 0 && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
        boolean acronymEnds =
            i > 0
                && Character.isUpperCase(name.charAt(i - 1))
                && i + 1 < n
                && Character.isLowerCase(name.charAt(i + 1));
        if ((previousLowerOrDigit || acronymEnds) && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** {@code author_id} → {@code AUTHOR_ID}; {@code emailVerified} → {@code EMAIL_VERIFIED}. */
  public static String constantCase(String name) {
    String snake = snakeCase(name);
    StringBuilder out = new StringBuilder(snake.length());
    for (int i = 0; i < snake.length(); i++) {
      char c = snake.charAt(i);
      out.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    String constant = out.toString().toUpperCase(Locale.ROOT);
    if (constant.isEmpty() || !Character.isJavaIdentifierStart(constant.charAt(0)) || constant.equals("_")) {
      // A lone underscore is a keyword since Java 9.
      constant = "_" + constant;
    }
    return constant;
  }

  /**
   * The Java constant of each SQL name, in order: names that differ in SQL may not as constants
   * ({@code blogPost} and {@code blog_post} are both {@code BLOG_POST}), so a constant already taken, or
   * reserved by the class that holds them, gets the first free suffix {@code _2}, {@code _3}, ...
   */
  public static Map<String, String> uniqueConstants(List<String> names, Set<String> reserved) {
    Set<String> used = new HashSet<>(reserved);
    Map<String, String> constants = new LinkedHashMap<>();
    for (String name : names) {
      String constant = constantCase(name);
      String unique = constant;
      for (int i = 2; !used.add(unique); i++) {
        unique = constant + "_" + i;
      }
      constants.put(name, unique);
    }
    return constants;
  }

  /** {@code author_id} → {@code authorId}. */
  public static String camelCase(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean upper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        upper = out.length() > 0;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** The UTF-8 length of a name: what PostgreSQL's 63-byte limit counts. */
  public static int utf8Length(String name) {
    return name.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * A constraint or index name: {@code <table>_<columns...>_<suffix>}. When longer than 63 bytes, the
   * head is cut (on a character boundary) and an 8-hex-digit FNV-1a hash of the full name is inserted
   * before the suffix, so that two long names never collide after truncation.
   */
  public static String constraintName(String table, List<String> columns, String suffix) {
    String base = columns.isEmpty() ? table : table + "_" + String.join("_", columns);
    return fit(base, suffix);
  }

  /** The name of the check constraint that limits an enum column to its constants. */
  public static String enumCheckName(String table, String column) {
    return constraintName(table, List.of(column), "enum_check");
  }

  /** {@code base + "_" + suffix}, shortened with a hash of the full name when it is too long. */
  public static String fit(String base, String suffix) {
    String full = base + "_" + suffix;
    if (utf8Length(full) <= MAX_IDENTIFIER_BYTES) {
      return full;
    }
    String tail = "_" + fnv1a32Hex(full) + "_" + suffix;
    int budget = MAX_IDENTIFIER_BYTES - utf8Length(tail);
    StringBuilder head = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < base.length(); ) {
      int cp = base.codePointAt(i);
      int cpBytes = utf8Length(new String(Character.toChars(cp)));
      if (bytes + cpBytes > budget) {
        break;
      }
      head.appendCodePoint(cp);
      bytes += cpBytes;
      i += Character.charCount(cp);
    }
    return head + tail;
  }

  /**
   * The 32-bit FNV-1a hash of the name's UTF-16 code units, as 8 lowercase hex digits: the hash Better
   * Auth puts in the names of long indexes, so that Strata's names for its tables are the same.
   */
  public static String fnv1a32Hex(String text) {
    int hash = 0x811c9dc5;
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x01000193;
    }
    return String.format(Locale.ROOT, "%08x", hash);
  }
}
