package dev.strata.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import dev.strata.processor.testing.CompiledClasses;
import dev.strata.processor.testing.Compile;
import dev.strata.processor.testing.Databases;
import dev.strata.processor.testing.Databases.Target;
import dev.strata.processor.testing.Generated;
import dev.strata.processor.testing.Sources;
import dev.strata.runtime.DriftReport;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.tools.json.JSONParser;
import org.jooq.tools.json.ParseException;
import org.opentest4j.TestAbortedException;

/**
 * Every {@code @Default} text is rendered as an escaped literal: whatever a string holds (quotes,
 * backslashes, dollar quotes, comment markers, semicolons, Flyway placeholders, emoji, line breaks,
 * kilobytes of text), the migration stores exactly that string as the default on H2, PostgreSQL and
 * MariaDB (also with {@code standard_conforming_strings} off and {@code NO_BACKSLASH_ESCAPES}), and runs
 * nothing else: the database then holds exactly
 * the schema's table beside the canary table and Flyway's history, and the canary's row is intact.
 *
 * <p>Compiling is the slow part, so each compilation declares a batch of strings, one column each.
 */
class DefaultLiteralPropertyTest {

  /** The strings that broke, or could break, some database or tool; every one in a single schema. */
  static final List<String> CATALOGUE = List.of(
      "", "'", "''", "'''", "\\", "\\\\", "\\'", "'\\", "it's", "\\n is not a newline", "\\0", "\\x41", "\\u0041",
      "$$", "$$;DROP TABLE strata_canary;$$", "$tag$", "$tag$ x $tag$", "$1", "*/", "/*", "/* x */", "--", "-- x\n",
      ";", "x'; DROP TABLE strata_canary; --", "\"", "`", "``", "#", "?", ":name", "%s", "${x}", "${flyway:user}",
      "$${x}", "\\${x}", "${", "${}", "{x}", "😀", "a😀b🇩🇪", "\uD834\uDD1E", "e\u0301", "Z\u0351\u0359\u0331",
      "\r", "\n", "\r\n", "\t", "line\r\nline\nline\rline", " ", " leading and trailing ", "\u00A0", "\u200B", "\uFEFF",
      "\u2028\u2029", "\u0001\u001F\u007F", "ÄÖÜäöüß", "東京", "עברית", "GO", "DELIMITER //",
      "x".repeat(5000), "é😀'\\".repeat(800));

  /** A string a column of {@code varchar(8)} takes on every database (H2 counts the emoji as two). */
  static final String SHORT_TEXT = "'\\${x}😀";

  static final String CHECKED = "x\\y ${z} $$ '";

  @Example
  void theCatalogueOfAwkwardStringsReadsBackExactlyThroughMigratorAndPlainFlyway() {
    Schema schema = Schema.compile(CATALOGUE);
    Set<String> skipped = new TreeSet<>();
    try {
      schema.assertRecompilingChangesNothing();
      for (Target target : Target.values()) {
        for (Applier applier : Applier.values()) {
          schema.applyAndReadBack(target, applier).ifPresent(skipped::add);
        }
      }
    } finally {
      schema.delete();
    }
    if (!skipped.isEmpty()) {
      // After every reachable database has been checked: the run says which were not.
      throw new TestAbortedException(String.join("; ", skipped));
    }
  }

  /** Databases that are not reachable are left out here; the catalogue example above reports them skipped. */
  @Property(tries = 4, shrinking = ShrinkingMode.OFF)
  void arbitraryStringsReadBackExactly(@ForAll("batches") List<String> defaults) {
    Schema schema = Schema.compile(defaults);
    try {
      for (Target target : Target.values()) {
        schema.applyAndReadBack(target, Applier.MIGRATOR);
      }
    } finally {
      schema.delete();
    }
  }

