package dev.strata.processor.sql;

import dev.strata.processor.diff.Change;
import dev.strata.processor.diff.TypeChanges;
import dev.strata.processor.model.Constraint;
import dev.strata.processor.model.Constraint.Check;
import dev.strata.processor.model.Constraint.Index;
import dev.strata.processor.model.Constraint.UniqueKey;
import dev.strata.processor.model.Names;
import dev.strata.processor.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
            "SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'"));
  }

  /** Outside a transaction {@code SET LOCAL} has no effect: the setting holds for the session, then is reset. */
  @Override
  public Statement nonTransactional(Statement prologue) {
    return new Statement(prologue.sql().replace("SET LOCAL ", "SET "), prologue.risk(), false);
  }

  @Override
  public List<Statement> epilogue() {
    return List.of(new Statement("RESET lock_timeout", Statement.Risk.SAFE, false));
  }

  private static Statement online(String sql, Statement.Risk risk) {
    return new Statement(sql, risk, false);
  }

  @Override
  protected List<Statement> alterColumnType(Change.AlterColumnType c) {
    String column = quote(c.to().name());
    String newType = type(c.to().type());
    SqlType from = c.from().type();
    SqlType to = c.to().type();
    String using;
    if (from instanceof SqlType.Bool && to.isIntegral()) {
      using = "CASE WHEN " + column + " THEN 1 ELSE 0 END";
    } else if (from.isIntegral() && to instanceof SqlType.Bool) {
      using = column + " <> 0";
    } else {
      using = column + "::" + newType;
    }
    Statement.Risk risk = TypeChanges.isWidening(from, to) ? Statement.Risk.SAFE : Statement.Risk.DATA_DEPENDENT;
    return aroundDefault(c, new Statement(alter(c.table()) + "ALTER COLUMN " + column + " TYPE " + newType + " USING " + using, risk, true));
  }

  /**
   * NOT NULL without a long exclusive lock: a NOT VALID check is added (brief lock), validated while reads
   * and writes go on, and then SET NOT NULL uses it instead of scanning (PostgreSQL 12+).
   */
  @Override
  protected List<Statement> setNotNull(Change.AlterNullability c) {
    List<Statement> statements = new ArrayList<>(backfillNulls(c));
    String column = quote(c.to().name());
    String check = quote(Names.constraintName(c.table(), List.of(c.to().name()), "not_null"));
    statements.add(Statement.safe(alter(c.table()) + "ADD CONSTRAINT " + check + " CHECK (" + column + " IS NOT NULL) NOT VALID"));
    statements.add(online(alter(c.table()) + "VALIDATE CONSTRAINT " + check, Statement.Risk.DATA_DEPENDENT));
    statements.add(online(alter(c.table()) + "ALTER COLUMN " + column + " SET NOT NULL", Statement.Risk.SAFE));
    statements.add(online(alter(c.table()) + "DROP CONSTRAINT " + check, Statement.Risk.SAFE));
    return statements;
  }

  @Override
  protected List<Statement> addConstraint(Change.AddConstraint c) {
    Constraint constraint = c.constraint();
    if (!c.existingTable()) {
      return super.addConstraint(c);
    }
    String table = quote(c.table());
    if (constraint instanceof Index index) {
      return List.of(online(
          "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY " + quote(index.name()) + " ON " + table + " " + columnList(index.columns()),
          index.unique() ? Statement.Risk.DATA_DEPENDENT : Statement.Risk.SAFE));
    }
    if (constraint instanceof UniqueKey unique) {
      return List.of(
          online("CREATE UNIQUE INDEX CONCURRENTLY " + quote(unique.name()) + " ON " + table + " " + columnList(unique.columns()),
              Statement.Risk.DATA_DEPENDENT),
          online(alter(c.table()) + "ADD CONSTRAINT " + quote(unique.name()) + " UNIQUE USING INDEX " + quote(unique.name()),
              Statement.Risk.SAFE));
    }
    if (constraint instanceof Check check) {
      return List.of(
          Statement.safe(alter(c.table()) + "ADD CONSTRAINT " + quote(check.name()) + " CHECK (" + checkExpression(check.expression()) + ") NOT VALID"),
          online(alter(c.table()) + "VALIDATE CONSTRAINT " + quote(check.name()), Statement.Risk.DATA_DEPENDENT));
    }
    return List.of(dataDependent(alter(c.table()) + "ADD " + constraintClause(constraint)));
  }

  @Override
  protected List<Statement> addForeignKeyStatements(Change.AddForeignKey c) {
    if (!c.existingTable()) {
      return super.addForeignKeyStatements(c);
    }
    return List.of(
        Statement.safe(addForeignKey(c.table(), c.foreignKey()) + " NOT VALID"),
        online(alter(c.table()) + "VALIDATE CONSTRAINT " + quote(c.foreignKey().name()), Statement.Risk.DATA_DEPENDENT));
  }

  @Override
  public String type(SqlType type) {
    if (type instanceof SqlType.Text || type instanceof SqlType.Enum || type instanceof SqlType.NativeEnum) {
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
    if (type instanceof SqlType.TextArray) {
      return "text[]";
    }
    if (type instanceof SqlType.IntegerArray) {
      return "integer[]";
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
   * string ({@code E'...'}) reads the same under either setting, so text with a backslash uses one, as
   * does text with a character a script must not hold ({@link #unsafeInScripts}), written {@code \\uXXXX}.
   * Quotes are doubled, never backslash-escaped, so that a tool that does not know escape strings still
   * finds where the literal ends.
   */
  @Override
  public String stringLiteral(String value) {
    if (value.indexOf('\\') < 0 && !hasUnsafeInScripts(value)) {
      return standardString(value);
    }
    return escapedString("E", value, c -> String.format(Locale.ROOT, "\\u%04X", c));
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

  /** PostgreSQL's array text, {@code '{}'} or {@code '{"a","b"}'}, which the column's type reads. */
  @Override
  protected String arrayLiteral(List<String> elements, SqlType type) {
    List<String> rendered = new ArrayList<>();
    for (String element : elements) {
      rendered.add(type instanceof SqlType.TextArray ? "\"" + element.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : element);
    }
    return stringLiteral("{" + String.join(",", rendered) + "}");
  }

  @Override
  protected String randomUuid() {
    return "pg_catalog.gen_random_uuid()";
  }
}
