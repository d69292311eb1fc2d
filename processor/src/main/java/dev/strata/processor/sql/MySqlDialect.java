package dev.strata.processor.sql;

import dev.strata.processor.diff.Change;
import dev.strata.processor.diff.TypeChanges;
import dev.strata.processor.model.ArrayLiteral;
import dev.strata.processor.model.Column;
import dev.strata.processor.model.Constraint;
import dev.strata.processor.model.Constraint.ForeignKey;
import dev.strata.processor.model.Constraint.Index;
import dev.strata.processor.model.Constraint.PrimaryKey;
import dev.strata.processor.model.Constraint.UniqueKey;
import dev.strata.processor.model.SqlType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

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
  protected String renameTable(String from, String to) {
    return "RENAME TABLE " + quote(from) + " TO " + quote(to);
  }

  /** MODIFY restates the whole column: type, nullability, default and AUTO_INCREMENT. */
  private Statement modify(String table, Column column, Statement.Risk risk) {
    return new Statement(alter(table) + "MODIFY COLUMN " + quote(column.name()) + " " + columnDefinition(column), risk, true);
  }

  @Override
  protected List<Statement> alterColumnType(Change.AlterColumnType c) {
    Statement.Risk risk = TypeChanges.isWidening(c.from().type(), c.to().type()) ? Statement.Risk.SAFE : Statement.Risk.DATA_DEPENDENT;
    return List.of(modify(c.table(), c.to(), risk));
  }

  @Override
  protected List<Statement> setNotNull(Change.AlterNullability c) {
    List<Statement> statements = new ArrayList<>(backfillNulls(c));
    statements.add(modify(c.table(), c.to(), Statement.Risk.DATA_DEPENDENT));
    return statements;
  }

  @Override
  protected List<Statement> dropNotNull(Change.AlterNullability c) {
    return List.of(modify(c.table(), c.to(), Statement.Risk.SAFE));
  }

  @Override
  protected List<Statement> alterDefault(Change.AlterDefault c) {
    return List.of(modify(c.table(), c.to(), Statement.Risk.SAFE));
  }

  @Override
  protected List<Statement> dropConstraint(String table, Constraint constraint) {
    if (constraint instanceof PrimaryKey) {
      return List.of(Statement.safe(alter(table) + "DROP PRIMARY KEY"));
    }
    if (constraint instanceof UniqueKey unique) {
      return List.of(Statement.safe(alter(table) + "DROP INDEX " + quote(unique.name())));
    }
    return super.dropConstraint(table, constraint);
  }

  @Override
  protected String dropIndex(String table, Index index) {
    return "DROP INDEX " + quote(index.name()) + " ON " + quote(table);
  }

  @Override
  protected List<Statement> renameConstraint(Change.RenameConstraint c) {
    Constraint from = c.from();
    if (from instanceof PrimaryKey) {
      return List.of();
    }
    if (from instanceof UniqueKey || from instanceof Index) {
      return List.of(Statement.safe(alter(c.table()) + "RENAME INDEX " + quote(from.name()) + " TO " + quote(c.to().name())));
    }
    // MySQL cannot rename a check or a foreign key: drop it and add it under the new name.
    List<Statement> statements = new ArrayList<>();
    if (from instanceof ForeignKey fk) {
      statements.addAll(dropForeignKeyStatements(c.table(), fk, c.ownIndex()));
      statements.add(Statement.safe(addForeignKey(c.table(), (ForeignKey) c.to())));
    } else {
      statements.addAll(super.dropConstraint(c.table(), from));
      statements.add(Statement.safe(alter(c.table()) + "ADD " + constraintClause(c.to())));
    }
    return statements;
  }

  /** The index MySQL made for the foreign key stays when the key is dropped; it goes with it here. */
  @Override
  protected List<Statement> dropForeignKeyStatements(String table, ForeignKey fk, boolean ownIndex) {
    List<Statement> statements = new ArrayList<>(super.dropForeignKeyStatements(table, fk, ownIndex));
    if (ownIndex) {
      statements.add(Statement.safe("DROP INDEX " + quote(fk.name()) + " ON " + quote(table)));
    }
    return statements;
  }

  @Override
  protected String dropForeignKey(String table, ForeignKey fk) {
    return alter(table) + "DROP FOREIGN KEY " + quote(fk.name());
  }

  @Override
  public String type(SqlType type) {
    if (type instanceof SqlType.Text t) {
      return t.keyLength() > 0 ? "varchar(" + t.keyLength() + ")" : "text";
    }
    if (type instanceof SqlType.Enum) {
      return "varchar(255)";
    }
    if (type instanceof SqlType.NativeEnum e) {
      return "enum(" + String.join(",", e.constants().stream().map(this::stringLiteral).toList()) + ")";
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
      return "varchar(36)";
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
      return t.mysqlTimestamp()
          ? "timestamp(" + (t.precision() < 0 ? 3 : t.precision()) + ")"
          : "datetime(" + (t.precision() < 0 ? 6 : t.precision()) + ")";
    }
    if (type.isArray()) {
      return "text";
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
    } else if (column.type().isMysqlTimestamp()) {
      // Without explicit_defaults_for_timestamp (off before MySQL 8.0.2 and MariaDB 10.10), a bare timestamp
      // column is NOT NULL with a zero default.
      out.append(" NULL");
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
   * A backslash in a MySQL string is an escape character, unless the session's {@code sql_mode} holds
   * NO_BACKSLASH_ESCAPES: no way of writing one inside quotes reads the same in both modes. So text with
   * a backslash, or with a character a script must not hold ({@link #unsafeInScripts}), becomes
   * {@code concat(...)} of quoted runs and {@code char(<UTF-8 bytes> using utf8mb4)} for those characters
   * (a {@code ${} is cut between its two characters). Quotes are doubled.
   */
  @Override
  public String stringLiteral(String value) {
    List<String> parts = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '$' && unsafeInScripts(value, i)) {
        run.append(c);
        parts.add(standardString(run.toString()));
        run.setLength(0);
      } else if (c == '\\' || unsafeInScripts(value, i)) {
        if (run.length() > 0) {
          parts.add(standardString(run.toString()));
          run.setLength(0);
        }
        parts.add("char(" + new BigInteger(1, String.valueOf(c).getBytes(StandardCharsets.UTF_8)) + " using utf8mb4)");
      } else {
        run.append(c);
      }
    }
    if (run.length() > 0 || parts.isEmpty()) {
      parts.add(standardString(run.toString()));
    }
    return parts.size() == 1 && parts.get(0).startsWith("'") ? parts.get(0) : "concat(" + String.join(", ", parts) + ")";
  }

  /** Text, blob and JSON columns take only expression defaults, written in parentheses. */
  @Override
  public String defaultExpression(Column column) {
    String expression = super.defaultExpression(column);
    SqlType type = column.type();
    boolean needsParentheses =
        (type instanceof SqlType.Text t && t.keyLength() == 0) || type instanceof SqlType.Json || type instanceof SqlType.Binary
            || type.isArray();
    // A string written with concat(...) is an expression, which a default takes only in parentheses.
    needsParentheses |= expression.startsWith("concat(");
    return needsParentheses && !expression.startsWith("(") ? "(" + expression + ")" : expression;
  }

  @Override
  public String literal(String value, SqlType type) {
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

  /** MySQL has no arrays: lists are JSON text. */
  @Override
  protected String arrayLiteral(List<String> elements, SqlType type) {
    return stringLiteral(ArrayLiteral.json(elements, type instanceof SqlType.TextArray));
  }

  /** MySQL 8.0.13+ and MariaDB take {@code uuid()} as an expression default. */
  @Override
  protected String randomUuid() {
    return "(uuid())";
  }

  @Override
  protected String now(SqlType type) {
    if (type instanceof SqlType.TimestampTz t) {
      int p = t.precision() < 0 ? (t.mysqlTimestamp() ? 3 : 6) : t.precision();
      // Instants are stored in UTC; CURRENT_TIMESTAMP would give the session's local time.
      return t.mysqlTimestamp() ? "CURRENT_TIMESTAMP(" + p + ")" : "(UTC_TIMESTAMP(" + p + "))";
    }
    if (type instanceof SqlType.Timestamp t) {
      return "CURRENT_TIMESTAMP(" + (t.precision() < 0 ? (t.mysqlTimestamp() ? 3 : 6) : t.precision()) + ")";
    }
    if (type instanceof SqlType.Date) {
      return "(CURRENT_DATE)";
    }
    return "(CURRENT_TIME(" + (((SqlType.Time) type).precision() < 0 ? 6 : ((SqlType.Time) type).precision()) + "))";
  }
}