  @Provide
  Arbitrary<List<String>> batches() {
    Arbitrary<String> fragment = Arbitraries.oneOf(
        Arbitraries.of("'", "''", "\\", "$$", "$a$", "${", "}", "${x}", "*/", "/*", "--", ";", "\r", "\n", "\t", "`", "\"",
            "😀", "\u0301", "\uFEFF", "%", "?", "#"),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12),
        Arbitraries.strings().withCharRange('\u00A0', '\uD7FF').ofMaxLength(6),
        Arbitraries.strings().withCharRange('\uE000', '\uFFFD').ofMaxLength(3),
        Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString));
    Arbitrary<String> text = fragment.list().ofMaxSize(12).map(parts -> String.join("", parts));
    Arbitrary<String> longText = fragment.list().ofMinSize(200).ofMaxSize(600).map(parts -> String.join("", parts));
    return Arbitraries.oneOf(text, text, text, longText).list().ofMinSize(6).ofMaxSize(12);
  }

  /**
   * Strata's runtime through Flyway, plain Flyway as the README configures it (placeholder replacement
   * on), and the runtime's one-step script for an empty database (split by its own parser; no canary,
   * since the database must be empty).
   */
  enum Applier { MIGRATOR, PLAIN_FLYWAY, SCHEMA_SCRIPT }

  /** One compiled schema: table {@code literals} with a text column per default, and the generated code. */
  record Schema(List<String> defaults, Generated generated, Path migrations) {

    static Schema compile(List<String> defaults) {
      Path migrations;
      try {
        migrations = Files.createTempDirectory("strata-literals");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Compilation compilation = Compile.with().migrationsDir(migrations).compile(sources(defaults));
      assertThat(compilation.status()).as(compilation.diagnostics().toString()).isEqualTo(Compilation.Status.SUCCESS);
      return new Schema(defaults, new Generated(new CompiledClasses(compilation), "test"), migrations);
    }

    static List<JavaFileObject> sources(List<String> defaults) {
      List<String> record = new ArrayList<>();
      record.add("@Table(\"literals\")");
      record.add("@Check(\"tag <> " + sqlString(CHECKED).replace("\\", "\\\\").replace("\"", "\\\"") + "\")");
      record.add("public record Literal(");
      record.add("    @Id long id,");
      for (int i = 0; i < defaults.size(); i++) {
        record.add("    @Default(" + javaString(defaults.get(i)) + ") String d" + i + ",");
      }
      record.add("    @Column(length = 8) @Default(" + javaString(SHORT_TEXT) + ") String shortText,");
      record.add("    @Default(\"$body$\") Mood mood,");
      record.add("    @Json @Default(" + javaString(jsonDocument()) + ") String document,");
      record.add("    @Nullable String tag) {}");
      return List.of(
          Sources.inTest("Literal", record.toArray(String[]::new)),
          Sources.inTest("Mood", "public enum Mood { HAPPY, $$, $body$ }"),
          Sources.inTest("LiteralSchema", "@Schema(tables = Literal.class)", "interface LiteralSchema {}"));
    }

    /** The snapshot keeps every string exactly: compiling again finds no change and rewrites no file. */
    void assertRecompilingChangesNothing() {
      Map<Path, String> before = files();
      Compilation again = Compile.with().migrationsDir(migrations).compile(sources(defaults));
      assertThat(again.status()).as(again.diagnostics().toString()).isEqualTo(Compilation.Status.SUCCESS);
      assertThat(files()).isEqualTo(before);
    }

    private Map<Path, String> files() {
      try (Stream<Path> files = Files.walk(migrations)) {
        Map<Path, String> contents = new TreeMap<>();
        files.filter(Files::isRegularFile).forEach(f -> contents.put(f, Sources.read(f)));
        return contents;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Migrates a fresh database of the target beside a canary, inserts a row of defaults, reads it back;
     * the reason when the target's server is not reachable (outside CI).
     */
    Optional<String> applyAndReadBack(Target target, Applier applier) {
      try (TestDatabase db = TestDatabase.create(target.vendor)) {
        DataSource dataSource = target.dataSource(db);
        boolean canary = applier != Applier.SCHEMA_SCRIPT;
        if (canary) {
          Databases.plantCanary(dataSource, target.vendor);
        }
        switch (applier) {
          case MIGRATOR -> Migrator.configure(generated.migrations("LiteralSchema")).allowUnreleased(true).apply(dataSource);
          case PLAIN_FLYWAY -> plainFlyway(dataSource, target);
          case SCHEMA_SCRIPT -> assertThat(Migrator.configure(generated.migrations("LiteralSchema")).allowUnreleased(true)
              .freshDatabaseFastPath(true).apply(dataSource).method()).isEqualTo(MigrationReport.Method.SCHEMA_SCRIPT);
        }
        String where = target + " via " + applier;

        DSLContext dsl = DSL.using(dataSource, db.dialect());
        Object[] values = new Object[defaults.size() + 5];
        values[0] = 1L;
        Object stored = generated.insert("Literal", dsl, generated.row("Literal", values));
        Object read = generated.findByKey("Literal", dsl, 1L).orElseThrow();
        for (int i = 0; i < defaults.size(); i++) {
          assertThat(Generated.component(stored, "d" + i)).as(where + ": d" + i + " as inserted").isEqualTo(defaults.get(i));
          assertThat(Generated.component(read, "d" + i)).as(where + ": d" + i + " as read").isEqualTo(defaults.get(i));
        }
        assertThat(Generated.component(read, "shortText")).as(where).isEqualTo(SHORT_TEXT);
        assertThat(((Enum<?>) Generated.component(read, "mood")).name()).as(where).isEqualTo("$body$");
        assertThat(json((String) Generated.component(read, "document"))).as(where).isEqualTo(json(jsonDocument()));

        // The check's literal is exactly the string: a row holding it is refused, one character off is not.
        Object[] offending = values.clone();
        offending[0] = 2L;
        offending[offending.length - 1] = CHECKED;
        assertThatThrownBy(() -> generated.insert("Literal", dsl, generated.row("Literal", offending))).as(where)
            .hasStackTraceContaining("literals_tag_check");
        offending[offending.length - 1] = "\\" + CHECKED;
        generated.insert("Literal", dsl, generated.row("Literal", offending));

        // The defaults as the database reports them are those the processor expects; the canary is the one extra.
        List<DriftReport.Difference> drift = Migrator.configure(generated.migrations("LiteralSchema")).drift(dataSource).differences();
        assertThat(drift).as(where).filteredOn(d -> !d.object().equals("table " + Databases.CANARY)).isEmpty();

        Set<String> expected = new TreeSet<>(Set.of("literals", "flyway_schema_history"));
        if (canary) {
          expected.add(Databases.CANARY);
          assertThat(Databases.canaryRows(dataSource, target.vendor)).as(where).containsExactly("1:" + Databases.CANARY_TEXT);
        }
        assertThat(Databases.objects(dataSource, target.vendor)).as(where).containsExactlyInAnyOrderElementsOf(expected);
      } catch (java.sql.SQLException e) {
        throw new AssertionError(target + ": " + e.getMessage(), e);
      } catch (TestAbortedException skipped) {
        System.out.println(skipped.getMessage());
        return Optional.of(target + ": " + skipped.getMessage());
      }
      return Optional.empty();
    }

    /** Plain Flyway as the README configures it, placeholder replacement left on. */
    private void plainFlyway(DataSource dataSource, Target target) {
      var configuration = Flyway.configure().dataSource(dataSource).locations("filesystem:" + migrations.resolve(target.folder()));
      if (target.vendor == Vendor.POSTGRESQL) {
        configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
      }
      assertThat(configuration.load().migrate().migrationsExecuted).isEqualTo(1);
    }

    void delete() {
      ProcessorRobustnessTest.deleteTree(migrations);
    }
  }

  /** A JSON document whose strings hold what trips SQL literals, written compactly. */
  static String jsonDocument() {
    return "{\"q\":\"it's \\\\ \\\" $$ ${x} -- */ ;\",\"e\":\"😀\",\"n\":[1,null,true]}";
  }

  /** The text of a SQL string literal (quotes doubled), as {@code @Check} takes it. */
  static String sqlString(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /**
   * A Java string literal of any text: printable ASCII as it is (quote and backslash escaped), every
   * other UTF-16 unit as a unicode escape, except line breaks, which a unicode escape would turn into
   * real ones.
   */
  static String javaString(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n' || c == '\r') {
        out.append(c == '\n' ? "\\n" : "\\r");
      } else if (c >= ' ' && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }

  /** A JSON document as maps, lists and values: databases differ in how they space and escape it. */
  static Object json(String text) {
    try {
      return new JSONParser().parse(text);
    } catch (ParseException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }
}
