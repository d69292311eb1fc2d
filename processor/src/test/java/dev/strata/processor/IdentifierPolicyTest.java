package dev.strata.processor;

import static dev.strata.processor.testing.Sources.inTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.strata.processor.diagnostics.Message;
import dev.strata.processor.model.Names;
import dev.strata.processor.testing.CompiledClasses;
import dev.strata.processor.testing.Compile;
import dev.strata.processor.testing.Databases;
import dev.strata.processor.testing.Generated;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Strata's identifier policy: a name is letters (any script, case kept), digits and underscores, not
 * starting with a digit, at most 63 UTF-8 bytes, inside the Basic Multilingual Plane. Such a name is
 * quoted the same way in the migrations and in the jOOQ tables, so reserved words, mixed case and
 * non-ASCII letters work unchanged on every database: the migration applies, the database reports the
 * exact name, and the generated table inserts and reads a row. Every other name is a compile error on
 * the annotation that gives it, never SQL.
 */
class IdentifierPolicyTest {

  /** Table names that are valid, each on its own record with a column, a unique key, an index and a check. */
  static final List<String> TABLES = List.of(
      "order", "user", "select", "group", "table", "MixedCase", "UPPER", "ünïcödé", "東京", "Ωμέγα", "_x", "_1",
      "t".repeat(63), "ä".repeat(31) + "t", "blogPost", "blog_post", "all", "all_2");

  /** Column names that are valid, all in one table. */
  static final List<String> COLUMNS = List.of(
      "select", "from", "Where", "GROUP", "key", "value", "desc", "Ärger", "東京", "c".repeat(63), "ä".repeat(31) + "c",
      "MiXeD", "userName", "user_name", "İstanbul", "ǅ", "_", "__");

  static Generated schema;
  static Map<String, String> recordOfTable = new LinkedHashMap<>();

  @BeforeAll
  static void compile() {
    List<JavaFileObject> sources = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    for (int t = 0; t < TABLES.size(); t++) {
      String table = TABLES.get(t);
      String record = "T" + t;
      recordOfTable.put(table, record);
      classes.add(record + ".class");
      sources.add(inTest(record,
          "@Table(\"" + table + "\")",
          "@Unique(columns = \"value\", name = \"" + constraintName(table, "Unique") + "\")",
          "public record " + record + "(",
          "    @Id @Column(name = \"" + (t % 2 == 0 ? "id" : "ID") + "\") long id,",
          "    @Column(name = \"value\") @Check(value = \"value <> ''\", name = \"" + constraintName(table, "Check") + "\")"
              + " @Index(name = \"" + constraintName(table, "index") + "\") String value,",
          "    @Nullable @References(value = Columns.class, name = \"" + constraintName(table, "references") + "\") Long ref) {}"));
    }
    List<String> components = new ArrayList<>();
    for (int c = 0; c < COLUMNS.size(); c++) {
      components.add("    @Column(name = \"" + COLUMNS.get(c) + "\") @Nullable String c" + c);
    }
    sources.add(inTest("Columns",
        "@Table(\"columns\")",
        "public record Columns(",
        "    @Id long id,",
        String.join(",\n", components) + ") {}"));
    classes.add("Columns.class");
    sources.add(inTest("NamesSchema", "@Schema(tables = {" + String.join(", ", classes) + "})", "interface NamesSchema {}"));
    Compilation compilation = Compile.with().compile(sources);
    assertThat(compilation.status()).as(compilation.diagnostics().toString()).isEqualTo(Compilation.Status.SUCCESS);
    schema = new Generated(new CompiledClasses(compilation), "test");
  }

