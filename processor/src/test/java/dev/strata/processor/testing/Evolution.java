package dev.strata.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.runtime.MigrationIndex;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Plays a schema's history against a real database, the way a team would: each version of the code is
 * compiled into the same migrations directory with the previous version released, its migration applied,
 * and a row inserted into every table. Along the way it checks that rows survive every later step, that
 * each undo script takes the catalog back to the previous version, and at the end that the replayed
 * schema equals the schema created in one step from the final code.
 */
public final class Evolution {

  /** One version of the code: its sources (without the schema root) and what the root adds. */
  public record Version(String description, Map<String, String> records, String rootAnnotations, Map<String, String> renamedTables) {}

  private final String packageName;
  private final List<Version> versions = new ArrayList<>();

  public Evolution(String packageName) {
    this.packageName = packageName;
  }

  public Evolution version(String description, Map<String, String> records) {
    return version(description, records, "", Map.of());
  }

  public Evolution version(String description, Map<String, String> records, String rootAnnotations, Map<String, String> renamedTables) {
    versions.add(new Version(description, new LinkedHashMap<>(records), rootAnnotations, renamedTables));
    return this;
  }

  public List<Version> versions() {
    return versions;
  }

  /** The sources of a version with its root, {@code @Schema(released = released)}. */
  public List<JavaFileObject> sources(Version version, int released) {
    List<JavaFileObject> sources = new ArrayList<>();
    List<String> tables = new ArrayList<>();
    for (Map.Entry<String, String> record : version.records().entrySet()) {
      String name = record.getKey();
      String body = record.getValue();
      sources.add(source(name, body));
      if (Pattern.compile("\\brecord\\s+" + name + "\\b").matcher(body).find()) {
        tables.add(name + ".class");
      }
    }
    sources.add(source("EvolvingSchema",
        version.rootAnnotations() + "\n@Schema(tables = {" + String.join(", ", tables) + "}, released = " + released + ")\npublic interface EvolvingSchema {}"));
    return sources;
  }

  private JavaFileObject source(String simpleName, String body) {
    String text = "package " + packageName + ";\n\n"
        + "import dev.strata.annotations.*;\nimport java.math.BigDecimal;\nimport java.time.*;\nimport java.util.*;\n"
        + "import org.jspecify.annotations.Nullable;\n\n" + body + "\n";
    return JavaFileObjects.forSourceString(packageName + "." + simpleName, text);
  }

  public static Compilation compile(Path migrations, List<JavaFileObject> sources) {
    return compile(migrations, sources, "compile");
  }

