package dev.strata.runtime;

import dev.strata.runtime.DatabaseSchema.Column;
import dev.strata.runtime.DatabaseSchema.ForeignKey;
import dev.strata.runtime.DatabaseSchema.Index;
import dev.strata.runtime.DatabaseSchema.Key;
import dev.strata.runtime.DatabaseSchema.Table;
import dev.strata.runtime.DriftReport.Difference;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.tools.json.JSONParser;
import org.jooq.tools.json.ParseException;

/**
 * Compares an expected schema with a live one after normalizing both the way the database does, so only
 * real differences remain: type aliases, display widths, casts on defaults and MySQL's merged unique
 * keys and indexes are not drift.
 */
final class SchemaDrift {

  private SchemaDrift() {}

  static List<Difference> compare(Vendor vendor, DatabaseSchema expected, DatabaseSchema actual) {
    List<Difference> out = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>(expected.tables().keySet());
    names.addAll(actual.tables().keySet());
    for (String name : names) {
      Table e = expected.tables().get(name);
      Table a = actual.tables().get(name);
      if (a == null) {
        out.add(new Difference("table " + name, "present", "missing"));
      } else if (e == null) {
        out.add(new Difference("table " + name, "absent", "present"));
      } else {
        compareTable(vendor, e, a, out);
      }
    }
    return out;
  }

  private static void compareTable(Vendor vendor, Table e, Table a, List<Difference> out) {
    String t = e.name();
    TreeSet<String> columns = new TreeSet<>();
    e.columns().forEach(c -> columns.add(c.name()));
    a.columns().forEach(c -> columns.add(c.name()));
    for (String name : columns) {
      Column ec = e.column(name);
      Column ac = a.column(name);
      String object = "column " + t + "." + name;
      if (ac == null) {
        out.add(new Difference(object, describe(vendor, ec), "missing"));
      } else if (ec == null) {
        out.add(new Difference(object, "absent", describe(vendor, ac)));
      } else if (!describe(vendor, ec).equals(describe(vendor, ac))) {
        out.add(new Difference(object, describe(vendor, ec), describe(vendor, ac)));
      }
    }
    String ePk = e.primaryKey() == null ? "none" : keyText(vendor, e.primaryKey(), true);
    String aPk = a.primaryKey() == null ? "none" : keyText(vendor, a.primaryKey(), true);
    if (!ePk.equals(aPk)) {
      out.add(new Difference("primary key of " + t, ePk, aPk));
    }
    compareNamed("unique key", t, uniques(vendor, e), uniques(vendor, a), out);
    compareNamed("index", t, indexes(vendor, e), indexes(vendor, a), out);
    Map<String, String> eFks = new TreeMap<>();
    e.foreignKeys().forEach(fk -> eFks.put(fk.name(), fkText(vendor, fk)));
    Map<String, String> aFks = new TreeMap<>();
    a.foreignKeys().forEach(fk -> aFks.put(fk.name(), fkText(vendor, fk)));
    compareNamed("foreign key", t, eFks, aFks, out);
    Map<String, String> eChecks = new TreeMap<>();
    e.checks().forEach(c -> eChecks.put(c, "present"));
    Map<String, String> aChecks = new TreeMap<>();
    a.checks().forEach(c -> aChecks.put(c, "present"));
    compareNamed("check", t, eChecks, aChecks, out);
  }

  private static void compareNamed(String kind, String table, Map<String, String> e, Map<String, String> a, List<Difference> out) {
    TreeSet<String> names = new TreeSet<>(e.keySet());
    names.addAll(a.keySet());
    for (String name : names) {
      String ev = e.get(name);
      String av = a.get(name);
      if (av == null) {
        out.add(new Difference(kind + " " + table + "." + name, ev, "missing"));
      } else if (ev == null) {
        out.add(new Difference(kind + " " + table + "." + name, "absent", av));
      } else if (!ev.equals(av)) {
        out.add(new Difference(kind + " " + table + "." + name, ev, av));
      }
    }
  }

  /** Unique keys by name; on MySQL a unique index is a unique key. */
  private static Map<String, String> uniques(Vendor vendor, Table table) {
    Map<String, String> out = new TreeMap<>();
    table.uniqueKeys().forEach(k -> out.put(k.name(), "(" + String.join(", ", k.columns()) + ")"));
    if (vendor == Vendor.MYSQL) {
      table.indexes().stream().filter(Index::unique).forEach(i -> out.put(i.name(), "(" + String.join(", ", i.columns()) + ")"));
    }
    return out;
  }

