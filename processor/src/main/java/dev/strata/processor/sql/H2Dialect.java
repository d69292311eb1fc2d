package dev.strata.processor.sql;

import dev.strata.processor.model.SqlType;
import java.util.Locale;

/** H2 2.x in its default (regular) mode. */
public final class H2Dialect extends Dialect {

  @Override
  public String id() {
    return "h2";
  }

  @Override
  public String displayName() {
    return "H2";
  }

  @Override
  public String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  @Override
  protected String renameColumn(String table, String from, String to) {
    return alter(table) + "ALTER COLUMN " + quote(from) + " RENAME TO " + quote(to);
  }

  @Override
  public String type(SqlType type) {
    if (type instanceof SqlType.Text || type instanceof SqlType.Enum || type instanceof SqlType.NativeEnum) {
      return "character varying";
    }
    if (type instanceof SqlType.Varchar v) {
      return "character varying(" + v.length() + ")";
    }
    if (type instanceof SqlType.SmallInt) {
      return "smallint";
    }
    if (type instanceof SqlType.Integer) {
      return "integer";
    }
    if (type instanceof SqlType.BigInt) {
      return "bigint";
    }
    if (type instanceof SqlType.Bool) {
      return "boolean";
    }
    if (type instanceof SqlType.Real) {
      return "real";
    }
    if (type instanceof SqlType.DoublePrecision) {
      return "double precision";
    }
    if (type instanceof SqlType.Decimal d) {
      return "numeric(" + d.precision() + "," + d.scale() + ")";
    }
    if (type instanceof SqlType.Binary) {
      return "binary varying";
    }
    if (type instanceof SqlType.Uuid) {
      return "uuid";
    }
    if (type instanceof SqlType.Json) {
      return "json";
    }
    if (type instanceof SqlType.TimestampTz t) {
      return "timestamp(" + (t.precision() < 0 ? 6 : t.precision()) + ") with time zone";
    }
    if (type instanceof SqlType.Timestamp t) {
      return "timestamp(" + (t.precision() < 0 ? 6 : t.precision()) + ")";
    }
    if (type instanceof SqlType.TextArray) {
      return "character varying array";
    }
    if (type instanceof SqlType.IntegerArray) {
      return "integer array";
    }
    if (type instanceof SqlType.Date) {
      return "date";
    }
    if (type instanceof SqlType.Time t) {
      // H2's time defaults to whole seconds; keep microseconds as PostgreSQL and MySQL do.
      return "time(" + (t.precision() < 0 ? 6 : t.precision()) + ")";
    }
    throw new IllegalArgumentException("no H2 type for " + type);
  }

  /**
   * H2 reads backslashes in standard strings literally. Text with a character a script must not hold
   * ({@link #unsafeInScripts}) becomes a Unicode string, {@code U&'...'}, with that character written
   * {@code \\XXXX} and a backslash doubled.
   */
  @Override
  public String stringLiteral(String value) {
    if (!hasUnsafeInScripts(value)) {
      return standardString(value);
    }
    return escapedString("U&", value, c -> String.format(Locale.ROOT, "\\%04X", c));
  }

  /**
   * A character string assigned to H2's JSON type becomes a JSON string; the JSON literal keeps the
   * document, as does a Unicode string read {@code FORMAT JSON}.
   */
  @Override
  protected String jsonLiteral(String json) {
    return hasUnsafeInScripts(json) ? stringLiteral(json) + " FORMAT JSON" : "JSON " + standardString(json);
  }

  @Override
  protected String now(SqlType type) {
    if (type instanceof SqlType.Timestamp) {
      return "LOCALTIMESTAMP";
    }
    if (type instanceof SqlType.Date) {
      return "CURRENT_DATE";
    }
    if (type instanceof SqlType.Time) {
      return "LOCALTIME";
    }
    return "CURRENT_TIMESTAMP";
  }

  @Override
  protected String randomUuid() {
    return "RANDOM_UUID()";
  }
}