  public static Compilation compile(Path migrations, List<JavaFileObject> sources, String what) {
    Compilation compilation = Compile.with().migrationsDir(migrations).compile(sources);
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.errors()) {
      errors.add(d.getMessage(java.util.Locale.ROOT));
    }
    assertThat(errors).as("compile errors of %s", what).isEmpty();
    return compilation;
  }

  /** What a replay produced: the final catalog and the code of the last version. */
  public record Replay(String catalog, Generated last) {}

  /**
   * The history compiled once, for every database: each version into the same migrations directory with
   * the previous one released, and the final version alone into an empty one.
   */
  public record Compiled(List<Generated> versions, Generated oneStep) {}

  public Compiled compile(Path dir) throws java.io.IOException {
    Path migrations = emptyDir(dir, "history");
    List<Generated> compiled = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      Version version = versions.get(i);
      Compilation compilation = compile(migrations, sources(version, i), "version " + (i + 1) + " (" + version.description() + ")");
      compiled.add(new Generated(new CompiledClasses(compilation), packageName));
    }
    // Intent annotations refer to history that the one-step schema does not have; they are ignored there.
    Compilation oneStep = compile(emptyDir(dir, "fresh"), sources(versions.get(versions.size() - 1), 0), "the final version in one step");
    return new Compiled(compiled, new Generated(new CompiledClasses(oneStep), packageName));
  }

  /** Replays every version on the database, checking survival and undo along the way. */
  public Replay replay(TestDatabase db, Compiled compiled) throws Exception {
    Generated generated = null;
    String previousCatalog = "";
    Map<String, List<String>> keysBefore = Map.of();
    for (int i = 0; i < versions.size(); i++) {
      Version version = versions.get(i);
      int number = i + 1;
      generated = compiled.versions().get(i);
      MigrationIndex index = generated.migrations("EvolvingSchema");
      assertThat(index.migrations()).as("version %d (%s) makes one migration", number, version.description()).hasSize(number);
      Migrator.configure(index).allowUnreleased(true).apply(db.dataSource());
      String catalog = catalog(db);

      // Rows inserted before survive the step.
      for (Map.Entry<String, List<String>> entry : keysBefore.entrySet()) {
        String table = version.renamedTables().getOrDefault(entry.getKey(), entry.getKey());
        if (catalog.contains("table " + table.toLowerCase(java.util.Locale.ROOT) + "\n") || catalog.contains("table " + table + "\n")) {
          assertThat(keys(db.dsl(), table)).as("rows of %s survive version %d (%s)", table, number, version.description())
              .containsAll(entry.getValue());
        }
      }

      // The undo script takes the catalog back to the previous version; then the migration applies again.
      if (number > 1) {
        MigrationInfo migration = index.migrations().get(i);
        String undo = generated.resource(index.location() + "/" + db.vendor().id() + "/" + migration.script(db.vendor()).undoFileName());
        runScript(db, undo);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
          s.executeUpdate("DELETE FROM " + history(db.vendor()) + " WHERE " + Databases.quote(db.vendor(), "version") + " = '" + number + "'");
        }
        assertThat(catalog(db)).as("undo of version %d (%s)", number, version.description()).isEqualTo(previousCatalog);
        Migrator.configure(index).allowUnreleased(true).apply(db.dataSource());
        assertThat(catalog(db)).as("version %d applied again after its undo", number).isEqualTo(catalog);
      }

      insertRows(generated, db.dsl(), number);
      keysBefore = new LinkedHashMap<>();
      for (Table<?> table : tables(generated)) {
        keysBefore.put(table.getName(), keys(db.dsl(), table.getName()));
      }
      previousCatalog = catalog;
    }
    return new Replay(previousCatalog, generated);
  }

  /** The final version's schema created in one step. */
  public static String createdInOneStep(TestDatabase db, Compiled compiled) throws Exception {
    Migrator.configure(compiled.oneStep().migrations("EvolvingSchema")).allowUnreleased(true).apply(db.dataSource());
    return catalog(db);
  }

  public static String catalog(TestDatabase db) throws SQLException {
    try (Connection c = db.connect()) {
      return Introspector.dump(c, db.vendor());
    }
  }

  private static String history(Vendor vendor) {
    return Databases.quote(vendor, "flyway_schema_history");
  }

  /** Runs a generated script statement by statement (statements end with ';' at a line end). */
  public static void runScript(TestDatabase db, String script) throws SQLException {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      StringBuilder statement = new StringBuilder();
      for (String line : script.split("\n")) {
        if (statement.length() == 0 && (line.startsWith("--") || line.isBlank())) {
          continue;
        }
        statement.append(line).append('\n');
        if (line.endsWith(";")) {
          String sql = statement.toString().strip();
          s.execute(sql.substring(0, sql.length() - 1));
          statement.setLength(0);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  static List<Table<Record>> tables(Generated generated) {
    return (List<Table<Record>>) generated.staticField("EvolvingSchemaTables", "ALL");
  }

  /** The rows of a table, identified by their "id" when the table has one, else by count. */
  private static List<String> keys(DSLContext dsl, String tableName) {
    Table<?> table = org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(tableName));
    try {
      List<String> ids = new ArrayList<>();
      for (Object id : dsl.select(org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("id"))).from(table).fetch(0)) {
        ids.add(String.valueOf(id));
      }
      return ids;
    } catch (org.jooq.exception.DataAccessException noIdColumn) {
      int count = dsl.fetchCount(table);
      List<String> rows = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        rows.add("row " + i);
      }
      return rows;
    }
  }

  /** Inserts one row into every table through the generated accessors, with values that satisfy the schema. */
  static void insertRows(Generated generated, DSLContext dsl, int version) {
    for (Table<Record> table : tables(generated)) {
      String record = table.getClass().getSimpleName().replaceAll("Table$", "");
      Class<?> rowType = generated.type(record);
      RecordComponent[] components = rowType.getRecordComponents();
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        Field<?> field = table.fields()[i];
        values[i] = value(dsl, table, field, components[i].getType(), version, i);
      }
      Object row;
      try {
        row = generated.row(record, values);
      } catch (RuntimeException e) {
        throw new IllegalStateException("cannot build a " + record + " of version " + version + " from " + java.util.Arrays.toString(values)
            + " for " + java.util.Arrays.toString(components), e);
      }
      generated.insert(record, dsl, row);
    }
  }

  private static Object value(DSLContext dsl, Table<Record> table, Field<?> field, Class<?> type, int version, int position) {
    for (ForeignKey<Record, ?> fk : table.getReferences()) {
      if (fk.getFields().contains(field)) {
        Field<?> target = fk.getKeyFields().get(0);
        Object existing = dsl.select(target).from(fk.getKey().getTable()).orderBy(target.desc()).limit(1).fetchOne(0);
        if (existing != null || !field.getDataType().nullable()) {
          return existing;
        }
        return null;
      }
    }
    if (field.getDataType().identity()) {
      if (type == int.class) {
        return 0;
      }
      if (type == short.class) {
        return (short) 0;
      }
      return 0L;
    }
    int n = version * 100 + position;
    if (type == String.class) {
      int length = field.getDataType().length();
      String text = "v" + version + "p" + position + "-" + UUID.randomUUID().toString().substring(0, 8);
      return length > 0 && text.length() > length ? text.substring(text.length() - length) : text;
    }
    if (type == int.class || type == Integer.class) {
      return n;
    }
    if (type == long.class || type == Long.class) {
      return (long) n;
    }
    if (type == short.class || type == Short.class) {
      return (short) n;
    }
    if (type == boolean.class || type == Boolean.class) {
      return version % 2 == 0;
    }
    if (type == double.class || type == Double.class) {
      return n + 0.5;
    }
    if (type == float.class || type == Float.class) {
      return n + 0.25f;
    }
    if (type == BigDecimal.class) {
      return new BigDecimal(n + ".25");
    }
    if (type == UUID.class) {
      return UUID.randomUUID();
    }
    if (type == Instant.class) {
      return Instant.parse("2024-01-01T00:00:00Z").plusSeconds(n);
    }
    if (type == OffsetDateTime.class) {
      return OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusSeconds(n);
    }
    if (type == LocalDateTime.class) {
      return LocalDateTime.of(2024, 1, 1, 0, 0).plusSeconds(n);
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2024, 1, 1).plusDays(n);
    }
    if (type == LocalTime.class) {
      return LocalTime.of(1, 2, 3);
    }
    if (type == byte[].class) {
      return new byte[] {(byte) n};
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    throw new IllegalArgumentException("no test value for " + type);
  }

  public static Path emptyDir(Path parent, String name) throws java.io.IOException {
    return Files.createDirectories(parent.resolve(name));
  }
}
