package dev.strata.processor.sql;

import dev.strata.processor.diff.Change;
import dev.strata.processor.diff.Change.AddForeignKey;
import dev.strata.processor.diff.Change.CreateTable;
import dev.strata.processor.model.ArrayLiteral;
import dev.strata.processor.model.CheckExpression;
import dev.strata.processor.model.Column;
import dev.strata.processor.model.Constraint;
import dev.strata.processor.model.Constraint.PrimaryKey;
import dev.strata.processor.model.Constraint.Check;
import dev.strata.processor.model.Constraint.ForeignKey;
import dev.strata.processor.model.Constraint.Index;
import dev.strata.processor.model.Constraint.UniqueKey;
import dev.strata.processor.model.DefaultValue;
import dev.strata.processor.model.Names;
import dev.strata.processor.model.ReferentialAction;
import dev.strata.processor.model.SqlType;
import dev.strata.processor.model.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * How one database spells the schema. Subclasses give the types, literals and the statements that differ;
 * the quoting policy is the same everywhere: every identifier is quoted, exactly as the generated jOOQ
 * tables quote it.
 */
public abstract class Dialect {

  /** The databases Strata generates migrations for, by the name of their migration directory. */
  public static final List<String> ALL = List.of("postgresql", "mysql", "h2");

  /** The dialect for a directory name ({@code postgresql}, {@code mysql}, {@code h2}). */
  public static Dialect of(String id) {
    return switch (id) {
      case "postgresql" -> new PostgresDialect();
      case "mysql" -> new MySqlDialect();
      case "h2" -> new H2Dialect();
      default -> throw new IllegalArgumentException("unknown dialect " + id);
    };
  }

  /** The directory name under the migrations directory, as Flyway's vendor layout spells it. */
  public abstract String id();

  /** A human name, for comments and messages. */
  public abstract String displayName();

  /** Quotes an identifier, doubling the quote character inside it. */
  public abstract String quote(String identifier);

  /** The column type. */
  public abstract String type(SqlType type);

  /** A string literal, escaped for this database. */
  public abstract String stringLiteral(String value);

  /** The expression for the current time matching the column type. */
  protected abstract String now(SqlType type);

  /** Statements that open every migration (session settings), possibly none. */
  public List<Statement> prologue() {
    return List.of();
  }

  /** A prologue statement adapted to a migration that runs outside a transaction. */
  public Statement nonTransactional(Statement prologue) {
    return prologue;
  }

  /** Statements that close a migration that ran outside a transaction (undoing session settings). */
  public List<Statement> epilogue() {
    return List.of();
  }

  // ---- rendering changes --------------------------------------------------------------------------

  /** The statements of one change, in order; none when the change means nothing to this database. */
  public List<Statement> render(Change change) {
    if (change instanceof CreateTable c) {
      return List.of(Statement.safe(createTable(c.definition(), c.foreignKeys())));
    }
    if (change instanceof Change.DropTable c) {
      return List.of(destructive("DROP TABLE " + quote(c.table())));
    }
    if (change instanceof Change.RenameTable c) {
      return List.of(Statement.safe(renameTable(c.from(), c.to())));
    }
    if (change instanceof Change.AddColumn c) {
      return addColumn(c);
    }
    if (change instanceof Change.DropColumn c) {
      return List.of(destructive(alter(c.table()) + "DROP COLUMN " + quote(c.column().name())));
    }
    if (change instanceof Change.RenameColumn c) {
      return List.of(Statement.safe(renameColumn(c.table(), c.from(), c.to())));
    }
    if (change instanceof Change.AlterColumnType c) {
      if (type(c.from().type()).equals(type(c.to().type()))) {
        return List.of();
      }
      return alterColumnType(c);
    }
    if (change instanceof Change.AlterNullability c) {
      return c.to().nullable() ? dropNotNull(c) : setNotNull(c);
    }
    if (change instanceof Change.AlterDefault c) {
      return alterDefault(c);
    }
    if (change instanceof Change.AddConstraint c) {
      return addConstraint(c);
    }
    if (change instanceof Change.DropConstraint c) {
      return dropConstraint(c.table(), c.constraint());
    }
    if (change instanceof Change.RenameConstraint c) {
      return renameConstraint(c);
    }
    if (change instanceof AddForeignKey c) {
      return addForeignKeyStatements(c);
    }
    if (change instanceof Change.DropForeignKey c) {
      return dropForeignKeyStatements(c.table(), c.foreignKey(), c.ownIndex());
    }
    throw new UnsupportedOperationException(displayName() + " cannot render " + change);
  }