  private static Map<String, String> indexes(Vendor vendor, Table table) {
    Map<String, String> out = new TreeMap<>();
    for (Index index : table.indexes()) {
      if (vendor == Vendor.MYSQL && index.unique()) {
        continue;
      }
      out.put(index.name(), (index.unique() ? "unique " : "") + "(" + String.join(", ", index.columns()) + ")");
    }
    return out;
  }

  private static String keyText(Vendor vendor, Key key, boolean primary) {
    // MySQL names every primary key PRIMARY.
    String name = primary && vendor == Vendor.MYSQL ? "" : key.name() + " ";
    return name + "(" + String.join(", ", key.columns()) + ")";
  }

  private static String fkText(Vendor vendor, ForeignKey fk) {
    return "(" + String.join(", ", fk.columns()) + ") references " + fk.targetTable() + " ("
        + String.join(", ", fk.targetColumns()) + ") on delete " + action(vendor, fk.onDelete()) + " on update "
        + action(vendor, fk.onUpdate());
  }

  /** MySQL and H2 treat NO ACTION as RESTRICT and report it so. */
  private static String action(Vendor vendor, String action) {
    String upper = action == null ? "NO ACTION" : action.toUpperCase(Locale.ROOT);
    return vendor != Vendor.POSTGRESQL && upper.equals("RESTRICT") ? "NO ACTION" : upper;
  }

  static String describe(Vendor vendor, Column column) {
    StringBuilder out = new StringBuilder(type(vendor, column.type()));
    out.append(column.nullable() ? " null" : " not null");
    if (column.identity()) {
      out.append(" identity");
    }
    String value = defaultValue(vendor, column.defaultValue());
    String type = type(vendor, column.type());
    if (value != null && (type.equals("json") || type.equals("jsonb"))) {
      value = jsonDefault(value);
    }
    if (value != null && !column.identity()) {
      out.append(" default ").append(value);
    }
    return out.toString();
  }

  private static final Pattern DISPLAY_WIDTH = Pattern.compile("\\b(tinyint|smallint|mediumint|int|bigint)\\(\\d+\\)");
  private static final Pattern PG_CAST = Pattern.compile("::[a-z_ ]+(\\([0-9, ]+\\))?( with(out)? time zone)?(\\[\\])?");
  private static final Pattern PRECISION = Pattern.compile("^(timestamp|time)(\\(\\d+\\))?(tz)?$");

  static String type(Vendor vendor, String type) {
    String t = type.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ").replace(", ", ",");
    switch (vendor) {
      case POSTGRESQL -> {
        t = t.replaceFirst("^varchar", "character varying").replaceFirst("^char\\(", "character(")
            .replaceFirst("^decimal", "numeric");
        Matcher m = PRECISION.matcher(t);
        if (m.matches()) {
          String p = m.group(2) == null ? "" : m.group(2);
          t = m.group(1) + p + (m.group(3) != null ? " with time zone" : " without time zone");
        }
        t = switch (t) {
          case "int", "int4" -> "integer";
          case "int8" -> "bigint";
          case "int2" -> "smallint";
          case "bool" -> "boolean";
          case "float8", "float" -> "double precision";
          case "float4" -> "real";
          default -> t;
        };
      }
      case MYSQL -> {
        if (t.startsWith("tinyint(1)") || t.equals("bool")) {
          t = "boolean";
        }
        t = DISPLAY_WIDTH.matcher(t).replaceAll("$1");
        t = switch (t) {
          case "integer" -> "int";
          case "json" -> "longtext"; // MariaDB stores JSON as longtext with a check
          default -> t.replaceFirst("^numeric", "decimal");
        };
      }
      case H2 -> {
        t = t.replaceFirst("^varchar", "character varying").replaceFirst("^decimal", "numeric");
        t = switch (t) {
          case "int" -> "integer";
          case "double" -> "double precision";
          case "bool" -> "boolean";
          default -> t;
        };
      }
    }
    return t;
  }