  /** A constraint name of at most 63 bytes that keeps the table's name recognisable. */
  static String constraintName(String table, String suffix) {
    String head = table;
    while (Names.utf8Length(head + "_" + suffix) > 63) {
      head = head.substring(0, head.length() - 1);
    }
    return head + "_" + suffix;
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void validNamesMigrateAndTheGeneratedTablesUseThemAsTheDatabaseReportsThem(Vendor vendor) throws SQLException {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      DataSource dataSource = db.dataSource();
      Migrator.configure(schema.migrations("NamesSchema")).allowUnreleased(true).failOnDrift(true).apply(dataSource);

      Set<String> tables = new TreeSet<>(TABLES);
      tables.add("columns");
      tables.add("flyway_schema_history");
      assertThat(Databases.objects(dataSource, vendor)).containsExactlyInAnyOrderElementsOf(tables);

      Object[] columnValues = new Object[COLUMNS.size() + 1];
      columnValues[0] = 1L;
      for (int c = 0; c < COLUMNS.size(); c++) {
        columnValues[c + 1] = "value of " + COLUMNS.get(c);
      }
      Object row = schema.row("Columns", columnValues);
      schema.insert("Columns", db.dsl(), row);
      assertThat(schema.findByKey("Columns", db.dsl(), 1L)).contains(row);
      List<String> reported = columns(dataSource, vendor, "columns");
      List<String> expected = new ArrayList<>(List.of("id"));
      expected.addAll(COLUMNS);
      assertThat(reported).containsExactlyElementsOf(expected);

      for (String table : TABLES) {
        String record = recordOfTable.get(table);
        Object tableRow = schema.row(record, 7L, "in " + table, 1L);
        schema.insert(record, db.dsl(), tableRow);
        assertThat(schema.findByKey(record, db.dsl(), 7L)).as(table).contains(tableRow);
        assertThat(constraints(dataSource, vendor, table)).as(table).contains(
            constraintName(table, "Check"), constraintName(table, "references"), constraintName(table, "Unique"));
      }
    }
  }

  /** The table's columns in order, by their exact names. */
  static List<String> columns(DataSource dataSource, Vendor vendor, String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.getMetaData().getColumns(vendor == Vendor.MYSQL ? c.getCatalog() : null,
            vendor == Vendor.H2 ? "PUBLIC" : vendor == Vendor.POSTGRESQL ? "public" : null, table, "%")) {
      while (rs.next()) {
        names.add(rs.getString("COLUMN_NAME"));
      }
    }
    return names;
  }

  /** The names of the table's constraints, as the database reports them. */
  static Set<String> constraints(DataSource dataSource, Vendor vendor, String table) throws SQLException {
    String schemaCondition = switch (vendor) {
      case H2 -> "TABLE_SCHEMA = 'PUBLIC'";
      case POSTGRESQL -> "TABLE_SCHEMA = 'public'";
      case MYSQL -> "TABLE_SCHEMA = DATABASE()";
    };
    Set<String> names = new TreeSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT CONSTRAINT_NAME FROM information_schema.TABLE_CONSTRAINTS WHERE " + schemaCondition + " AND TABLE_NAME = ?")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }

  /** Invalid column names, each with what its error must say; all declared in one record. */
  static final Map<String, String> INVALID = invalid();

  private static Map<String, String> invalid() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("a b", "whitespace");
    names.put("a;b", "';'");
    names.put("a\\\"b", "'\"'");
    names.put("a`b", "'`'");
    names.put("a'b", "'''");
    names.put("a.b", "'.'");
    names.put("a-b", "'-'");
    names.put("a$b", "'$'");
    names.put("a\\\\b", "'\\'");
    names.put("x--y", "'-'");
    names.put("x/*y*/", "'/'");
    names.put("drop table t;", "whitespace");
    names.put("1abc", "starts with a digit");
    names.put("x".repeat(64), "64 bytes");
    names.put("ä".repeat(32), "64 bytes");
    names.put("x\\uD83D\\uDE00", "outside the Basic Multilingual Plane");
    names.put("e\\u0301", "'\u0301'");
    names.put("a\\u0000b", "U+0000");
    names.put("a\\u200Bb", "'\u200B'");
    names.put("a\\tb", "whitespace");
    return names;
  }

  @Test
  void everyInvalidColumnNameIsACompileErrorOnItsComponent() {
    List<String> lines = new ArrayList<>(List.of("public record Bad(", "    @Id long id"));
    int i = 0;
    for (String name : INVALID.keySet()) {
      lines.add("    , @Column(name = \"" + name + "\") String bad" + i++ + "x");
    }
    lines.add(") {}");
    JavaFileObject bad = inTest("Bad", lines.toArray(String[]::new));
    Compilation compilation = Compile.with().compile(bad, inTest("BadSchema", "@Schema(tables = Bad.class)", "interface BadSchema {}"));
    CompilationSubject.assertThat(compilation).failed();
    i = 0;
    for (Map.Entry<String, String> entry : INVALID.entrySet()) {
      CompilationSubject.assertThat(compilation)
          .hadErrorContaining(Message.INVALID_IDENTIFIER.tag())
          .inFile(bad)
          .onLineContaining("String bad" + i++ + "x");
      CompilationSubject.assertThat(compilation).hadErrorContaining(entry.getValue());
    }
    assertThat(compilation.errors()).hasSize(INVALID.size());
  }
}