  protected static Statement destructive(String sql) {
    return new Statement(sql, Statement.Risk.DESTRUCTIVE, true);
  }

  protected static Statement dataDependent(String sql) {
    return new Statement(sql, Statement.Risk.DATA_DEPENDENT, true);
  }

  /** {@code ALTER TABLE "t" }. */
  protected String alter(String table) {
    return "ALTER TABLE " + quote(table) + " ";
  }

  protected String renameTable(String from, String to) {
    return alter(from) + "RENAME TO " + quote(to);
  }

  protected String renameColumn(String table, String from, String to) {
    return alter(table) + "RENAME COLUMN " + quote(from) + " TO " + quote(to);
  }

  protected List<Statement> addColumn(Change.AddColumn c) {
    Column column = c.column();
    String add = alter(c.table()) + "ADD COLUMN " + quote(column.name()) + " ";
    if (c.backfill() == null) {
      return List.of(new Statement(add + columnDefinition(column), column.nullable() || column.hasDefault()
          ? Statement.Risk.SAFE : Statement.Risk.DATA_DEPENDENT, true));
    }
    if (c.backfill().literal() != null) {
      Column withDefault = column.withDefault(new DefaultValue.Literal(c.backfill().literal()));
      return List.of(
          Statement.safe(add + columnDefinition(withDefault)),
          Statement.safe(alter(c.table()) + "ALTER COLUMN " + quote(column.name()) + " DROP DEFAULT"));
    }
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.safe(add + columnDefinition(column.withNullable(true))));
    statements.add(dataDependent(
        "UPDATE " + quote(c.table()) + " SET " + quote(column.name()) + " = " + checkExpression(c.backfill().expression())));
    statements.addAll(setNotNull(new Change.AlterNullability(c.table(), column.withNullable(true), column, null)));
    return statements;
  }

  protected List<Statement> alterColumnType(Change.AlterColumnType c) {
    return aroundDefault(c, dataDependent(
        alter(c.table()) + "ALTER COLUMN " + quote(c.to().name()) + " SET DATA TYPE " + type(c.to().type())));
  }

  /**
   * A type change with the column's default taken off before and set after: a default of the old type
   * may not cast to the new one, and H2 keeps the old default's text ({@code CURRENT_DATE} on what is now
   * a timestamp).
   */
  protected List<Statement> aroundDefault(Change.AlterColumnType c, Statement typeChange) {
    List<Statement> statements = new ArrayList<>();
    String column = alter(c.table()) + "ALTER COLUMN " + quote(c.to().name());
    if (c.from().hasDefault()) {
      statements.add(Statement.safe(column + " DROP DEFAULT"));
    }
    statements.add(typeChange);
    if (c.to().hasDefault()) {
      statements.add(Statement.safe(column + " SET DEFAULT " + defaultExpression(c.to())));
    }
    return statements;
  }

  /** The backfill UPDATE before a column becomes NOT NULL, if there is a backfill. */
  protected List<Statement> backfillNulls(Change.AlterNullability c) {
    if (c.backfill() == null) {
      return List.of();
    }
    String value = c.backfill().literal() != null
        ? literal(c.backfill().literal(), c.to().type())
        : checkExpression(c.backfill().expression());
    return List.of(dataDependent(
        "UPDATE " + quote(c.table()) + " SET " + quote(c.to().name()) + " = " + value + " WHERE " + quote(c.to().name()) + " IS NULL"));
  }

  protected List<Statement> setNotNull(Change.AlterNullability c) {
    List<Statement> statements = new ArrayList<>(backfillNulls(c));
    statements.add(dataDependent(alter(c.table()) + "ALTER COLUMN " + quote(c.to().name()) + " SET NOT NULL"));
    return statements;
  }

  protected List<Statement> dropNotNull(Change.AlterNullability c) {
    return List.of(Statement.safe(alter(c.table()) + "ALTER COLUMN " + quote(c.to().name()) + " DROP NOT NULL"));
  }

  protected List<Statement> alterDefault(Change.AlterDefault c) {
    String column = alter(c.table()) + "ALTER COLUMN " + quote(c.to().name());
    return List.of(Statement.safe(
        c.to().hasDefault() ? column + " SET DEFAULT " + defaultExpression(c.to()) : column + " DROP DEFAULT"));
  }

  protected List<Statement> addConstraint(Change.AddConstraint c) {
    Constraint constraint = c.constraint();
    if (constraint instanceof Index index) {
      return List.of(Statement.safe(createIndex(c.table(), index)));
    }
    String sql = alter(c.table()) + "ADD " + constraintClause(constraint);
    return List.of(c.existingTable()
        ? dataDependent(sql)
        : Statement.safe(sql));
  }

  /** {@code CONSTRAINT "n" PRIMARY KEY (...)}, {@code UNIQUE}, or {@code CHECK}. */
  protected String constraintClause(Constraint constraint) {
    if (constraint instanceof PrimaryKey pk) {
      return "CONSTRAINT " + quote(pk.name()) + " PRIMARY KEY " + columnList(pk.columns());
    }
    if (constraint instanceof UniqueKey unique) {
      return "CONSTRAINT " + quote(unique.name()) + " UNIQUE " + columnList(unique.columns());
    }
    if (constraint instanceof Check check) {
      return "CONSTRAINT " + quote(check.name()) + " CHECK (" + checkExpression(check.expression()) + ")";
    }
    throw new IllegalArgumentException("not a table constraint: " + constraint);
  }

  protected List<Statement> dropConstraint(String table, Constraint constraint) {
    if (constraint instanceof Index index) {
      return List.of(Statement.safe(dropIndex(table, index)));
    }
    return List.of(Statement.safe(alter(table) + "DROP CONSTRAINT " + quote(constraint.name())));
  }

  protected String dropIndex(String table, Index index) {
    return "DROP INDEX " + quote(index.name());
  }

  protected List<Statement> renameConstraint(Change.RenameConstraint c) {
    if (c.from() instanceof Index) {
      return List.of(Statement.safe("ALTER INDEX " + quote(c.from().name()) + " RENAME TO " + quote(c.to().name())));
    }
    return List.of(Statement.safe(alter(c.table()) + "RENAME CONSTRAINT " + quote(c.from().name()) + " TO " + quote(c.to().name())));
  }

  protected List<Statement> addForeignKeyStatements(AddForeignKey c) {
    String sql = addForeignKey(c.table(), c.foreignKey());
    return List.of(c.existingTable()
        ? dataDependent(sql)
        : Statement.safe(sql));
  }

  protected List<Statement> dropForeignKeyStatements(String table, ForeignKey fk, boolean ownIndex) {
    return List.of(Statement.safe(dropForeignKey(table, fk)));
  }

  protected String dropForeignKey(String table, ForeignKey fk) {
    return alter(table) + "DROP CONSTRAINT " + quote(fk.name());
  }

  protected String createTable(Table table, List<ForeignKey> foreignKeys) {
    List<String> lines = new ArrayList<>();
    for (Column column : table.columns()) {
      lines.add(quote(column.name()) + " " + columnDefinition(column));
    }
    if (table.primaryKey() != null) {
      lines.add("CONSTRAINT " + quote(table.primaryKey().name()) + " PRIMARY KEY " + columnList(table.primaryKey().columns()));
    }
    for (UniqueKey unique : table.uniqueKeys()) {
      lines.add("CONSTRAINT " + quote(unique.name()) + " UNIQUE " + columnList(unique.columns()));
    }
    for (Column column : table.columns()) {
      if (column.type() instanceof SqlType.Enum enumType) {
        lines.add(enumCheck(table.name(), column.name(), enumType));
      }
    }
    for (Check check : table.checks()) {
      lines.add("CONSTRAINT " + quote(check.name()) + " CHECK (" + checkExpression(check.expression()) + ")");
    }
    for (ForeignKey fk : foreignKeys) {
      lines.add("CONSTRAINT " + quote(fk.name()) + " " + foreignKeyClause(fk));
    }
    return "CREATE TABLE " + quote(table.name()) + " (\n    " + String.join(",\n    ", lines) + "\n)" + tableOptions();
  }

  /** Text after a CREATE TABLE's closing parenthesis (MySQL's engine and character set). */
  protected String tableOptions() {
    return "";
  }

  /** A column's type, identity, default and nullability, after its name. */
  protected String columnDefinition(Column column) {
    StringBuilder out = new StringBuilder(type(column.type()));
    if (column.identity()) {
      out.append(" GENERATED BY DEFAULT AS IDENTITY");
    }
    if (column.hasDefault()) {
      out.append(" DEFAULT ").append(defaultExpression(column));
    }
    if (!column.nullable()) {
      out.append(" NOT NULL");
    }
    return out.toString();
  }

  protected String enumCheck(String table, String column, SqlType.Enum enumType) {
    return "CONSTRAINT " + quote(Names.enumCheckName(table, column)) + " CHECK (" + enumCondition(column, enumType) + ")";
  }

  protected String enumCondition(String column, SqlType.Enum enumType) {
    return quote(column) + " IN (" + enumType.constants().stream().map(this::stringLiteral).collect(Collectors.joining(", ")) + ")";
  }

  protected String foreignKeyClause(ForeignKey fk) {
    StringBuilder out =
        new StringBuilder("FOREIGN KEY ")
            .append(columnList(fk.columns()))
            .append(" REFERENCES ")
            .append(quote(fk.targetTable()))
            .append(" ")
            .append(columnList(fk.targetColumns()));
    if (fk.onDelete() != ReferentialAction.NO_ACTION) {
      out.append(" ON DELETE ").append(fk.onDelete().sql());
    }
    if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
      out.append(" ON UPDATE ").append(fk.onUpdate().sql());
    }
    return out.toString();
  }

  protected String createIndex(String table, Index index) {
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON " + quote(table) + " "
        + columnList(index.columns());
  }

  protected String addForeignKey(String table, ForeignKey fk) {
    return "ALTER TABLE " + quote(table) + " ADD CONSTRAINT " + quote(fk.name()) + " " + foreignKeyClause(fk);
  }

  protected String columnList(List<String> columns) {
    return "(" + columns.stream().map(this::quote).collect(Collectors.joining(", ")) + ")";
  }

  /** A check expression with its column references quoted and its literals escaped for this database. */
  public String checkExpression(CheckExpression expression) {
    StringBuilder out = new StringBuilder();
    for (CheckExpression.Part part : expression.parts()) {
      if (part instanceof CheckExpression.Raw raw) {
        out.append(raw.sql());
      } else if (part instanceof CheckExpression.ColumnRef ref) {
        out.append(quote(ref.column()));
      } else if (part instanceof CheckExpression.StringLiteral literal) {
        out.append(stringLiteral(literal.value()));
      }
    }
    return out.toString();
  }

  // ---- defaults -----------------------------------------------------------------------------------

  /** The expression after DEFAULT. */
  public String defaultExpression(Column column) {
    DefaultValue value = column.defaultValue();
    if (value instanceof DefaultValue.Now) {
      return now(column.type());
    }
    if (value instanceof DefaultValue.RandomUuid) {
      return randomUuid();
    }
    return literal(((DefaultValue.Literal) value).value(), column.type());
  }

  protected String randomUuid() {
    throw new UnsupportedOperationException(displayName() + " has no random UUID default");
  }

  /** A canonical literal (see {@code DefaultValue.Literal}) rendered for the column type. */
  public String literal(String value, SqlType type) {
    if (type.isCharacter() || type instanceof SqlType.Uuid) {
      return stringLiteral(value);
    }
    if (type instanceof SqlType.Json) {
      return jsonLiteral(value);
    }
    if (type.isArray()) {
      return arrayLiteral(ArrayLiteral.elements(value), type);
    }
    if (type instanceof SqlType.Bool) {
      return value.equals("true") ? "TRUE" : "FALSE";
    }
    if (type instanceof SqlType.TimestampTz) {
      return timestampTzLiteral(Instant.parse(value));
    }
    if (type instanceof SqlType.Timestamp) {
      return "TIMESTAMP '" + sqlDateTime(LocalDateTime.parse(value)) + "'";
    }
    if (type instanceof SqlType.Date) {
      return "DATE '" + value + "'";
    }
    if (type instanceof SqlType.Time) {
      return "TIME '" + LocalTime.parse(value) + "'";
    }
    // Numbers: canonical text is a plain SQL numeric literal.
    return value;
  }

  protected String jsonLiteral(String json) {
    return stringLiteral(json);
  }

  /**
   * An array value from the elements of a canonical JSON array (strings already unquoted). Standard SQL
   * {@code ARRAY[...]}, which PostgreSQL and H2 read; MySQL, without arrays, keeps the JSON text.
   */
  protected String arrayLiteral(List<String> elements, SqlType type) {
    List<String> rendered = new ArrayList<>();
    for (String element : elements) {
      rendered.add(type instanceof SqlType.TextArray ? stringLiteral(element) : element);
    }
    return "ARRAY[" + String.join(", ", rendered) + "]";
  }

  protected String timestampTzLiteral(Instant instant) {
    return "TIMESTAMP WITH TIME ZONE '" + sqlDateTime(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "+00:00'";
  }

  /** {@code 2024-01-31 10:15:30.5}: the ISO form with a space, which every database reads. */
  protected static String sqlDateTime(LocalDateTime dateTime) {
    return dateTime.toLocalDate() + " " + dateTime.toLocalTime();
  }

  /** A standard SQL string literal: single quotes, doubled inside. */
  protected static String standardString(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /**
   * Whether the character at {@code index} must not appear as it is in a migration script, whatever the
   * database: Flyway drops every U+FEFF (byte order mark) it reads, anywhere in a script, and plain Flyway
   * replaces {@code ${name}} placeholders (Strata's runtime turns that off; Spring Boot does not), so the
   * {@code $} of a {@code ${} is written escaped. Each dialect escapes them its own way.
   */
  protected static boolean unsafeInScripts(String value, int index) {
    char c = value.charAt(index);
    return c == '\uFEFF' || c == '$' && index + 1 < value.length() && value.charAt(index + 1) == '{';
  }

  /**
   * {@code <prefix>'...'} for a dialect whose prefixed strings read backslash escapes: quotes and
   * backslashes doubled, and each character a script must not hold written as {@code escape} gives it.
   */
  protected static String escapedString(String prefix, String value, IntFunction<String> escape) {
    StringBuilder out = new StringBuilder(prefix).append('\'');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else if (c == '\'') {
        out.append("''");
      } else if (unsafeInScripts(value, i)) {
        out.append(escape.apply(c));
      } else {
        out.append(c);
      }
    }
    return out.append('\'').toString();
  }

  /** Whether any character of the value must not appear as it is in a migration script. */
  protected static boolean hasUnsafeInScripts(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (unsafeInScripts(value, i)) {
        return true;
      }
    }
    return false;
  }

  protected static String precision(String base, int precision) {
    return precision < 0 ? base : base + "(" + precision + ")";
  }

  @Override
  public String toString() {
    return id().toUpperCase(Locale.ROOT);
  }
}
