package dev.strata.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.strata.processor.model.Column;
import dev.strata.processor.model.Constraint.ForeignKey;
import dev.strata.processor.model.Constraint.UniqueKey;
import dev.strata.processor.model.JavaColumn;
import dev.strata.processor.model.JavaSchema;
import dev.strata.processor.model.JavaTable;
import dev.strata.processor.model.Names;
import dev.strata.processor.model.SqlType;
import dev.strata.processor.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Row>Table}: the jOOQ table of one row type, in the shape jOOQ 3.19's own code generator
 * emits ({@code TableImpl<Record>} with typed {@code TableField} constants, keys and typed aliases), plus
 * a reflection-free mapper between jOOQ records and the row record, and the everyday statements:
 * insert, batch insert, find by key, update, delete. The statements are built by the runtime's
 * {@code TableAccess}, which each table creates once: the generated accessors are one-line delegations to it,
 * so javac does not attribute a chain of jOOQ's generic DSL per accessor and table (BENCHMARKS.md §3).
 *
 * <p>All jOOQ-internal API the generated code touches ({@code TableImpl}, {@code Internal}) is confined to
 * this writer, pinned by golden files.
 */
public final class TableWriter {

  static final ClassName TABLE_IMPL = ClassName.get("org.jooq.impl", "TableImpl");
  static final ClassName RECORD = ClassName.get("org.jooq", "Record");
  static final ClassName TABLE = ClassName.get("org.jooq", "Table");
  static final ClassName TABLE_FIELD = ClassName.get("org.jooq", "TableField");
  static final ClassName NAME = ClassName.get("org.jooq", "Name");
  static final ClassName DSL = ClassName.get("org.jooq.impl", "DSL");
  static final ClassName DSL_CONTEXT = ClassName.get("org.jooq", "DSLContext");
  static final ClassName SQL_DATA_TYPE = ClassName.get("org.jooq.impl", "SQLDataType");
  static final ClassName SQL_DIALECT = ClassName.get("org.jooq", "SQLDialect");
  static final ClassName TABLE_OPTIONS = ClassName.get("org.jooq", "TableOptions");
  static final ClassName INTERNAL = ClassName.get("org.jooq.impl", "Internal");
  static final ClassName UNIQUE_KEY = ClassName.get("org.jooq", "UniqueKey");
  static final ClassName FOREIGN_KEY = ClassName.get("org.jooq", "ForeignKey");
  static final ClassName INDEX = ClassName.get("org.jooq", "Index");
  static final ClassName ORDER_FIELD = ClassName.get("org.jooq", "OrderField");
  static final ClassName IDENTITY = ClassName.get("org.jooq", "Identity");
  static final ClassName FIELD = ClassName.get("org.jooq", "Field");
  static final ClassName RECORD_MAPPER = ClassName.get("org.jooq", "RecordMapper");
  static final ClassName STRATA_TYPES = ClassName.get("dev.strata.runtime.jooq", "StrataTypes");
  static final ClassName TABLE_ACCESS = ClassName.get("dev.strata.runtime.jooq", "TableAccess");
  /** The private constant holding a table's {@code TableAccess}: lower case, so no column constant can take its name. */
  static final String ACCESS = "access";
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName COLLECTION = ClassName.get("java.util", "Collection");
  static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");

  private final Generated generated;

  public TableWriter(Generated generated) {
    this.generated = generated;
  }

  public JavaFile write(JavaSchema schema, JavaTable javaTable) {
    return write(schema, javaTable, javaTable.rowType().canonicalName());
  }

  /** @param source what the table is generated from, for {@code @Generated}: its record, or the auth configuration */
  public JavaFile write(JavaSchema schema, JavaTable javaTable, String source) {
    return new Unit(schema, javaTable, source).file();
  }

  /** The state of writing one table class. */
  private final class Unit {
    final JavaSchema schema;
    final JavaTable jt;
    final Table table;
    final ClassName self;
    final ClassName row;
    final String instance;
    final Map<String, String> fieldNames = new LinkedHashMap<>();
    final String source;

    Unit(JavaSchema schema, JavaTable jt, String source) {
      this.schema = schema;
      this.source = source;
      this.jt = jt;
      this.table = jt.table();
      this.self = jt.tableClass();
      this.row = jt.rowType();
      this.instance = jt.constantName();
      fieldNames.putAll(Names.uniqueConstants(
          jt.columns().stream().map(c -> c.column().name()).toList(),
          Set.of(instance, "MAPPER", "Keys", "ForeignKeys", "serialVersionUID")));
    }