  static String defaultValue(Vendor vendor, String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (vendor == Vendor.MYSQL && v.equalsIgnoreCase("null")) {
      return null;
    }
    if (vendor == Vendor.POSTGRESQL) {
      v = PG_CAST.matcher(v).replaceAll("").replace("pg_catalog.", "");
    }
    v = stripParentheses(v);
    String literal = stringLiteral(vendor, v);
    if (literal != null) {
      return literal;
    }
    v = lowerOutsideQuotes(v);
    v = switch (v) {
      case "now()", "current_timestamp()" -> "current_timestamp";
      case "true" -> vendor == Vendor.MYSQL ? "1" : "true";
      case "false" -> vendor == Vendor.MYSQL ? "0" : "false";
      default -> v;
    };
    if (vendor == Vendor.MYSQL && !v.startsWith("'") && !looksLikeExpression(v)) {
      // MySQL 8 reports string defaults without quotes; MariaDB quotes them.
      v = "'" + v.replace("'", "''") + "'";
    }
    return v;
  }

  private static final Pattern LITERAL = Pattern.compile("(?is)^(e|u&|json\\s*)?'(.*)'(\\s+format\\s+json)?$");
  private static final Pattern CONCAT = Pattern.compile("(?is)^concat\\((.*)\\)$");
  private static final Pattern CHAR = Pattern.compile("(?is)^char\\((\\d+) using utf8mb4\\)");

  /**
   * A default that is one string literal, as its value re-quoted the standard way: databases report the
   * same string as {@code E'..\\'..'}, {@code U&'..\\00fc..'}, with backslash escapes or with doubled
   * quotes, and MySQL as {@code concat('..', char(92 using utf8mb4), '..')}, Strata's spelling of a
   * backslash. JSON literals also lose the whitespace between tokens and have their escapes made
   * canonical, as H2 rewrites both. Null when not a literal.
   */
  static String stringLiteral(Vendor vendor, String v) {
    String text;
    boolean json;
    Matcher concat = CONCAT.matcher(v);
    if (vendor == Vendor.MYSQL && concat.matches()) {
      text = concatenation(concat.group(1));
      json = false;
    } else {
      Matcher m = LITERAL.matcher(v);
      if (!m.matches()) {
        return null;
      }
      String prefix = m.group(1) == null ? "" : m.group(1).strip().toLowerCase(Locale.ROOT);
      text = unescape(vendor, prefix, m.group(2));
      json = prefix.startsWith("json") || m.group(3) != null;
    }
    if (text == null) {
      return null;
    }
    if (json) {
      text = canonicalJson(text);
    }
    if (vendor == Vendor.MYSQL) {
      // MariaDB reports defaults in a 3-byte character set: a 4-byte character comes back as "????".
      StringBuilder narrowed = new StringBuilder();
      text.codePoints().forEach(cp -> narrowed.append(Character.isSupplementaryCodePoint(cp) ? "????" : Character.toString(cp)));
      text = narrowed.toString();
    }
    return (json ? "json " : "") + "'" + text.replace("'", "''") + "'";
  }

