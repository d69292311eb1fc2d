package dev.strata.processor.parse;

import dev.strata.processor.model.ArrayLiteral;
import dev.strata.processor.model.JavaKind;
import dev.strata.processor.model.SqlType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Converts the text of {@code @Default} to the canonical literal of the column's type, or explains why it
 * cannot be. Canonical forms are what the snapshot stores and what dialects render as escaped literals.
 */
final class DefaultValues {

  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  /** A canonical literal, or why the text does not convert. */
  record Result(String canonical, String problem) {
    static Result ok(String canonical) {
      return new Result(canonical, null);
    }

    static Result fail(String problem) {
      return new Result(null, problem);
    }
  }

  private DefaultValues() {}

  static Result convert(String text, JavaKind kind, SqlType type, List<String> enumConstants) {
    try {
      switch (kind) {
        case STRING:
          if (text.indexOf('\0') >= 0) {
            return Result.fail("it contains the NUL character, which PostgreSQL text cannot hold");
          }
          String unpaired = unpairedSurrogate(text);
          if (unpaired != null) {
            return Result.fail(unpaired);
          }
          if (type instanceof SqlType.Varchar varchar && text.length() > varchar.length()) {
            // H2 counts UTF-16 code units where PostgreSQL and MySQL count characters: the stricter count wins.
            boolean supplementary = text.codePointCount(0, text.length()) < text.length();
            return Result.fail("it is longer than the column's length of " + varchar.length()
                + (supplementary ? " (H2 counts a character outside the Basic Multilingual Plane, such as an emoji, as two)" : ""));
          }
          return Result.ok(text);
        case JSON:
          unpaired = unpairedSurrogate(text);
          if (unpaired != null) {
            return Result.fail(unpaired);
          }
          if (text.contains("\\u0000")) {
            return Result.fail("it contains \\u0000, the NUL character, which PostgreSQL's jsonb cannot hold");
          }
          String jsonProblem = JsonSyntax.problem(text);
          return jsonProblem == null ? Result.ok(text) : Result.fail("it is not valid JSON (" + jsonProblem + ")");
        case SHORT:
          return integral(text, Short.MIN_VALUE, Short.MAX_VALUE);
        case INT:
          return integral(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
        case LONG:
          return integral(text, Long.MIN_VALUE, Long.MAX_VALUE);
        case BOOLEAN:
          if (text.equals("true") || text.equals("false")) {
            return Result.ok(text);
          }
          return Result.fail("a boolean is written true or false");
        case FLOAT:
        case DOUBLE:
          if (!DECIMAL.matcher(text).matches()) {
            return Result.fail("it is not a decimal number");
          }
          double parsed = Double.parseDouble(text);
          boolean finite = kind == JavaKind.FLOAT ? Float.isFinite((float) parsed) : Double.isFinite(parsed);
          if (!finite) {
            return Result.fail("it is out of range");
          }
          return Result.ok(new BigDecimal(text).toString());
        case BIG_DECIMAL:
          if (!DECIMAL.matcher(text).matches()) {
            return Result.fail("it is not a decimal number");
          }
          BigDecimal decimal = new BigDecimal(text);
          SqlType.Decimal d = (SqlType.Decimal) type;
          BigDecimal stripped = decimal.stripTrailingZeros();
          int scale = Math.max(stripped.scale(), 0);
          int integerDigits = stripped.precision() - stripped.scale();
          if (scale > d.scale()) {
            return Result.fail("it has " + scale + " digits after the point, the column keeps " + d.scale());
          }
          if (integerDigits > d.precision() - d.scale()) {
            return Result.fail("it has too many digits for numeric(" + d.precision() + "," + d.scale() + ")");
          }
          return Result.ok(decimal.setScale(d.scale()).toPlainString());
        case UUID:
          UUID uuid = UUID.fromString(text);
          if (!uuid.toString().equals(text.toLowerCase(Locale.ROOT))) {
            return Result.fail("it is not in the 8-4-4-4-12 hex form");
          }
          return Result.ok(uuid.toString());
        case INSTANT:
          return Result.ok(Instant.parse(text).toString());
        case OFFSET_DATE_TIME:
          return Result.ok(OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString());
        case LOCAL_DATE_TIME:
          return Result.ok(LocalDateTime.parse(text).toString());
        case LOCAL_DATE:
          return Result.ok(LocalDate.parse(text).toString());
        case LOCAL_TIME:
          return Result.ok(LocalTime.parse(text).toString());
        case ENUM:
          if (enumConstants.contains(text)) {
            return Result.ok(text);
          }
          return Result.fail("it is not one of the constants " + enumConstants);
        case STRING_LIST:
        case INTEGER_LIST:
          return list(text, kind == JavaKind.STRING_LIST);
        case BYTES:
        default:
          return Result.fail("defaults of this type are not supported");
      }
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return Result.fail("it does not parse (" + e.getMessage() + ")");
    }
  }

  /** Why the text cannot be stored if it holds a surrogate without its pair (no UTF-8 script can), or null. */
  private static String unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return String.format(Locale.ROOT, "it contains U+%04X, half of a surrogate pair without the other half, which no"
            + " database can store (a character outside the Basic Multilingual Plane needs both halves)", (int) c);
      }
    }
    return null;
  }

  /** A flat JSON array of strings or of whole numbers, made compact. */
  private static Result list(String text, boolean strings) {
    String jsonProblem = JsonSyntax.problem(text);
    if (jsonProblem != null || !text.strip().startsWith("[")) {
      return Result.fail("it is not a JSON array such as " + (strings ? "[\"a\", \"b\"]" : "[1, 2]"));
    }
    List<String> elements = ArrayLiteral.elements(text);
    if (!strings) {
      for (String element : elements) {
        Result number = integral(element, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (number.problem() != null) {
          return Result.fail("its element " + element + " is not an int");
        }
      }
    } else if (!text.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "").matches("[\\[\\],\\s]*")) {
      return Result.fail("its elements must all be strings");
    }
    return Result.ok(ArrayLiteral.json(elements, strings));
  }

  private static Result integral(String text, long min, long max) {
    if (!INTEGER.matcher(text).matches()) {
      return Result.fail("it is not a whole number");
    }
    try {
      long value = Long.parseLong(text);
      if (value < min || value > max) {
        return Result.fail("it is out of range (" + min + " to " + max + ")");
      }
      return Result.ok(Long.toString(value));
    } catch (NumberFormatException e) {
      return Result.fail("it is out of range");
    }
  }

  /** An example of a valid default for the kind, for error messages. */
  static String example(JavaKind kind, List<String> enumConstants) {
    return switch (kind) {
      case STRING -> "@Default(\"draft\")";
      case JSON -> "@Default(\"{}\")";
      case SHORT, INT, LONG -> "@Default(\"0\")";
      case BOOLEAN -> "@Default(\"false\")";
      case FLOAT, DOUBLE, BIG_DECIMAL -> "@Default(\"0.5\")";
      case UUID -> "@Default(\"123e4567-e89b-12d3-a456-426614174000\")";
      case INSTANT, OFFSET_DATE_TIME -> "@Default(\"2024-01-31T10:15:30Z\")";
      case LOCAL_DATE_TIME -> "@Default(\"2024-01-31T10:15:30\")";
      case LOCAL_DATE -> "@Default(\"2024-01-31\")";
      case LOCAL_TIME -> "@Default(\"10:15:30\")";
      case ENUM -> "@Default(\"" + (enumConstants.isEmpty() ? "CONSTANT" : enumConstants.get(0)) + "\")";
      case STRING_LIST, INTEGER_LIST -> "@Default(\"[]\")";
      case BYTES -> "no default";
    };
  }
}
