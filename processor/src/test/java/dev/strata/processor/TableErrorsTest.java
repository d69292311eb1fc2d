package dev.strata.processor;

import static dev.strata.processor.SchemaErrorsTest.assertError;
import static dev.strata.processor.SchemaErrorsTest.compile;
import static dev.strata.processor.SchemaErrorsTest.schema;
import static dev.strata.processor.testing.Sources.inTest;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.strata.processor.diagnostics.Message;
import dev.strata.processor.testing.Compile;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rest of the catalogue of invalid application tables and schema roots: each fails the build with
 * its message id, on the line of the element at fault, saying how to fix it.
 */
class TableErrorsTest {

  // ---- the schema root ---------------------------------------------------------------------------

  @Test
  void aSchemaRootThatIsAnEnum() {
    JavaFileObject note = inTest("Note", "public record Note(@Id long id) {}");
    JavaFileObject root = inTest("TestSchema", "@Schema(tables = Note.class)", "enum TestSchema {}");
    assertError(compile(note, root), Message.SCHEMA_NOT_INTERFACE_OR_CLASS, root, "@Schema(", "enum", "empty interface");
  }

  @Test
  void aTableThatIsTheRecordBaseClass() {
    JavaFileObject root = inTest("TestSchema", "@Schema(tables = Record.class)", "interface TestSchema {}");
    assertError(compile(root), Message.SCHEMA_TABLE_NOT_RECORD, root, "@Schema(", "java.lang.Record is not a record");
  }

  @Test
  void aRecordListedByTwoSchemas() {
    JavaFileObject note = inTest("Note", "public record Note(@Id long id) {}");
    JavaFileObject one = inTest("OneSchema", "@Schema(tables = Note.class)", "interface OneSchema {}");
    JavaFileObject two = inTest("TwoSchema", "@Schema(tables = Note.class)", "interface TwoSchema {}");
    assertError(compile(note, one, two), Message.TABLE_IN_TWO_SCHEMAS, two, "interface TwoSchema", "test.Note is a table of both");
  }

  @Test
  void twoSchemaRootsInOneModule() {
    JavaFileObject note = inTest("Note", "public record Note(@Id long id) {}");
    JavaFileObject tag = inTest("Tag", "public record Tag(@Id long id) {}");
    JavaFileObject one = inTest("OneSchema", "@Schema(tables = Note.class)", "interface OneSchema {}");
    JavaFileObject two = inTest("TwoSchema", "@Schema(tables = Tag.class)", "interface TwoSchema {}");
    Compilation compilation = compile(note, tag, one, two);
    assertError(compilation, Message.SCHEMA_LOCATION_CLASH, two, "@Schema(", "one schema root per module");
    CompilationSubject.assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aNegativeReleasedVersion() {
    JavaFileObject note = inTest("Note", "public record Note(@Id long id) {}");
    JavaFileObject root = inTest("TestSchema", "@Schema(tables = Note.class,", "    released = -1)", "interface TestSchema {}");
    assertError(compile(note, root), Message.RELEASED_NEGATIVE, root, "released = -1", "0 or more");
  }

  @Test
  void anUnknownDatabaseInTheDialectsOption() {
    JavaFileObject note = inTest("Note", "public record Note(@Id long id) {}");
    JavaFileObject root = schema("Note.class");
    Compilation compilation = Compile.with().option(StrataProcessor.OPTION_DIALECTS, "postgresql,oracle").compile(note, root);
    assertError(compilation, Message.UNKNOWN_DIALECT, root, "@Schema(", "'oracle'", "postgresql, mysql, h2");
  }

  @Test
  void aDialectsOptionThatNamesNoDatabase() {
    JavaFileObject note = inTest("Note", "public record Note(@Id long id) {}");
    JavaFileObject root = schema("Note.class");
    Compilation compilation = Compile.with().option(StrataProcessor.OPTION_DIALECTS, ",").compile(note, root);
    assertError(compilation, Message.UNKNOWN_DIALECT, root, "@Schema(", "','");
    CompilationSubject.assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void noMigrationsDirectoryIsAWarningOnTheRoot() {
    JavaFileObject note = inTest("Note", "public record Note(@Id long id) {}");
    JavaFileObject root = schema("Note.class");
    Compilation compilation = compile(note, root);
    CompilationSubject.assertThat(compilation).succeeded();
    CompilationSubject.assertThat(compilation).hadWarningContaining(Message.MIGRATIONS_DIR_MISSING.tag())
        .inFile(root).onLineContaining("interface TestSchema");
  }

  @Test
  void eachWrittenMigrationIsANoteOnTheRoot(@TempDir Path dir) {
    JavaFileObject note = inTest("Note", "public record Note(@Id long id) {}");
    JavaFileObject root = schema("Note.class");
    Compilation compilation = Compile.with().migrationsDir(dir).compile(note, root);
    CompilationSubject.assertThat(compilation).succeeded();
    CompilationSubject.assertThat(compilation).hadNoteContaining(Message.MIGRATION_WRITTEN.tag())
        .inFile(root).onLineContaining("interface TestSchema");
    CompilationSubject.assertThat(compilation).hadNoteContaining("V1");
  }

  // ---- tables --------------------------------------------------------------------------------------

  @Test
  void aGenericTableRecord() {
    JavaFileObject box = inTest("Box", "public record Box<T>(@Id long id) {}");
    assertError(compile(box, schema("Box.class")), Message.TABLE_GENERIC_RECORD, box, "record Box<T>", "type parameters");
  }

  // ---- columns -------------------------------------------------------------------------------------

  @Test
  void aNullablePrimaryKey() {
    JavaFileObject note = inTest("Note", "public record Note(", "    @Id @Nullable String code) {}");
    assertError(compile(note, schema("Note.class")), Message.NULLABLE_PRIMARY_KEY, note, "String code", "'code'", "Remove @Nullable");
  }

  @Test
  void anIdentityInACompositeKey() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id @Identity long id,", "    @Id long version) {}");
    assertError(compile(note, schema("Note.class")), Message.IDENTITY_COMPOSITE_KEY, note, "@Identity long id", "composite");
  }