  /** The body of a quoted literal with its escapes resolved, or null when it is not one literal. */
  private static String unescape(Vendor vendor, String prefix, String body) {
    boolean backslashes = vendor == Vendor.MYSQL || prefix.equals("e");
    boolean unicode = prefix.equals("u&");
    StringBuilder value = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && (backslashes || unicode) && i + 1 < body.length()) {
        char next = body.charAt(i + 1);
        if (unicode && next == '+' && i + 8 <= body.length()) {
          value.appendCodePoint(Integer.parseInt(body.substring(i + 2, i + 8), 16));
          i += 7;
        } else if (unicode && next != '\\' && i + 5 <= body.length()) {
          value.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
          i += 4;
        } else if (prefix.equals("e") && (next == 'u' && i + 6 <= body.length() || next == 'U' && i + 10 <= body.length())) {
          int digits = next == 'u' ? 4 : 8;
          value.appendCodePoint(Integer.parseInt(body.substring(i + 2, i + 2 + digits), 16));
          i += 1 + digits;
        } else if (prefix.equals("e") && next == 'x' && i + 3 < body.length() && isHex(body.charAt(i + 2))) {
          int end = i + 3 < body.length() && isHex(body.charAt(i + 3)) ? i + 4 : i + 3;
          value.append((char) Integer.parseInt(body.substring(i + 2, end), 16));
          i = end - 1;
        } else {
          value.append(switch (next) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case '0' -> '\0';
            default -> next;
          });
          i++;
        }
      } else if (c == '\'') {
        if (i + 1 < body.length() && body.charAt(i + 1) == '\'') {
          value.append('\'');
          i++;
        } else {
          return null; // two literals, or an expression around them
        }
      } else {
        value.append(c);
      }
    }
    return value.toString();
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }

  /** The value of MySQL's {@code concat(...)} of quoted literals and {@code char(n using utf8mb4)}, or null. */
  private static String concatenation(String arguments) {
    StringBuilder value = new StringBuilder();
    int i = 0;
    while (i < arguments.length()) {
      char c = arguments.charAt(i);
      if (Character.isWhitespace(c) || c == ',') {
        i++;
      } else if (c == '\'') {
        int end = i + 1;
        while (end < arguments.length()) {
          char e = arguments.charAt(end);
          if (e == '\\') {
            end += 2;
          } else if (e == '\'' && end + 1 < arguments.length() && arguments.charAt(end + 1) == '\'') {
            end += 2;
          } else if (e == '\'') {
            break;
          } else {
            end++;
          }
        }
        if (end >= arguments.length()) {
          return null;
        }
        value.append(unescape(Vendor.MYSQL, "", arguments.substring(i + 1, end)));
        i = end + 1;
      } else {
        Matcher ch = CHAR.matcher(arguments.substring(i));
        if (!ch.lookingAt()) {
          return null;
        }
        byte[] bytes = new BigInteger(ch.group(1)).toByteArray();
        int from = bytes.length > 1 && bytes[0] == 0 ? 1 : 0; // the sign byte
        value.append(new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8));
        i += ch.end();
      }
    }
    return value.toString();
  }

  /**
   * JSON without whitespace between tokens and with one spelling per string character: escapes decoded,
   * then only the quote, the backslash and control characters escaped.
   */
  private static String canonicalJson(String json) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (quoted) {
        if (c == '\\' && i + 1 < json.length()) {
          char next = json.charAt(++i);
          char decoded = switch (next) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'u' -> i + 4 < json.length() ? (char) Integer.parseInt(json.substring(i + 1, i + 5), 16) : next;
            default -> next;
          };
          if (next == 'u') {
            i += 4;
          }
          appendJsonChar(out, decoded);
        } else if (c == '"') {
          quoted = false;
          out.append(c);
        } else {
          appendJsonChar(out, c);
        }
      } else if (c == '"') {
        quoted = true;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static final Pattern JSON_DEFAULT = Pattern.compile("(?s)^(json )?'(.*)'$");

  /**
   * A JSON column's literal default as a document with sorted keys: PostgreSQL's jsonb reorders keys and
   * drops duplicates. A default that does not parse stays as it is.
   */
  private static String jsonDefault(String value) {
    Matcher m = JSON_DEFAULT.matcher(value);
    if (!m.matches()) {
      return value;
    }
    try {
      StringBuilder out = new StringBuilder();
      writeJson(out, new JSONParser().parse(m.group(2).replace("''", "'")));
      return (m.group(1) == null ? "" : m.group(1)) + "'" + out.toString().replace("'", "''") + "'";
    } catch (ParseException | RuntimeException e) {
      return value;
    }
  }

  private static void writeJson(StringBuilder out, Object value) {
    if (value instanceof Map<?, ?> map) {
      out.append('{');
      String separator = "";
      for (Map.Entry<String, Object> entry : new TreeMap<String, Object>(castKeys(map)).entrySet()) {
        out.append(separator);
        writeJson(out, entry.getKey());
        out.append(':');
        writeJson(out, entry.getValue());
        separator = ",";
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ",");
        writeJson(out, list.get(i));
      }
      out.append(']');
    } else if (value instanceof String text) {
      out.append('"');
      text.chars().forEach(c -> appendJsonChar(out, (char) c));
      out.append('"');
    } else {
      out.append(value);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castKeys(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  private static void appendJsonChar(StringBuilder out, char c) {
    if (c == '"' || c == '\\') {
      out.append('\\').append(c);
    } else if (c < 0x20) {
      out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
    } else {
      out.append(c);
    }
  }

  private static boolean looksLikeExpression(String v) {
    return v.matches("-?[0-9.eE+-]+") || v.contains("(") || v.startsWith("current_") || v.startsWith("b'") || v.startsWith("x'");
  }

  private static String stripParentheses(String v) {
    while (v.startsWith("(") && v.endsWith(")") && balanced(v.substring(1, v.length() - 1))) {
      v = v.substring(1, v.length() - 1).strip();
    }
    return v;
  }

  private static boolean balanced(String v) {
    int depth = 0;
    boolean quoted = false;
    for (char c : v.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  private static String lowerOutsideQuotes(String v) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    for (char c : v.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      out.append(quoted || c == '\'' ? c : Character.toLowerCase(c));
    }
    return out.toString();
  }
}
