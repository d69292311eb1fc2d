package dev.strata.processor.snapshot;

import dev.strata.processor.model.CheckExpression;
import dev.strata.processor.model.Column;
import dev.strata.processor.model.Constraint.Check;
import dev.strata.processor.model.Constraint.ForeignKey;
import dev.strata.processor.model.Constraint.Index;
import dev.strata.processor.model.Constraint.PrimaryKey;
import dev.strata.processor.model.Constraint.UniqueKey;
import dev.strata.processor.model.DefaultValue;
import dev.strata.processor.model.ReferentialAction;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SqlType;
import dev.strata.processor.model.Table;
import dev.strata.processor.model.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes and reads schema snapshots: the committed record of the schema after a migration, which the
 * processor diffs the code against. The format is line-oriented (one object per line, so git diffs and
 * merges stay readable), deterministic, and independent of any database:
 *
 * <pre>
 * strata-snapshot 1
 * table "posts" app
 *   column "id" bigint not-null identity
 *   column "title" varchar(200) not-null default "untitled"
 *   column "created_at" timestamptz not-null default-now
 *   primary-key "posts_pkey" ("id")
 *   unique "posts_author_id_slug_key" ("author_id","slug")
 *   foreign-key "posts_author_id_fkey" ("author_id") references "authors" ("id") on-delete cascade
 *   check "posts_views_check" "{views} >= 0"
 * </pre>
 *
 * <p>Names and values are quoted with JSON string escapes.
 */
public final class SnapshotCodec {

  public static final String HEADER = "strata-snapshot 1";

  private SnapshotCodec() {}