  @Test
  void anIdentityWithADefault() {
    JavaFileObject note = inTest("Note", "public record Note(", "    @Id @Identity @Default(\"1\") long id) {}");
    assertError(compile(note, schema("Note.class")), Message.IDENTITY_WITH_DEFAULT, note, "long id", "Remove @Default");
  }

  @Test
  void aLengthOutOfRange() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Column(length = 20000) String text) {}");
    assertError(compile(note, schema("Note.class")), Message.LENGTH_INVALID, note, "String text", "20000", "16383");
  }

  @Test
  void aPrecisionOnAnInteger() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Column(precision = 10) int amount) {}");
    assertError(compile(note, schema("Note.class")), Message.PRECISION_NOT_DECIMAL, note, "int amount", "BigDecimal");
  }

  @Test
  void aPrecisionOutOfRange() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Column(precision = 100, scale = 2) BigDecimal amount) {}");
    assertError(compile(note, schema("Note.class")), Message.PRECISION_INVALID, note, "BigDecimal amount", "precision = 100", "1 to 65");
  }

  @Test
  void aDefaultAndADefaultNow() {
    JavaFileObject note = inTest(
        "Note", "public record Note(", "    @Id long id,", "    @Default(\"2024-01-01T00:00:00Z\") @DefaultNow Instant at) {}");
    assertError(compile(note, schema("Note.class")), Message.DEFAULT_AND_DEFAULT_NOW, note, "Instant at", "'at'");
  }

  @Test
  void aDefaultForBytes() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Default(\"AA==\") byte[] data) {}");
    assertError(compile(note, schema("Note.class")), Message.DEFAULT_UNSUPPORTED, note, "byte[] data", "'data'");
  }

  // ---- keys, indexes, checks -----------------------------------------------------------------------

  @Test
  void aUniqueOnTheRecordWithoutColumns() {
    JavaFileObject note = inTest("Note", "@Unique", "public record Note(@Id long id, String slug) {}");
    assertError(compile(note, schema("Note.class")), Message.EMPTY_COLUMN_LIST, note, "@Unique", "columns = {");
  }

  @Test
  void anIndexOnAComponentWithColumns() {
    JavaFileObject note = inTest(
        "Note", "public record Note(", "    @Id long id,", "    String title,", "    @Index(columns = \"title\") String slug) {}");
    assertError(compile(note, schema("Note.class")), Message.COLUMNS_ON_COMPONENT, note, "String slug", "'slug'");
  }

  @Test
  void aComponentListedTwice() {
    JavaFileObject note = inTest(
        "Note", "@Unique(columns = {\"slug\", \"slug\"})", "public record Note(@Id long id, String slug) {}");
    assertError(compile(note, schema("Note.class")), Message.DUPLICATE_COLUMN_IN_LIST, note, "@Unique(columns", "'slug' twice");
  }

  @Test
  void anIndexOnAJsonColumn() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Index @Json String data) {}");
    assertError(compile(note, schema("Note.class")), Message.INDEX_ON_JSON, note, "String data", "'data'", "JSON");
  }

  // ---- foreign keys --------------------------------------------------------------------------------

  @Test
  void aReferenceWithoutTarget() {
    JavaFileObject note = inTest("Note", "public record Note(", "    @Id long id,", "    @References long parentId) {}");
    assertError(compile(note, schema("Note.class")), Message.REFERENCES_NO_TARGET, note, "long parentId", "'parentId'");
  }

  @Test
  void aReferenceWithTwoTargets() {
    JavaFileObject author = inTest("Author", "public record Author(@Id long id) {}");
    JavaFileObject note = inTest(
        "Note", "public record Note(", "    @Id long id,", "    @References(value = Author.class, table = \"user\") long authorId) {}");
    assertError(compile(author, note, schema("Author.class, Note.class")), Message.REFERENCES_TWO_TARGETS, note, "long authorId",
        "test.Author", "\"user\"");
  }

  @Test
  void aReferenceToACompositeKey() {
    JavaFileObject version = inTest("Version", "public record Version(@Id long doc, @Id int number) {}");
    JavaFileObject note = inTest("Note", "public record Note(", "    @Id long id,", "    @References(Version.class) long versionId) {}");
    assertError(compile(version, note, schema("Version.class, Note.class")), Message.REFERENCES_NO_SINGLE_KEY, note,
        "long versionId", "2 columns", "column = ");
  }

  @Test
  void setDefaultWithoutADefault() {
    JavaFileObject author = inTest("Author", "public record Author(@Id long id) {}");
    JavaFileObject note = inTest("Note", "public record Note(", "    @Id long id,",
        "    @References(value = Author.class, onDelete = ReferentialAction.SET_DEFAULT) long authorId) {}");
    assertError(compile(author, note, schema("Author.class, Note.class")), Message.REFERENCES_SET_DEFAULT_NO_DEFAULT, note,
        "long authorId", "onDelete = SET_DEFAULT", "@Default");
  }
}