    String field(String column) {
      return fieldNames.get(column);
    }

    JavaFile file() {
      TypeName recordTable = ParameterizedTypeName.get(TABLE, RECORD);
      TypeSpec.Builder type =
          TypeSpec.classBuilder(self)
              .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
              .superclass(ParameterizedTypeName.get(TABLE_IMPL, RECORD))
              .addJavadoc(
                  "The table {@code $L} of {@link $T}: typed columns, keys, and a mapper to and from the record.\n",
                  escape(table.name()),
                  row)
              .addJavadoc("\n<pre>{@code\n")
              .addJavadoc(
                  "List<$L> rows = dsl.selectFrom($T.$L).where(...).fetch($T.MAPPER);\n",
                  row.simpleName(),
                  self,
                  instance,
                  self)
              .addJavadoc("}</pre>\n");
      generated.annotations(source).forEach(type::addAnnotation);
      type.addField(
          FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("1L")
              .build());
      type.addField(
          FieldSpec.builder(self, instance, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The table {@code $L}.\n", escape(table.name()))
              .initializer("new $T()", self)
              .build());
      type.addField(
          FieldSpec.builder(ParameterizedTypeName.get(RECORD_MAPPER, RECORD, row), "MAPPER", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("Maps a record holding every column of this table to a {@link $T}, without reflection.\n", row)
              .initializer("$T::toRow", self)
              .build());
      type.addField(
          FieldSpec.builder(ParameterizedTypeName.get(TABLE_ACCESS, row), ACCESS, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("Builds and runs this table's statements: the accessors below delegate to it.\n")
              .initializer("new $T<$T>($L, MAPPER, $T::columnValues)", TABLE_ACCESS, row, instance, self)
              .build());
      for (JavaColumn column : jt.columns()) {
        type.addField(columnField(column));
      }
      type.addMethod(
          MethodSpec.constructorBuilder()
              .addModifiers(Modifier.PRIVATE)
              .addParameter(NAME, "alias")
              .addParameter(recordTable, "aliased")
              .addStatement("super(alias, null, aliased, null, $T.comment($S), $T.table(), null)", DSL, "", TABLE_OPTIONS)
              .build());
      type.addMethod(
          MethodSpec.constructorBuilder()
              .addModifiers(Modifier.PRIVATE)
              .addStatement("this($T.name($S), null)", DSL, table.name())
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("getRecordType")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(ClassName.get(Class.class), RECORD))
              .addStatement("return $T.class", RECORD)
              .build());
      identityMethod().ifPresent(type::addMethod);
      type.addMethod(
          MethodSpec.methodBuilder("getPrimaryKey")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(UNIQUE_KEY, RECORD))
              .addStatement("return Keys.PRIMARY_KEY")
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("getUniqueKeys")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(LIST, ParameterizedTypeName.get(UNIQUE_KEY, RECORD)))
              .addStatement("return Keys.UNIQUE_KEYS")
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("getReferences")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(LIST, ParameterizedTypeName.get(FOREIGN_KEY, RECORD, WildcardTypeName.subtypeOf(Object.class))))
              .addCode(table.foreignKeys().isEmpty() ? CodeBlock.of("return $T.of();\n", LIST) : CodeBlock.of("return ForeignKeys.ALL;\n"))
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("getIndexes")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(LIST, INDEX))
              .addStatement("return Keys.INDEXES")
              .build());
      for (MethodSpec alias : aliasMethods()) {
        type.addMethod(alias);
      }
      type.addMethod(toRow());
      type.addMethod(columnValues());
      type.addMethod(toRecord());
      type.addMethod(insert());
      type.addMethod(insertAll());
      type.addMethod(findByKey());
      updateMethod().ifPresent(type::addMethod);
      type.addMethod(deleteByKey());
      new DirectJdbcMethods(jt).methods().forEach(type::addMethod);
      type.addType(keysClass());
      if (!table.foreignKeys().isEmpty()) {
        type.addType(foreignKeysClass());
      }
      return Generated.file(self.packageName(), type.build());
    }

    FieldSpec columnField(JavaColumn column) {
      Column c = column.column();
      List<String> facts = new ArrayList<>();
      facts.add(c.nullable() ? "nullable" : "NOT NULL");
      if (c.identity()) {
        facts.add("generated by the database");
      }
      if (table.primaryKey() != null && table.primaryKey().columns().contains(c.name())) {
        facts.add("primary key");
      }
      if (c.hasDefault()) {
        facts.add("has a default");
      }
      return FieldSpec.builder(
              ParameterizedTypeName.get(TABLE_FIELD, RECORD, column.type().box()), field(c.name()), Modifier.PUBLIC, Modifier.FINAL)
          .addJavadoc("The column {@code $L} ($L): $L.\n", escape(c.name()), column.component(), String.join(", ", facts))
          .initializer("createField($T.name($S), $L, this, $S)", DSL, c.name(), dataType(column), "")
          .build();
    }

    CodeBlock dataType(JavaColumn column) {
      Column c = column.column();
      CodeBlock.Builder code = CodeBlock.builder();
      switch (column.kind()) {
        case STRING -> {
          if (c.type() instanceof SqlType.Varchar varchar) {
            code.add("$T.VARCHAR($L)", SQL_DATA_TYPE, varchar.length());
          } else {
            code.add("$T.VARCHAR", SQL_DATA_TYPE);
          }
        }
        case JSON -> code.add("$T.JSON", STRATA_TYPES);
        case SHORT -> code.add("$T.SMALLINT", SQL_DATA_TYPE);
        case INT -> code.add("$T.INTEGER", SQL_DATA_TYPE);
        case LONG -> code.add("$T.BIGINT", SQL_DATA_TYPE);
        case BOOLEAN -> code.add("$T.BOOLEAN", SQL_DATA_TYPE);
        case FLOAT -> code.add("$T.REAL", SQL_DATA_TYPE);
        case DOUBLE -> code.add("$T.DOUBLE", SQL_DATA_TYPE);
        case BIG_DECIMAL -> {
          SqlType.Decimal d = (SqlType.Decimal) c.type();
          code.add("$T.NUMERIC($L, $L)", SQL_DATA_TYPE, d.precision(), d.scale());
        }
        case BYTES -> code.add("$T.VARBINARY", SQL_DATA_TYPE);
        case UUID -> code.add("$T.UUID", SQL_DATA_TYPE);
        case INSTANT -> code.add(c.type() instanceof SqlType.Timestamp ? "$T.INSTANT_UTC" : "$T.INSTANT", STRATA_TYPES);
        case OFFSET_DATE_TIME -> code.add("$T.OFFSET_DATE_TIME", STRATA_TYPES);
        case LOCAL_DATE_TIME -> code.add("$T.LOCALDATETIME(6)", SQL_DATA_TYPE);
        case LOCAL_DATE -> code.add("$T.LOCALDATE", SQL_DATA_TYPE);
        case LOCAL_TIME -> code.add("$T.LOCAL_TIME", STRATA_TYPES);
        case ENUM -> code.add("$T.enumOf($T.class, $T::valueOf)", STRATA_TYPES, column.type(), column.type());
        case STRING_LIST -> code.add(c.type() instanceof SqlType.TextArray ? "$T.STRING_LIST_ARRAY" : "$T.STRING_LIST_JSON", STRATA_TYPES);
        case INTEGER_LIST -> code.add(c.type() instanceof SqlType.IntegerArray ? "$T.INTEGER_LIST_ARRAY" : "$T.INTEGER_LIST_JSON", STRATA_TYPES);
      }
      if (!c.nullable()) {
        code.add(".nullable(false)");
      }
      if (c.identity()) {
        code.add(".identity(true)");
      }
      return code.build();
    }

    java.util.Optional<MethodSpec> identityMethod() {
      for (JavaColumn column : jt.columns()) {
        if (column.column().identity()) {
          TypeName identity = ParameterizedTypeName.get(IDENTITY, RECORD, column.type().box());
          return java.util.Optional.of(
              MethodSpec.methodBuilder("getIdentity")
                  .addAnnotation(Override.class)
                  .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build())
                  .addModifiers(Modifier.PUBLIC)
                  .returns(identity)
                  .addStatement("return ($T) super.getIdentity()", identity)
                  .build());
        }
      }
      return java.util.Optional.empty();
    }

    List<MethodSpec> aliasMethods() {
      return List.of(
          MethodSpec.methodBuilder("as")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .addParameter(String.class, "alias")
              .returns(self)
              .addStatement("return new $T($T.name(alias), this)", self, DSL)
              .build(),
          MethodSpec.methodBuilder("as")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .addParameter(NAME, "alias")
              .returns(self)
              .addStatement("return new $T(alias, this)", self)
              .build(),
          MethodSpec.methodBuilder("as")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .addParameter(ParameterizedTypeName.get(TABLE, WildcardTypeName.subtypeOf(Object.class)), "alias")
              .returns(self)
              .addStatement("return new $T(alias.getQualifiedName(), this)", self)
              .build());
    }

    /** The accessor expression of a column on a row variable: {@code row.title()}. */
    CodeBlock get(String variable, JavaColumn column) {
      return CodeBlock.of("$L.$L()", variable, column.component());
    }

    CodeBlock ref(String column) {
      return CodeBlock.of("$L.$L", instance, field(column));
    }

    MethodSpec toRow() {
      CodeBlock args =
          jt.columns().stream()
              .map(c -> CodeBlock.of("record.get($L)", ref(c.column().name())))
              .collect(CodeBlock.joining(",\n"));
      return MethodSpec.methodBuilder("toRow")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .addJavadoc("The {@link $T} in a record that holds every column of this table.\n", row)
          .addParameter(RECORD, "record")
          .returns(row)
          .addCode("return new $T(\n$>$>$L$<$<);\n", row, args)
          .build();
    }

    /** The row's values in column order, for the table's {@code TableAccess}. */
    MethodSpec columnValues() {
      CodeBlock values = jt.columns().stream().map(c -> get("row", c)).collect(CodeBlock.joining(",\n"));
      return MethodSpec.methodBuilder("columnValues")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addJavadoc("The row's values in column order, as {@code $L} takes them.\n", ACCESS)
          .addParameter(row, "row")
          .returns(Object[].class)
          .addCode("return new Object[] {\n$>$>$L$<$<\n};\n", values)
          .build();
    }

    MethodSpec toRecord() {
      return MethodSpec.methodBuilder("toRecord")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .addJavadoc("A detached record of this table holding the row's values.\n")
          .addParameter(row, "row")
          .returns(RECORD)
          .addStatement("return $L.toRecord(row)", ACCESS)
          .build();
    }

    /** Whether the database fills the column when the row leaves it empty (0 or null). */
    boolean databaseFills(JavaColumn column) {
      return column.column().identity() || (column.column().hasDefault() && !column.primitive());
    }

    CodeBlock emptyCondition(JavaColumn column) {
      if (column.primitive()) {
        return CodeBlock.of("$L == 0", get("row", column));
      }
      return CodeBlock.of("$L == null", get("row", column));
    }

    MethodSpec insert() {
      String filled =
          jt.columns().stream().filter(this::databaseFills).map(c -> "{@code " + c.component() + "}").collect(Collectors.joining(", "));
      MethodSpec.Builder method =
          MethodSpec.methodBuilder("insert")
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .addJavadoc("Inserts the row and returns it as stored.")
              .addJavadoc(filled.isEmpty() ? "\n" : " The database fills in " + filled + " when the row leaves them 0 or null.\n")
              .addParameter(DSL_CONTEXT, "dsl")
              .addParameter(row, "row")
              .returns(row);
      if (filled.isEmpty()) {
        return method.addStatement("return $L.insert(dsl, columnValues(row))", ACCESS).build();
      }
      method.addStatement("Object[] values = columnValues(row)");
      List<JavaColumn> columns = jt.columns();
      for (int i = 0; i < columns.size(); i++) {
        if (databaseFills(columns.get(i))) {
          method.beginControlFlow("if ($L)", emptyCondition(columns.get(i)));
          method.addStatement("values[$L] = $T.LEFT_OUT", i, TABLE_ACCESS);
          method.endControlFlow();
        }
      }
      return method.addStatement("return $L.insert(dsl, values)", ACCESS).build();
    }

    List<JavaColumn> batchColumns() {
      return jt.columns().stream().filter(c -> !c.column().identity()).toList();
    }

    MethodSpec insertAll() {
      List<JavaColumn> columns = batchColumns();
      boolean hasIdentity = columns.size() < jt.columns().size();
      MethodSpec.Builder method = MethodSpec.methodBuilder("insertAll")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .addJavadoc("Inserts the rows in one JDBC batch and returns the update counts.")
          .addJavadoc(hasIdentity ? " The database generates every row's identity key.\n" : "\n")
          .addParameter(DSL_CONTEXT, "dsl")
          .addParameter(ParameterizedTypeName.get(COLLECTION, WildcardTypeName.subtypeOf(row)), "rows")
          .returns(int[].class);
      return method.addStatement("return $L.insertAll(dsl, rows)", ACCESS).build();
    }

    List<JavaColumn> keyColumns() {
      return table.primaryKey().columns().stream().map(jt::column).toList();
    }

    /** The key parameters of {@code findByKey} and {@code deleteByKey}, as arguments: {@code id} or {@code orderId, lineNo}. */
    CodeBlock keyArguments() {
      return keyColumns().stream().map(c -> CodeBlock.of("$L", c.component())).collect(CodeBlock.joining(", "));
    }

    /** The {@code TableAccess} in a method with the key's parameters: qualified if a key component is named like it. */
    CodeBlock keyAccess() {
      return keyColumns().stream().anyMatch(c -> c.component().equals(ACCESS))
          ? CodeBlock.of("$T.$L", self, ACCESS)
          : CodeBlock.of("$L", ACCESS);
    }

    MethodSpec findByKey() {
      MethodSpec.Builder method =
          MethodSpec.methodBuilder("findByKey")
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .addJavadoc("The row with the given primary key, if any.\n")
              .addParameter(DSL_CONTEXT, "dsl")
              .returns(ParameterizedTypeName.get(OPTIONAL, row));
      for (JavaColumn column : keyColumns()) {
        method.addParameter(column.type(), column.component());
      }
      return method
          .addStatement("return $L.findByKey(dsl, $L)", keyAccess(), keyArguments())
          .build();
    }

    java.util.Optional<MethodSpec> updateMethod() {
      List<JavaColumn> values = jt.columns().stream().filter(c -> !table.primaryKey().columns().contains(c.column().name())).toList();
      if (values.isEmpty()) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(
          MethodSpec.methodBuilder("update")
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .addJavadoc("Updates every column of the row with the same primary key; returns the number of rows updated (0 or 1).\n")
              .addParameter(DSL_CONTEXT, "dsl")
              .addParameter(row, "row")
              .returns(int.class)
              .addStatement("return $L.update(dsl, row)", ACCESS)
              .build());
    }

    MethodSpec deleteByKey() {
      MethodSpec.Builder method =
          MethodSpec.methodBuilder("deleteByKey")
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .addJavadoc("Deletes the row with the given primary key; returns the number of rows deleted (0 or 1).\n")
              .addParameter(DSL_CONTEXT, "dsl")
              .returns(int.class);
      for (JavaColumn column : keyColumns()) {
        method.addParameter(column.type(), column.component());
      }
      return method.addStatement("return $L.deleteByKey(dsl, $L)", keyAccess(), keyArguments()).build();
    }

    CodeBlock fieldArray(List<String> columns, ClassName tableClass, String tableInstance, Map<String, String> names) {
      return CodeBlock.of(
          "new $T[] { $L }",
          TABLE_FIELD,
          columns.stream().map(c -> CodeBlock.of("$T.$L.$L", tableClass, tableInstance, names.get(c))).collect(CodeBlock.joining(", ")));
    }

    TypeSpec keysClass() {
      TypeName uniqueKey = ParameterizedTypeName.get(UNIQUE_KEY, RECORD);
      TypeSpec.Builder keys =
          TypeSpec.classBuilder("Keys")
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addAnnotation(
                  AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "{$S, $S}", "unchecked", "rawtypes").build())
              .addJavadoc("The primary key, unique keys and indexes of {@code $L}.\n", escape(table.name()));
      keys.addField(
          FieldSpec.builder(uniqueKey, "PRIMARY_KEY", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("{@code $L}\n", escape(table.primaryKey().name()))
              .initializer(
                  "$T.createUniqueKey($T.$L, $T.name($S), $L, true)",
                  INTERNAL,
                  self,
                  instance,
                  DSL,
                  table.primaryKey().name(),
                  fieldArray(table.primaryKey().columns(), self, instance, fieldNames))
              .build());
      List<String> uniqueNames = new ArrayList<>();
      Map<String, String> uniqueConstants = uniqueKeyConstants(table);
      for (UniqueKey unique : table.uniqueKeys()) {
        String name = uniqueConstants.get(unique.name());
        uniqueNames.add(name);
        keys.addField(
            FieldSpec.builder(uniqueKey, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("{@code $L}\n", escape(unique.name()))
                .initializer(
                    "$T.createUniqueKey($T.$L, $T.name($S), $L, true)",
                    INTERNAL,
                    self,
                    instance,
                    DSL,
                    unique.name(),
                    fieldArray(unique.columns(), self, instance, fieldNames))
                .build());
      }
      keys.addField(
          FieldSpec.builder(ParameterizedTypeName.get(LIST, uniqueKey), "UNIQUE_KEYS", Modifier.STATIC, Modifier.FINAL)
              .initializer("$T.of($L)", LIST, String.join(", ", uniqueNames))
              .build());
      CodeBlock indexes =
          table.indexes().stream()
              .map(i -> CodeBlock.of(
                  "$T.createIndex($T.name($S), $T.$L, new $T[] { $L }, $L)",
                  INTERNAL,
                  DSL,
                  i.name(),
                  self,
                  instance,
                  ORDER_FIELD,
                  i.columns().stream().map(c -> CodeBlock.of("$T.$L.$L", self, instance, field(c))).collect(CodeBlock.joining(", ")),
                  i.unique()))
              .collect(CodeBlock.joining(",\n"));
      keys.addField(
          FieldSpec.builder(ParameterizedTypeName.get(LIST, INDEX), "INDEXES", Modifier.STATIC, Modifier.FINAL)
              .initializer(table.indexes().isEmpty() ? CodeBlock.of("$T.of()", LIST) : CodeBlock.of("$T.of(\n$>$L$<)", LIST, indexes))
              .build());
      keys.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
      return keys.build();
    }

    TypeSpec foreignKeysClass() {
      TypeSpec.Builder fks =
          TypeSpec.classBuilder("ForeignKeys")
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addAnnotation(
                  AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "{$S, $S}", "unchecked", "rawtypes").build())
              .addJavadoc("The foreign keys of {@code $L}.\n", escape(table.name()));
      List<String> names = new ArrayList<>();
      Map<String, String> fkConstants = Names.uniqueConstants(table.foreignKeys().stream().map(ForeignKey::name).toList(), Set.of("ALL"));
      for (ForeignKey fk : table.foreignKeys()) {
        JavaTable target = schema.javaTable(fk.targetTable());
        Map<String, String> targetNames = new Unit(schema, target, source).fieldNames;
        String targetKey =
            target.table().primaryKey().columns().equals(fk.targetColumns())
                ? "PRIMARY_KEY"
                : target.table().uniqueKeys().stream()
                    .filter(u -> u.columns().equals(fk.targetColumns()))
                    .map(u -> uniqueKeyConstants(target.table()).get(u.name()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no key for " + fk));
        String name = fkConstants.get(fk.name());
        names.add(name);
        fks.addField(
            FieldSpec.builder(ParameterizedTypeName.get(FOREIGN_KEY, RECORD, RECORD), name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("{@code $L}: to {@code $L}.\n", escape(fk.name()), escape(fk.targetTable()))
                .initializer(
                    "$T.createForeignKey($T.$L, $T.name($S), $L, $T.Keys.$L, $L, true)",
                    INTERNAL,
                    self,
                    instance,
                    DSL,
                    fk.name(),
                    fieldArray(fk.columns(), self, instance, fieldNames),
                    target.tableClass(),
                    targetKey,
                    fieldArray(fk.targetColumns(), target.tableClass(), target.constantName(), targetNames))
                .build());
      }
      fks.addField(
          FieldSpec.builder(
                  ParameterizedTypeName.get(LIST, ParameterizedTypeName.get(FOREIGN_KEY, RECORD, WildcardTypeName.subtypeOf(Object.class))),
                  "ALL",
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer("$T.of($L)", LIST, String.join(", ", names))
              .build());
      fks.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
      return fks.build();
    }
  }

  /** The constant of each unique key in its table's {@code Keys} class, by constraint name. */
  static Map<String, String> uniqueKeyConstants(Table table) {
    return Names.uniqueConstants(
        table.uniqueKeys().stream().map(UniqueKey::name).toList(), Set.of("PRIMARY_KEY", "UNIQUE_KEYS", "INDEXES"));
  }

  /** Text safe inside Javadoc {@code ...}: no unbalanced braces, no comment terminator. */
  static String escape(String text) {
    return text.replace("*/", "*&#47;").replace("{", "&#123;").replace("}", "&#125;").replace("@", "&#64;");
  }
}
