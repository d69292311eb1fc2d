package dev.strata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.strata.processor.model.JavaColumn;
import dev.strata.processor.model.SqlType;
import dev.strata.processor.model.JavaTable;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The direct JDBC path of a {@code <Row>Table}: {@code fetchRows} maps the rows of a jOOQ-rendered and
 * -executed query straight from the {@code ResultSet} to row records, and {@code insertBatch} binds rows
 * straight to one prepared statement whose SQL jOOQ renders once. Neither builds a jOOQ record per row,
 * which is what makes {@code fetch(MAPPER)} and {@code insertAll} several times slower than hand-written
 * JDBC (see BENCHMARKS.md). The values read and bound are exactly those of the table's jOOQ types, through
 * {@code dev.strata.runtime.jooq.JdbcValues}; the jOOQ DSL keeps working on the same table. The loops, the
 * rendering of the insert and the error handling are the table's {@code TableAccess}'s, compiled once; the
 * generated class keeps the typed per-row code, {@code readRow} and {@code bindRow}, and hands them to it.
 */
final class DirectJdbcMethods {

  static final ClassName JDBC_VALUES = ClassName.get("dev.strata.runtime.jooq", "JdbcValues");
  static final ClassName RESULT_SET = ClassName.get("java.sql", "ResultSet");
  static final ClassName PREPARED_STATEMENT = ClassName.get("java.sql", "PreparedStatement");
  static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");
  static final ClassName RESULT_QUERY = ClassName.get("org.jooq", "ResultQuery");

  private final JavaTable table;
  private final ClassName row;
  private final String instance;

  DirectJdbcMethods(JavaTable table) {
    this.table = table;
    this.row = table.rowType();
    this.instance = table.constantName();
  }

  List<MethodSpec> methods() {
    return List.of(fetchRows(), readRow(), insertBatch(), bindRow());
  }

  MethodSpec fetchRows() {
    TypeName query = ParameterizedTypeName.get(RESULT_QUERY, WildcardTypeName.subtypeOf(TableWriter.RECORD));
    return MethodSpec.methodBuilder("fetchRows")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Runs the query and maps each row of its JDBC result set straight to a {@link $T}, without building\n", row)
        .addJavadoc("jOOQ records: the same rows as {@code query.fetch(MAPPER)}, faster. jOOQ renders, binds and executes\n")
        .addJavadoc("the query, which must select every column of this table, in any order:\n")
        .addJavadoc("{@code fetchRows(dsl, dsl.selectFrom($L).where(...))}.\n", instance)
        .addParameter(TableWriter.DSL_CONTEXT, "dsl")
        .addParameter(query, "query")
        .returns(ParameterizedTypeName.get(TableWriter.LIST, row))
        .addStatement("return $L.fetchRows(dsl, query, $T::readRow)", TableWriter.ACCESS, table.tableClass())
        .build();
  }

