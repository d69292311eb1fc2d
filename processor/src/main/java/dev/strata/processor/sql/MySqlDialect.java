package dev.strata.processor.sql;

import dev.strata.processor.model.Column;
import dev.strata.processor.model.SqlType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * MySQL 8.0.13+ and MariaDB 10.5+. Instants are stored as UTC in {@code datetime(6)} (MySQL's
 * {@code timestamp} ends in 2038), except in Better Auth's tables, which use {@code timestamp(3)}.
 */
public final class MySqlDialect extends Dialect {

  @Override
  public String id() {
    return "mysql";
  }

  @Override
  public String displayName() {
    return "MySQL/MariaDB";
  }

  @Override
  public String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  /** One character set and a binary collation: strings compare exactly as on PostgreSQL and H2. */
  @Override
  protected String tableOptions() {
    return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
  }

  @Override
  public String type(SqlType type) {
    if (type instanceof SqlType.Text t) {
      return t.keyLength() > 0 ? "varchar(" + t.keyLength() + ")" : "text";
    }
    if (type instanceof SqlType.Enum) {
      return "varchar(255)";
    }
    if (type instanceof SqlType.Varchar v) {
      return "varchar(" + v.length() + ")";
    }
    if (type instanceof SqlType.SmallInt) {
      return "smallint";
    }
    if (type instanceof SqlType.Integer) {
      return "int";
    }
    if (type instanceof SqlType.BigInt) {
      return "bigint";
    }
    if (type instanceof SqlType.Bool) {
      return "boolean";
    }
    if (type instanceof SqlType.Real) {
      return "float";
    }
    if (type instanceof SqlType.DoublePrecision) {
      return "double";
    }
    if (type instanceof SqlType.Decimal d) {
      return "decimal(" + d.precision() + "," + d.scale() + ")";
    }
    if (type instanceof SqlType.Binary) {
      return "longblob";
    }
    if (type instanceof SqlType.Uuid) {
      return "char(36)";
    }
    if (type instanceof SqlType.Json) {
      return "json";
    }
    if (type instanceof SqlType.TimestampTz t) {
      return t.mysqlTimestamp()
          ? "timestamp(" + (t.precision() < 0 ? 3 : t.precision()) + ")"
          : "datetime(" + (t.precision() < 0 ? 6 : t.precision()) + ")";
    }
    if (type instanceof SqlType.Timestamp t) {
      return "datetime(" + (t.precision() < 0 ? 6 : t.precision()) + ")";
    }
    if (type instanceof SqlType.Date) {
      return "date";
    }
    if (type instanceof SqlType.Time t) {
      return "time(" + (t.precision() < 0 ? 6 : t.precision()) + ")";
    }
    throw new IllegalArgumentException("no MySQL type for " + type);
  }

  @Override
  protected String columnDefinition(Column column) {
    StringBuilder out = new StringBuilder(type(column.type()));
    if (!column.nullable()) {
      out.append(" NOT NULL");
    }
    if (column.hasDefault()) {
      out.append(" DEFAULT ").append(defaultExpression(column));
    }
    if (column.identity()) {
      out.append(" AUTO_INCREMENT");
    }
    return out.toString();
  }

  /**
   * Backslash is an escape character in MySQL strings (unless NO_BACKSLASH_ESCAPES), so it is doubled
   * along with the quote.
   */
  @Override
  public String stringLiteral(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  /** Text, blob and JSON columns take only expression defaults, written in parentheses. */
  @Override
  public String defaultExpression(Column column) {
    String expression = super.defaultExpression(column);
    SqlType type = column.type();
    boolean needsParentheses =
        (type instanceof SqlType.Text t && t.keyLength() == 0) || type instanceof SqlType.Json || type instanceof SqlType.Binary;
    return needsParentheses && !expression.startsWith("(") ? "(" + expression + ")" : expression;
  }

  @Override
  public String literal(String value, SqlType type) {
    if (type instanceof SqlType.TimestampTz t && !t.mysqlTimestamp()) {
      return "'" + sqlDateTime(LocalDateTime.ofInstant(Instant.parse(value), ZoneOffset.UTC)) + "'";
    }
    if (type instanceof SqlType.TimestampTz) {
      return "'" + sqlDateTime(LocalDateTime.ofInstant(Instant.parse(value), ZoneOffset.UTC)) + "'";
    }
    if (type instanceof SqlType.Timestamp) {
      return "'" + sqlDateTime(LocalDateTime.parse(value)) + "'";
    }
    if (type instanceof SqlType.Date) {
      return "'" + value + "'";
    }
    if (type instanceof SqlType.Time) {
      return "'" + LocalTime.parse(value) + "'";
    }
    return super.literal(value, type);
  }

  @Override
  protected String now(SqlType type) {
    if (type instanceof SqlType.TimestampTz t) {
      int p = t.precision() < 0 ? (t.mysqlTimestamp() ? 3 : 6) : t.precision();
      // Instants are stored in UTC; CURRENT_TIMESTAMP would give the session's local time.
      return t.mysqlTimestamp() ? "CURRENT_TIMESTAMP(" + p + ")" : "(UTC_TIMESTAMP(" + p + "))";
    }
    if (type instanceof SqlType.Timestamp t) {
      return "CURRENT_TIMESTAMP(" + (t.precision() < 0 ? 6 : t.precision()) + ")";
    }
    if (type instanceof SqlType.Date) {
      return "(CURRENT_DATE)";
    }
    return "(CURRENT_TIME(" + (((SqlType.Time) type).precision() < 0 ? 6 : ((SqlType.Time) type).precision()) + "))";
  }
}
