package dev.strata.processor.auth;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.strata.annotations.AuthIds;
import dev.strata.annotations.AuthNaming;
import dev.strata.processor.auth.AuthTables.LogicalTable;
import dev.strata.processor.auth.BetterAuthCatalog.IndexDef;
import dev.strata.processor.model.Column;
import dev.strata.processor.model.Constraint.ForeignKey;
import dev.strata.processor.model.Constraint.Index;
import dev.strata.processor.model.Constraint.PrimaryKey;
import dev.strata.processor.model.Constraint.UniqueKey;
import dev.strata.processor.model.DefaultValue;
import dev.strata.processor.model.JavaColumn;
import dev.strata.processor.model.JavaKind;
import dev.strata.processor.model.JavaSchema;
import dev.strata.processor.model.JavaTable;
import dev.strata.processor.model.Names;
import dev.strata.processor.model.ReferentialAction;
import dev.strata.processor.model.SqlType;
import dev.strata.processor.model.Table;
import dev.strata.processor.model.TableKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns Better Auth's logical tables into Strata tables with the physical shape the server's adapter
 * expects, and the Java side of each (a generated row record and jOOQ table).
 *
 * <p>With {@link AuthNaming#BETTER_AUTH} the result is what Better Auth's own migrations (Kysely) create:
 * names as the fields, {@code timestamptz} dates, MySQL {@code varchar} lengths by Better Auth's rules,
 * database defaults only for dates that default to now. With {@link AuthNaming#DRIZZLE} it is what its
 * Drizzle generator declares: snake_case names, index names that keep the camelCase fields, PostgreSQL
 * {@code timestamp} without time zone and {@code text[]} arrays, and the static defaults.
 */
public final class AuthSchemaBuilder {

  private static final ClassName LIST = ClassName.get("java.util", "List");

  private final AuthOptions options;
  private final List<LogicalTable> tables;
  private final String packageName;
  private final Map<String, String> physicalTables = new HashMap<>();
  private final boolean drizzle;
  private final Map<String, TypeName> enumTypes;

  /**
   * @param enumTypes the Java enum of each additional enum field, keyed {@code <table key>.<field>}; the
   *     other enum fields are plain strings in Java, as in Better Auth
   */
  public AuthSchemaBuilder(AuthOptions options, List<LogicalTable> tables, String packageName, Map<String, TypeName> enumTypes) {
    this.options = options;
    this.enumTypes = Map.copyOf(enumTypes);
    this.tables = tables;
    this.packageName = packageName;
    this.drizzle = options.naming() == AuthNaming.DRIZZLE;
    for (LogicalTable table : tables) {
      physicalTables.put(table.key(), tableName(table));
    }
  }

  /** The physical name of a table key, or null if the configuration has no such table. */
  public String physicalTable(String key) {
    return physicalTables.get(key);
  }

  private String tableName(LogicalTable table) {
    String name = table.modelName() + (options.plural() ? "s" : "");
    return drizzle ? DrizzleNames.snakeCase(name) : name;
  }

  /** How the naming is called in messages. */
  public String namingDescription() {
    return drizzle ? "Drizzle (snake_case)" : "Better Auth";
  }

  /** The physical column of a field of a table. */
  public String columnName(AuthField field) {
    return drizzle ? DrizzleNames.snakeCase(field.fieldName()) : field.fieldName();
  }

  /** The name the Drizzle generator gives indexes: the camelCase model and field names. */
  private String drizzleIndexBase(LogicalTable table) {
    return table.modelName() + (options.plural() ? "s" : "");
  }

  public List<JavaTable> build() {
    List<JavaTable> built = new ArrayList<>();
    for (LogicalTable table : tables) {
      built.add(build(table));
    }
    return built;
  }

  private JavaTable build(LogicalTable logical) {
    String name = physicalTables.get(logical.key());
    ClassName row = ClassName.get(packageName, rowTypeName(logical.key()));
    List<Column> columns = new ArrayList<>();
    List<JavaColumn> javaColumns = new ArrayList<>();
    Column id = idColumn();
    columns.add(id);
    javaColumns.add(new JavaColumn("id", id, idKind(), idJavaType(), false));

    Map<String, Integer> tableIndexLengths = tableIndexLengths(logical);
    List<UniqueKey> uniques = new ArrayList<>();
    List<Index> indexes = new ArrayList<>();
    List<ForeignKey> foreignKeys = new ArrayList<>();
    for (AuthField field : logical.fields()) {
      String columnName = columnName(field);
      Column column = new Column(columnName, sqlType(field, tableIndexLengths.get(columnName)), !field.required(), defaultValue(field), false);
      columns.add(column);
      TypeName enumType = enumTypes.get(logical.key() + "." + field.name());
      if (enumType != null) {
        javaColumns.add(new JavaColumn(field.name(), column, JavaKind.ENUM, enumType, field.secret()));
      } else {
        javaColumns.add(new JavaColumn(field.name(), column, javaKind(field), javaType(field), field.secret()));
      }
      if (field.unique()) {
        uniques.add(new UniqueKey(drizzle ? Names.fit(name + "_" + columnName, "unique") : Names.constraintName(name, List.of(columnName), "key"),
            List.of(columnName)));
      } else if (field.index()) {
        String base = drizzle ? drizzleIndexBase(logical) + "_" + field.fieldName() : name + "_" + columnName;
        indexes.add(new Index(Names.fit(base, "idx"), List.of(columnName), false));
      }
      if (field.references() != null) {
        LogicalTable target = table(field.references());
        String targetTable = physicalTables.get(field.references());
        String targetColumn = field.referencedField().equals("id") ? "id" : columnName(target.field(field.referencedField()));
        String fkName = drizzle
            ? Names.fit(name + "_" + columnName + "_" + targetTable + "_" + targetColumn, "fk")
            : Names.constraintName(name, List.of(columnName), "fkey");
        foreignKeys.add(new ForeignKey(fkName, List.of(columnName), targetTable, List.of(targetColumn), action(field.onDelete()), ReferentialAction.NO_ACTION));
      }
    }
    for (IndexDef index : logical.indexes()) {
      List<String> indexColumns = new ArrayList<>();
      List<String> fieldNames = new ArrayList<>();
      for (String fieldName : index.fields()) {
        AuthField field = logical.field(fieldName);
        indexColumns.add(columnName(field));
        fieldNames.add(field.fieldName());
      }
      String base = (drizzle ? drizzleIndexBase(logical) + "_" + String.join("_", fieldNames) : name + "_" + String.join("_", indexColumns));
      indexes.add(new Index(Names.fit(base, index.unique() ? "uidx" : "idx"), indexColumns, index.unique()));
    }
    PrimaryKey pk = new PrimaryKey(Names.constraintName(name, List.of(), "pkey"), List.of("id"));
    Table table = new Table(name, TableKind.AUTH, columns, pk, uniques, indexes, foreignKeys, List.of());
    return new JavaTable(table, row, JavaSchema.generatedPeer(row, "Table"), javaColumns, true);
  }

  private LogicalTable table(String key) {
    return tables.stream().filter(t -> t.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no auth table " + key));
  }

  /** {@code twoFactor} → {@code TwoFactor}, {@code apikey} → {@code Apikey}. */
  static String rowTypeName(String key) {
    return Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }

  private static ReferentialAction action(String onDelete) {
    if (onDelete == null) {
      return ReferentialAction.CASCADE;
    }
    return ReferentialAction.valueOf(onDelete.toUpperCase(Locale.ROOT).replace(' ', '_'));
  }

  // ---- types ------------------------------------------------------------------------------------------

  private Column idColumn() {
    return switch (options.ids()) {
      case TEXT -> new Column("id", new SqlType.Text(36), false, null, false);
      case UUID -> new Column("id", SqlType.UUID, false, DefaultValue.RANDOM_UUID, false);
      case SERIAL -> new Column("id", SqlType.INTEGER, false, null, true);
    };
  }

  private SqlType idType() {
    return switch (options.ids()) {
      case TEXT -> new SqlType.Text(36);
      case UUID -> SqlType.UUID;
      case SERIAL -> SqlType.INTEGER;
    };
  }

  private JavaKind idKind() {
    return switch (options.ids()) {
      case TEXT -> JavaKind.STRING;
      case UUID -> JavaKind.UUID;
      case SERIAL -> JavaKind.INT;
    };
  }

  private TypeName idJavaType() {
    return switch (options.ids()) {
      case TEXT -> ClassName.get(String.class);
      case UUID -> ClassName.get(java.util.UUID.class);
      case SERIAL -> ClassName.get(Integer.class);
    };
  }

  /**
   * MySQL string lengths follow Better Auth: the safe length of a table-level index, 255 when unique, 36
   * when it references a column, 255 when sortable or indexed, else text.
   */
  private SqlType sqlType(AuthField field, Integer tableIndexLength) {
    if (field.references() != null && "id".equals(field.referencedField())) {
      return idType();
    }
    return switch (field.type()) {
      case STRING -> {
        int length;
        if (tableIndexLength != null) {
          length = tableIndexLength;
        } else if (field.unique()) {
          length = 255;
        } else if (field.references() != null) {
          length = 36;
        } else if (field.sortable() || field.index()) {
          length = 255;
        } else {
          length = 0;
        }
        yield new SqlType.Text(length);
      }
      case ENUM -> drizzle && !field.enumValues().isEmpty() ? new SqlType.NativeEnum(field.enumValues()) : SqlType.Text.UNBOUNDED;
      case BOOLEAN -> SqlType.BOOLEAN;
      case NUMBER -> field.bigint() ? SqlType.BIGINT : SqlType.INTEGER;
      case DATE -> drizzle ? new SqlType.Timestamp(-1, true) : new SqlType.TimestampTz(-1, true);
      case JSON -> SqlType.JSON;
      case STRING_ARRAY -> drizzle ? SqlType.TEXT_ARRAY : SqlType.JSON;
      case NUMBER_ARRAY -> drizzle ? SqlType.INTEGER_ARRAY : SqlType.JSON;
    };
  }

  /** Better Auth's {@code getDatabaseIndexStringLength}: MySQL's index byte budget shared by the string columns. */
  private Map<String, Integer> tableIndexLengths(LogicalTable table) {
    Map<String, Integer> lengths = new HashMap<>();
    for (IndexDef index : table.indexes()) {
      int strings = 0;
      for (String name : index.fields()) {
        AuthField.Type type = table.field(name).type();
        if (type == AuthField.Type.STRING || type == AuthField.Type.ENUM || type == AuthField.Type.STRING_ARRAY
            || type == AuthField.Type.NUMBER_ARRAY) {
          strings++;
        }
      }
      if (strings == 0) {
        continue;
      }
      int nonStringBytes = (index.fields().size() - strings) * 16;
      int safe = Math.max(1, 3072 - nonStringBytes) / 4 / strings;
      for (String name : index.fields()) {
        String column = columnName(table.field(name));
        lengths.merge(column, Math.min(191, safe), Math::min);
      }
    }
    return lengths;
  }

  private DefaultValue defaultValue(AuthField field) {
    if (field.defaultValue() == null) {
      return null;
    }
    if (field.defaultsToNow()) {
      return field.type() == AuthField.Type.DATE ? DefaultValue.NOW : null;
    }
    if (drizzle || field.databaseDefault()) {
      return new DefaultValue.Literal(field.defaultValue());
    }
    return null;
  }

  private JavaKind javaKind(AuthField field) {
    if (field.references() != null && "id".equals(field.referencedField())) {
      return idKind();
    }
    return switch (field.type()) {
      case STRING, ENUM -> JavaKind.STRING;
      case BOOLEAN -> JavaKind.BOOLEAN;
      case NUMBER -> field.bigint() ? JavaKind.LONG : JavaKind.INT;
      case DATE -> JavaKind.INSTANT;
      case JSON -> JavaKind.JSON;
      case STRING_ARRAY -> JavaKind.STRING_LIST;
      case NUMBER_ARRAY -> JavaKind.INTEGER_LIST;
    };
  }

  private TypeName javaType(AuthField field) {
    if (field.references() != null && "id".equals(field.referencedField())) {
      TypeName id = idJavaType();
      return field.required() && id.isBoxedPrimitive() ? id.unbox() : id;
    }
    TypeName type = switch (field.type()) {
      case STRING, ENUM, JSON -> ClassName.get(String.class);
      case BOOLEAN -> TypeName.BOOLEAN;
      case NUMBER -> field.bigint() ? TypeName.LONG : TypeName.INT;
      case DATE -> ClassName.get(java.time.Instant.class);
      case STRING_ARRAY -> ParameterizedTypeName.get(LIST, ClassName.get(String.class));
      case NUMBER_ARRAY -> ParameterizedTypeName.get(LIST, ClassName.get(Integer.class));
    };
    return field.required() || !type.isPrimitive() ? type : type.box();
  }

  /** The Java type of a foreign key to an auth table's id. */
  public TypeName idType(boolean nullable) {
    TypeName id = idJavaType();
    return nullable ? id.box() : id;
  }

  public boolean uuidIds() {
    return options.ids() == AuthIds.UUID;
  }
}