  public static String write(Schema schema, String comment) {
    StringBuilder out = new StringBuilder();
    for (String line : comment.split("\n", -1)) {
      out.append("# ").append(line).append('\n');
    }
    out.append(HEADER).append('\n');
    for (Table table : schema.tables()) {
      out.append("table ").append(quote(table.name())).append(' ').append(table.kind().name().toLowerCase(Locale.ROOT)).append('\n');
      for (Column column : table.columns()) {
        out.append("  column ").append(quote(column.name())).append(' ').append(typeToken(column.type()));
        if (column.type().isMysqlTimestamp()) {
          out.append(" mysql-timestamp");
        }
        if (!column.nullable()) {
          out.append(" not-null");
        }
        if (column.identity()) {
          out.append(" identity");
        }
        DefaultValue value = column.defaultValue();
        if (value instanceof DefaultValue.Now) {
          out.append(" default-now");
        } else if (value instanceof DefaultValue.RandomUuid) {
          out.append(" default-random-uuid");
        } else if (value instanceof DefaultValue.Literal literal) {
          out.append(" default ").append(quote(literal.value()));
        }
        out.append('\n');
      }
      if (table.primaryKey() != null) {
        out.append("  primary-key ").append(quote(table.primaryKey().name())).append(' ').append(list(table.primaryKey().columns())).append('\n');
      }
      for (UniqueKey key : table.uniqueKeys()) {
        out.append("  unique ").append(quote(key.name())).append(' ').append(list(key.columns())).append('\n');
      }
      for (Index index : table.indexes()) {
        out.append(index.unique() ? "  unique-index " : "  index ").append(quote(index.name())).append(' ').append(list(index.columns())).append('\n');
      }
      for (ForeignKey fk : table.foreignKeys()) {
        out.append("  foreign-key ").append(quote(fk.name())).append(' ').append(list(fk.columns()))
            .append(" references ").append(quote(fk.targetTable())).append(' ').append(list(fk.targetColumns()));
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
          out.append(" on-delete ").append(action(fk.onDelete()));
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
          out.append(" on-update ").append(action(fk.onUpdate()));
        }
        out.append('\n');
      }
      for (Check check : table.checks()) {
        out.append("  check ").append(quote(check.name())).append(' ').append(quote(check.expression().canonical())).append('\n');
      }
    }
    return out.toString();
  }

  private static String action(ReferentialAction action) {
    return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String list(List<String> names) {
    StringBuilder out = new StringBuilder("(");
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(names.get(i)));
    }
    return out.append(')').toString();
  }

  /** The type as the snapshot writes it, e.g. {@code varchar(200)}; also used in messages. */
  public static String typeName(SqlType type) {
    return typeToken(type);
  }

  static String typeToken(SqlType type) {
    if (type instanceof SqlType.Text t) {
      return t.keyLength() > 0 ? "text(" + t.keyLength() + ")" : "text";
    }
    if (type instanceof SqlType.Varchar v) {
      return "varchar(" + v.length() + ")";
    }
    if (type instanceof SqlType.Enum e) {
      return "enum" + list(e.constants());
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
      return "double";
    }
    if (type instanceof SqlType.Decimal d) {
      return "numeric(" + d.precision() + "," + d.scale() + ")";
    }
    if (type instanceof SqlType.Binary) {
      return "binary";
    }
    if (type instanceof SqlType.Uuid) {
      return "uuid";
    }
    if (type instanceof SqlType.Json) {
      return "json";
    }
    if (type instanceof SqlType.NativeEnum e) {
      return "native-enum" + list(e.constants());
    }
    if (type instanceof SqlType.TextArray) {
      return "text-array";
    }
    if (type instanceof SqlType.IntegerArray) {
      return "integer-array";
    }
    if (type instanceof SqlType.TimestampTz t) {
      return t.precision() < 0 ? "timestamptz" : "timestamptz(" + t.precision() + ")";
    }
    if (type instanceof SqlType.Timestamp t) {
      return t.precision() < 0 ? "timestamp" : "timestamp(" + t.precision() + ")";
    }
    if (type instanceof SqlType.Date) {
      return "date";
    }
    if (type instanceof SqlType.Time t) {
      return t.precision() < 0 ? "time" : "time(" + t.precision() + ")";
    }
    throw new IllegalArgumentException("unknown type " + type);
  }

  // ---- reading ------------------------------------------------------------------------------------

  /** Thrown for a snapshot that does not parse; the message names the line. */
  public static final class SnapshotFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    SnapshotFormatException(String message) {
      super(message);
    }
  }

  public static Schema read(String text) throws SnapshotFormatException {
    List<Table> tables = new ArrayList<>();
    TableBuilder current = null;
    boolean headerSeen = false;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int lineNumber = i + 1;
      try {
        List<String> tokens = Tokens.split(line.strip());
        String head = tokens.get(0);
        if (!headerSeen) {
          if (!line.strip().equals(HEADER)) {
            throw new IllegalArgumentException("expected '" + HEADER + "'");
          }
          headerSeen = true;
          continue;
        }
        if (head.equals("table")) {
          if (current != null) {
            tables.add(current.build());
          }
          current = new TableBuilder(Tokens.unquote(tokens.get(1)), TableKind.valueOf(tokens.get(2).toUpperCase(Locale.ROOT)));
          continue;
        }
        if (current == null) {
          throw new IllegalArgumentException("'" + head + "' before any table");
        }
        current.add(head, tokens);
      } catch (RuntimeException e) {
        throw new SnapshotFormatException("line " + lineNumber + ": " + e.getMessage() + ": " + line);
      }
    }
    if (!headerSeen) {
      throw new SnapshotFormatException("not a Strata snapshot (no '" + HEADER + "' line)");
    }
    if (current != null) {
      tables.add(current.build());
    }
    return new Schema(tables);
  }

  private static final class TableBuilder {
    final String name;
    final TableKind kind;
    final List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<UniqueKey> uniques = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();

    TableBuilder(String name, TableKind kind) {
      this.name = name;
      this.kind = kind;
    }

    void add(String head, List<String> tokens) {
      switch (head) {
        case "column" -> columns.add(column(tokens));
        case "primary-key" -> primaryKey = new PrimaryKey(Tokens.unquote(tokens.get(1)), Tokens.list(tokens.get(2)));
        case "unique" -> uniques.add(new UniqueKey(Tokens.unquote(tokens.get(1)), Tokens.list(tokens.get(2))));
        case "index", "unique-index" ->
            indexes.add(new Index(Tokens.unquote(tokens.get(1)), Tokens.list(tokens.get(2)), head.equals("unique-index")));
        case "foreign-key" -> foreignKeys.add(foreignKey(tokens));
        case "check" ->
            checks.add(new Check(Tokens.unquote(tokens.get(1)), CanonicalChecks.parse(Tokens.unquote(tokens.get(2)))));
        default -> throw new IllegalArgumentException("unknown entry '" + head + "'");
      }
    }

    private static Column column(List<String> tokens) {
      String name = Tokens.unquote(tokens.get(1));
      SqlType type = type(tokens.get(2));
      boolean notNull = false;
      boolean identity = false;
      DefaultValue defaultValue = null;
      for (int i = 3; i < tokens.size(); i++) {
        switch (tokens.get(i)) {
          case "not-null" -> notNull = true;
          case "identity" -> identity = true;
          case "mysql-timestamp" -> type = type instanceof SqlType.Timestamp l
              ? new SqlType.Timestamp(l.precision(), true)
              : new SqlType.TimestampTz(((SqlType.TimestampTz) type).precision(), true);
          case "default-now" -> defaultValue = DefaultValue.NOW;
          case "default-random-uuid" -> defaultValue = DefaultValue.RANDOM_UUID;
          case "default" -> defaultValue = new DefaultValue.Literal(Tokens.unquote(tokens.get(++i)));
          default -> throw new IllegalArgumentException("unknown column attribute '" + tokens.get(i) + "'");
        }
      }
      return new Column(name, type, !notNull, defaultValue, identity);
    }

    private static ForeignKey foreignKey(List<String> tokens) {
      if (!tokens.get(3).equals("references")) {
        throw new IllegalArgumentException("'references' expected");
      }
      ReferentialAction onDelete = ReferentialAction.NO_ACTION;
      ReferentialAction onUpdate = ReferentialAction.NO_ACTION;
      for (int i = 6; i < tokens.size(); i += 2) {
        ReferentialAction action = ReferentialAction.valueOf(tokens.get(i + 1).toUpperCase(Locale.ROOT).replace('-', '_'));
        switch (tokens.get(i)) {
          case "on-delete" -> onDelete = action;
          case "on-update" -> onUpdate = action;
          default -> throw new IllegalArgumentException("unknown foreign key attribute '" + tokens.get(i) + "'");
        }
      }
      return new ForeignKey(
          Tokens.unquote(tokens.get(1)), Tokens.list(tokens.get(2)), Tokens.unquote(tokens.get(4)), Tokens.list(tokens.get(5)), onDelete, onUpdate);
    }

    Table build() {
      return new Table(name, kind, columns, primaryKey, uniques, indexes, foreignKeys, checks);
    }
  }

  static SqlType type(String token) {
    int paren = token.indexOf('(');
    String base = paren < 0 ? token : token.substring(0, paren);
    String args = paren < 0 ? null : token.substring(paren + 1, token.length() - 1);
    return switch (base) {
      case "text" -> new SqlType.Text(args == null ? 0 : Integer.parseInt(args));
      case "varchar" -> new SqlType.Varchar(Integer.parseInt(args));
      case "enum" -> new SqlType.Enum(Tokens.list("(" + args + ")"));
      case "native-enum" -> new SqlType.NativeEnum(Tokens.list("(" + args + ")"));
      case "smallint" -> SqlType.SMALLINT;
      case "integer" -> SqlType.INTEGER;
      case "bigint" -> SqlType.BIGINT;
      case "boolean" -> SqlType.BOOLEAN;
      case "real" -> SqlType.REAL;
      case "double" -> SqlType.DOUBLE;
      case "numeric" -> {
        String[] ps = args.split(",");
        yield new SqlType.Decimal(Integer.parseInt(ps[0].strip()), Integer.parseInt(ps[1].strip()));
      }
      case "binary" -> SqlType.BINARY;
      case "uuid" -> SqlType.UUID;
      case "json" -> SqlType.JSON;
      case "text-array" -> SqlType.TEXT_ARRAY;
      case "integer-array" -> SqlType.INTEGER_ARRAY;
      case "timestamptz" -> new SqlType.TimestampTz(args == null ? -1 : Integer.parseInt(args), false);
      case "timestamp" -> new SqlType.Timestamp(args == null ? -1 : Integer.parseInt(args));
      case "date" -> SqlType.DATE;
      case "time" -> new SqlType.Time(args == null ? -1 : Integer.parseInt(args));
      default -> throw new IllegalArgumentException("unknown type '" + token + "'");
    };
  }

  /** JSON string quoting: every snapshot name and value is written this way. */
  public static String quote(String value) {
    return Tokens.quote(value);
  }

  /** Reads the canonical form of a check expression back into parts. */
  static final class CanonicalChecks {
    private CanonicalChecks() {}

    static CheckExpression parse(String canonical) {
      List<CheckExpression.Part> parts = new ArrayList<>();
      StringBuilder raw = new StringBuilder();
      int i = 0;
      while (i < canonical.length()) {
        char c = canonical.charAt(i);
        if (c == '{') {
          int end = canonical.indexOf('}', i);
          flush(raw, parts);
          parts.add(new CheckExpression.ColumnRef(canonical.substring(i + 1, end)));
          i = end + 1;
        } else if (c == '\'') {
          StringBuilder value = new StringBuilder();
          int j = i + 1;
          while (true) {
            char d = canonical.charAt(j);
            if (d == '\'') {
              if (j + 1 < canonical.length() && canonical.charAt(j + 1) == '\'') {
                value.append('\'');
                j += 2;
                continue;
              }
              break;
            }
            value.append(d);
            j++;
          }
          flush(raw, parts);
          parts.add(new CheckExpression.StringLiteral(value.toString()));
          i = j + 1;
        } else {
          raw.append(c);
          i++;
        }
      }
      flush(raw, parts);
      return new CheckExpression(parts);
    }

    private static void flush(StringBuilder raw, List<CheckExpression.Part> parts) {
      if (raw.length() > 0) {
        parts.add(new CheckExpression.Raw(raw.toString()));
        raw.setLength(0);
      }
    }
  }
}