  MethodSpec readRow() {
    List<JavaColumn> columns = table.columns();
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < columns.size(); i++) {
      args.add(i == 0 ? "" : ",\n").add(read(columns.get(i), "at[" + i + "]"));
    }
    return MethodSpec.methodBuilder("readRow")
        .addModifiers(Modifier.STATIC)
        .addJavadoc("The {@link $T} at the result set's cursor; {@code at[i]} is the column of the i-th component.\n", row)
        .addParameter(RESULT_SET, "rs")
        .addParameter(int[].class, "at")
        .addParameter(boolean.class, "mysql")
        .addException(SQL_EXCEPTION)
        .returns(row)
        .addCode("return new $T(\n$>$>$L$<$<);\n", row, args.build())
        .build();
  }

  CodeBlock read(JavaColumn column, String at) {
    boolean primitive = column.primitive();
    return switch (column.kind()) {
      case STRING, JSON -> CodeBlock.of("rs.getString($L)", at);
      case SHORT -> primitive ? CodeBlock.of("rs.getShort($L)", at) : CodeBlock.of("$T.getShort(rs, $L)", JDBC_VALUES, at);
      case INT -> primitive ? CodeBlock.of("rs.getInt($L)", at) : CodeBlock.of("$T.getInt(rs, $L)", JDBC_VALUES, at);
      case LONG -> primitive ? CodeBlock.of("rs.getLong($L)", at) : CodeBlock.of("$T.getLong(rs, $L)", JDBC_VALUES, at);
      case BOOLEAN -> primitive ? CodeBlock.of("rs.getBoolean($L)", at) : CodeBlock.of("$T.getBoolean(rs, $L)", JDBC_VALUES, at);
      case FLOAT -> primitive ? CodeBlock.of("rs.getFloat($L)", at) : CodeBlock.of("$T.getFloat(rs, $L)", JDBC_VALUES, at);
      case DOUBLE -> primitive ? CodeBlock.of("rs.getDouble($L)", at) : CodeBlock.of("$T.getDouble(rs, $L)", JDBC_VALUES, at);
      case BIG_DECIMAL -> CodeBlock.of("rs.getBigDecimal($L)", at);
      case BYTES -> CodeBlock.of("rs.getBytes($L)", at);
      case UUID -> CodeBlock.of("$T.getUuid(rs, $L, mysql)", JDBC_VALUES, at);
      case INSTANT -> column.column().type() instanceof SqlType.Timestamp
          ? CodeBlock.of("$T.getInstantUtc(rs, $L)", JDBC_VALUES, at)
          : CodeBlock.of("$T.getInstant(rs, $L, mysql)", JDBC_VALUES, at);
      case OFFSET_DATE_TIME -> CodeBlock.of("$T.getOffsetDateTime(rs, $L, mysql)", JDBC_VALUES, at);
      case LOCAL_DATE_TIME -> CodeBlock.of("$T.getLocalDateTime(rs, $L)", JDBC_VALUES, at);
      case LOCAL_DATE -> CodeBlock.of("$T.getLocalDate(rs, $L)", JDBC_VALUES, at);
      case LOCAL_TIME -> CodeBlock.of("$T.getLocalTime(rs, $L)", JDBC_VALUES, at);
      case ENUM -> CodeBlock.of("$T.getEnum(rs, $L, $T::valueOf)", JDBC_VALUES, at, column.type());
      case STRING_LIST -> column.column().type() instanceof SqlType.TextArray
          ? CodeBlock.of("$T.getStringArray(rs, $L, mysql)", JDBC_VALUES, at)
          : CodeBlock.of("$T.getStringListJson(rs, $L)", JDBC_VALUES, at);
      case INTEGER_LIST -> column.column().type() instanceof SqlType.IntegerArray
          ? CodeBlock.of("$T.getIntegerArray(rs, $L, mysql)", JDBC_VALUES, at)
          : CodeBlock.of("$T.getIntegerListJson(rs, $L)", JDBC_VALUES, at);
    };
  }

  List<JavaColumn> insertColumns() {
    return table.columns().stream().filter(c -> !c.column().identity()).toList();
  }

  MethodSpec insertBatch() {
    List<JavaColumn> columns = insertColumns();
    boolean hasIdentity = columns.size() < table.columns().size();
    return MethodSpec.methodBuilder("insertBatch")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Inserts the rows in one JDBC batch, as {@link #insertAll} does, but binds each row straight to one\n")
        .addJavadoc("prepared statement whose SQL jOOQ renders once, instead of building a jOOQ query per row. Returns the\n")
        .addJavadoc("update counts.")
        .addJavadoc(hasIdentity ? " The database generates every row's identity key.\n" : "\n")
        .addParameter(TableWriter.DSL_CONTEXT, "dsl")
        .addParameter(ParameterizedTypeName.get(TableWriter.COLLECTION, WildcardTypeName.subtypeOf(row)), "rows")
        .returns(int[].class)
        .addStatement("return $L.insertBatch(dsl, rows, $T::bindRow)", TableWriter.ACCESS, table.tableClass())
        .build();
  }

  MethodSpec bindRow() {
    List<JavaColumn> columns = insertColumns();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("bindRow")
            .addModifiers(Modifier.STATIC)
            .addJavadoc("Binds the row's values, its identity key left out, to the parameters of {@link #insertBatch}'s statement.\n")
            .addParameter(PREPARED_STATEMENT, "statement")
            .addParameter(row, "row")
            .addParameter(boolean.class, "mysql")
            .addParameter(boolean.class, "h2")
            .addException(SQL_EXCEPTION);
    for (int i = 0; i < columns.size(); i++) {
      method.addStatement(bind(columns.get(i), i + 1));
    }
    return method.build();
  }

  CodeBlock bind(JavaColumn column, int index) {
    CodeBlock value = CodeBlock.of("row.$L()", column.component());
    boolean primitive = column.primitive();
    return switch (column.kind()) {
      case STRING -> CodeBlock.of("$T.setString(statement, $L, $L)", JDBC_VALUES, index, value);
      case JSON -> CodeBlock.of("$T.setJson(statement, $L, $L, h2)", JDBC_VALUES, index, value);
      case SHORT -> primitive ? CodeBlock.of("statement.setShort($L, $L)", index, value) : helper("setShort", index, value);
      case INT -> primitive ? CodeBlock.of("statement.setInt($L, $L)", index, value) : helper("setInt", index, value);
      case LONG -> primitive ? CodeBlock.of("statement.setLong($L, $L)", index, value) : helper("setLong", index, value);
      case BOOLEAN -> primitive ? CodeBlock.of("statement.setBoolean($L, $L)", index, value) : helper("setBoolean", index, value);
      case FLOAT -> primitive ? CodeBlock.of("statement.setFloat($L, $L)", index, value) : helper("setFloat", index, value);
      case DOUBLE -> primitive ? CodeBlock.of("statement.setDouble($L, $L)", index, value) : helper("setDouble", index, value);
      case BIG_DECIMAL -> helper("setBigDecimal", index, value);
      case BYTES -> helper("setBytes", index, value);
      case UUID -> CodeBlock.of("$T.setUuid(statement, $L, $L, mysql)", JDBC_VALUES, index, value);
      case INSTANT -> column.column().type() instanceof SqlType.Timestamp
          ? helper("setInstantUtc", index, value)
          : CodeBlock.of("$T.setInstant(statement, $L, $L, mysql)", JDBC_VALUES, index, value);
      case OFFSET_DATE_TIME -> CodeBlock.of("$T.setOffsetDateTime(statement, $L, $L, mysql)", JDBC_VALUES, index, value);
      case LOCAL_DATE_TIME -> helper("setLocalDateTime", index, value);
      case LOCAL_DATE -> helper("setLocalDate", index, value);
      case LOCAL_TIME -> helper("setLocalTime", index, value);
      case ENUM -> helper("setEnum", index, value);
      case STRING_LIST -> column.column().type() instanceof SqlType.TextArray
          ? CodeBlock.of("$T.setStringArray(statement, $L, $L, mysql)", JDBC_VALUES, index, value)
          : CodeBlock.of("$T.setStringListJson(statement, $L, $L, h2)", JDBC_VALUES, index, value);
      case INTEGER_LIST -> column.column().type() instanceof SqlType.IntegerArray
          ? CodeBlock.of("$T.setIntegerArray(statement, $L, $L, mysql)", JDBC_VALUES, index, value)
          : CodeBlock.of("$T.setIntegerListJson(statement, $L, $L, h2)", JDBC_VALUES, index, value);
    };
  }

  CodeBlock helper(String method, int index, CodeBlock value) {
    return CodeBlock.of("$T.$L(statement, $L, $L)", JDBC_VALUES, method, index, value);
  }
}
