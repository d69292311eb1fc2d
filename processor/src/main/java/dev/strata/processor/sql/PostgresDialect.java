package dev.strata.processor.sql;

import dev.strata.processor.model.SqlType;
import java.util.List;

/** PostgreSQL 12 and later. */
public final class PostgresDialect extends Dialect {

  /** How long a migration statement waits for a lock before failing, instead of queueing live traffic. */
  static final String LOCK_TIMEOUT = "5s";

  @Override
  public String id() {
    return "postgresql";
  }

  @Override
  public String displayName() {
    return "PostgreSQL";
  }

  @Override
  public String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  @Override
  public List<Statement> prologue() {
    return List.of(
        Statement.safe(
            "SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'",
            "Fail fast instead of queueing behind long transactions while waiting for a lock."));
  }

  @Override
  public String type(SqlType type) {
    if (type instanceof SqlType.Text || type instanceof SqlType.Enum) {
      return "text";
    }
    if (type instanceof SqlType.Varchar v) {
      return "varchar(" + v.length() + ")";
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
      return "bytea";
    }
    if (type instanceof SqlType.Uuid) {
      return "uuid";
    }
    if (type instanceof SqlType.Json) {
      return "jsonb";
    }
    if (type instanceof SqlType.TimestampTz t) {
      return precision("timestamptz", t.precision());
    }
    if (type instanceof SqlType.Timestamp t) {
      return precision("timestamp", t.precision());
    }
    if (type instanceof SqlType.Date) {
      return "date";
    }
    if (type instanceof SqlType.Time t) {
      return precision("time", t.precision());
    }
    throw new IllegalArgumentException("no PostgreSQL type for " + type);
  }

  /**
   * Standard strings are read literally only while {@code standard_conforming_strings} is on; an escape
   * string ({@code E'...'}) reads the same under either setting, so text with a backslash uses one.
   */
  @Override
  public String stringLiteral(String value) {
    if (value.indexOf('\\') < 0) {
      return standardString(value);
    }
    return "E'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
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
    return "pg_catalog.gen_random_uuid()";
  }
}
