package dev.strata.processor;

import static dev.strata.processor.testing.Sources.inTest;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.strata.processor.diagnostics.Message;
import dev.strata.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Each invalid use of the annotations fails the build with one error, on the element at fault, that
 * names the problem and says how to fix it.
 */
class SchemaErrorsTest {

  static Compilation compile(JavaFileObject... sources) {
    return Compile.with().compile(sources);
  }

  static void assertError(Compilation compilation, Message message, JavaFileObject file, String line, String... mentions) {
    CompilationSubject.assertThat(compilation).failed();
    CompilationSubject.assertThat(compilation).hadErrorContaining(message.tag()).inFile(file).onLineContaining(line);
    for (String mention : mentions) {
      CompilationSubject.assertThat(compilation).hadErrorContaining(mention);
    }
  }

  static JavaFileObject schema(String tables) {
    return inTest("TestSchema", "@Schema(tables = {" + tables + "})", "interface TestSchema {}");
  }

  @Test
  void aTableWithoutPrimaryKey() {
    JavaFileObject note = inTest("Note", "public record Note(String text) {}");
    assertError(compile(note, schema("Note.class")), Message.TABLE_NO_PRIMARY_KEY, note, "record Note(", "@Id");
  }

  @Test
  void aUniqueKeyThatRepeatsThePrimaryKey() {
    JavaFileObject note = inTest("Note", "public record Note(", "    @Id @Unique long id,", "    String text) {}");
    assertError(compile(note, schema("Note.class")), Message.UNIQUE_IS_PRIMARY_KEY, note, "@Unique long id", "Remove @Unique");
  }

  @Test
  void aCheckOverAColumnThatAForeignKeyActionWrites() {
    JavaFileObject owner = inTest("Owner", "public record Owner(@Id long id) {}");
    JavaFileObject pet = inTest("Pet", "@Check(\"owner_id > 0\")", "public record Pet(",
        "    @Id long id,", "    @Nullable @References(value = Owner.class, onDelete = ReferentialAction.SET_NULL) Long ownerId) {}");
    assertError(compile(owner, pet, schema("Owner.class, Pet.class")), Message.CHECK_BESIDE_REFERENTIAL_ACTION, pet, "@Check(",
        "'owner_id'", "ON DELETE SET NULL", "NO_ACTION");
    Compilation withoutMySql = Compile.with().option(dev.strata.processor.StrataProcessor.OPTION_DIALECTS, "postgresql,h2")
        .compile(owner, pet, schema("Owner.class, Pet.class"));
    CompilationSubject.assertThat(withoutMySql).succeeded();
  }

  @Test
  void anUnsupportedTypeListsTheSupportedOnes() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    java.util.List<String> words) {}");
    assertError(compile(note, schema("Note.class")), Message.UNSUPPORTED_TYPE, note, "words", "java.util.List<java.lang.String>", "LocalDateTime");
  }

  @Test
  void twoRecordsWithTheSameTableName() {
    JavaFileObject a = inTest("A", "@Table(\"things\")", "public record A(@Id long id) {}");
    JavaFileObject b = inTest("B", "@Table(\"Things\")", "public record B(@Id long id) {}");
    assertError(compile(a, b, schema("A.class, B.class")), Message.DUPLICATE_TABLE_NAME, b, "@Table(\"Things\")", "more than case");
  }

  @Test
  void twoComponentsWithTheSameColumnNameAfterNaming() {
    JavaFileObject note =
        inTest(
            "Note",
            "public record Note(",
            "    @Id long id,",
            "    String userName,",
            "    @Column(name = \"user_name\") String login) {}");
    assertError(compile(note, schema("Note.class")), Message.DUPLICATE_COLUMN_NAME, note, "String login", "'user_name'", "userName");
  }

  @Test
  void aForeignKeyToARecordThatIsNotATableOfTheSchema() {
    JavaFileObject author = inTest("Author", "public record Author(@Id long id) {}");
    JavaFileObject post =
        inTest("Post", "public record Post(", "    @Id long id,", "    @References(Author.class) long authorId) {}");
    assertError(compile(author, post, schema("Post.class")), Message.REFERENCES_MISSING_TABLE, post, "long authorId", "test.Author", "@Schema(tables");
  }

  @Test
  void aForeignKeyToAnAuthTableWithoutAuthConfiguration() {
    JavaFileObject post =
        inTest("Post", "public record Post(", "    @Id long id,", "    @References(table = \"user\") String authorId) {}");
    assertError(compile(post, schema("Post.class")), Message.REFERENCES_MISSING_TABLE, post, "String authorId", "\"user\"", "auth");
  }

  @Test
  void aForeignKeyToAMissingColumn() {
    JavaFileObject author = inTest("Author", "public record Author(@Id long id, @Unique String email) {}");
    JavaFileObject post =
        inTest("Post", "public record Post(", "    @Id long id,", "    @References(value = Author.class, column = \"mail\") String author) {}");
    assertError(compile(author, post, schema("Author.class, Post.class")), Message.REFERENCES_MISSING_COLUMN, post, "String author", "'mail'", "email");
  }

  @Test
  void aForeignKeyWhoseTypeDiffersFromItsTarget() {
    JavaFileObject author = inTest("Author", "public record Author(@Id long id) {}");
    JavaFileObject post =
        inTest("Post", "public record Post(", "    @Id long id,", "    @References(Author.class) int authorId) {}");
    assertError(compile(author, post, schema("Author.class, Post.class")), Message.REFERENCES_TYPE_MISMATCH, post, "int authorId", "Declare 'authorId' as long");
  }

  @Test
  void aForeignKeyToAColumnThatIsNotUnique() {
    JavaFileObject author = inTest("Author", "public record Author(@Id long id, String email) {}");
    JavaFileObject post =
        inTest("Post", "public record Post(", "    @Id long id,", "    @References(value = Author.class, column = \"email\") String author) {}");
    assertError(compile(author, post, schema("Author.class, Post.class")), Message.REFERENCES_NOT_UNIQUE, post, "String author", "@Unique");
  }

  @Test
  void setNullOnANotNullColumn() {
    JavaFileObject author = inTest("Author", "public record Author(@Id long id) {}");
    JavaFileObject post =
        inTest(
            "Post",
            "public record Post(",
            "    @Id long id,",
            "    @References(value = Author.class, onDelete = ReferentialAction.SET_NULL) long authorId) {}");
    assertError(compile(author, post, schema("Author.class, Post.class")), Message.REFERENCES_SET_NULL_NOT_NULL, post, "long authorId", "@Nullable");
  }

  @Test
  void aDefaultThatDoesNotConvertToTheColumnType() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Default(\"many\") int count) {}");
    assertError(compile(note, schema("Note.class")), Message.DEFAULT_NOT_CONVERTIBLE, note, "int count", "\"many\"", "whole number", "@Default(\"0\")");
  }

  @Test
  void anEnumDefaultThatIsNotAConstant() {
    JavaFileObject level = inTest("Level", "public enum Level { LOW, HIGH }");
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Default(\"MEDIUM\") Level level) {}");
    assertError(compile(level, note, schema("Note.class")), Message.DEFAULT_NOT_CONVERTIBLE, note, "Level level", "[LOW, HIGH]");
  }

  @Test
  void aSchemaNamingAClassThatDoesNotExistIsJavacsErrorNotAnInternalOne() {
    // Regression: javac hands the processor the unresolved class as the string "<error>", which once
    // escaped as a ClassCastException reported as [strata:internal-error].
    JavaFileObject note = inTest("Note", "public record Note(@Id long id) {}");
    JavaFileObject root = inTest("TestSchema", "@Schema(tables = Note.class, auth = MissingAuth.class)", "interface TestSchema {}");
    Compilation compilation = compile(note, root);
    assertError(compilation, Message.SCHEMA_DOES_NOT_COMPILE, root, "@Schema(", "test.TestSchema was not processed");
    CompilationSubject.assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(root).onLineContaining("MissingAuth");
    noInternalError(compilation);
  }

  @Test
  void anAnnotationValueOfTheWrongTypeIsJavacsErrorNotAnInternalOne() {
    JavaFileObject note = inTest("Note", "public record Note(", "    @Id long id,", "    @Column(length = \"long\") String text) {}");
    JavaFileObject root = schema("Note.class");
    Compilation compilation = compile(note, root);
    // javac's own error, on the value; javac runs no further round, so Strata adds nothing.
    CompilationSubject.assertThat(compilation).hadErrorContaining("incompatible types").inFile(note).onLineContaining("String text");
    CompilationSubject.assertThat(compilation).hadErrorCount(1);
    noInternalError(compilation);
  }

  static void noInternalError(Compilation compilation) {
    org.assertj.core.api.Assertions.assertThat(compilation.diagnostics())
        .noneMatch(d -> d.getMessage(java.util.Locale.ROOT).contains(Message.INTERNAL_ERROR.tag()));
  }

  @Test
  void aStringDefaultLongerThanTheColumn() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Column(length = 3) @Default(\"abcd\") String code) {}");
    assertError(compile(note, schema("Note.class")), Message.DEFAULT_NOT_CONVERTIBLE, note, "String code", "length of 3");
  }

  /** H2 counts UTF-16 code units: two emoji do not fit its character varying(3), though they do elsewhere. */
  @Test
  void aStringDefaultLongerThanTheColumnOnH2() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Column(length = 3) @Default(\"\\uD83D\\uDE00\\uD83D\\uDE00\") String code) {}");
    assertError(compile(note, schema("Note.class")), Message.DEFAULT_NOT_CONVERTIBLE, note, "String code", "length of 3", "H2 counts");
  }

  @Test
  void aStringDefaultWithTheNulCharacter() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Default(\"a\\0b\") String code) {}");
    assertError(compile(note, schema("Note.class")), Message.DEFAULT_NOT_CONVERTIBLE, note, "String code", "NUL");
  }

  @Test
  void aStringDefaultWithHalfASurrogatePair() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Default(\"a\\uD83Db\") String code) {}");
    assertError(compile(note, schema("Note.class")), Message.DEFAULT_NOT_CONVERTIBLE, note, "String code", "U+D83D", "surrogate");
  }

  @Test
  void aJsonDefaultWithAnEscapedNul() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Json @Default(\"{\\\"a\\\": \\\"\\\\u0000\\\"}\") String data) {}");
    assertError(compile(note, schema("Note.class")), Message.DEFAULT_NOT_CONVERTIBLE, note, "String data", "jsonb");
  }

  @Test
  void aJsonDefaultThatIsNotJson() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Json @Default(\"{oops}\") String data) {}");
    assertError(compile(note, schema("Note.class")), Message.DEFAULT_NOT_CONVERTIBLE, note, "String data", "not valid JSON");
  }

  @Test
  void aTableNameThatIsNotAValidIdentifier() {
    JavaFileObject note = inTest("Note", "@Table(\"notes; drop table users\")", "public record Note(@Id long id) {}");
    assertError(compile(note, schema("Note.class")), Message.INVALID_IDENTIFIER, note, "@Table(", "';'", "notes_drop_table_users");
  }

  @Test
  void aTableNamedLikeFlywaysHistoryTable() {
    JavaFileObject note = inTest("Note", "@Table(\"Flyway_Schema_History\")", "public record Note(@Id long id) {}");
    assertError(compile(note, schema("Note.class")), Message.RESERVED_TABLE_NAME, note, "@Table(", "'Flyway_Schema_History'",
        "flyway_schema_history", "@Table(\"...\")");
  }

  @Test
  void aColumnNameThatIsTooLong() {
    String longName = "c".repeat(64);
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Column(name = \"" + longName + "\") String text) {}");
    assertError(compile(note, schema("Note.class")), Message.INVALID_IDENTIFIER, note, "String text", "64 bytes");
  }

  @Test
  void aColumnNameWithAQuote() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Column(name = \"te\\\"xt\") String text) {}");
    assertError(compile(note, schema("Note.class")), Message.INVALID_IDENTIFIER, note, "String text", "'\"'");
  }

  @Test
  void aNullablePrimitive() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Nullable int count) {}");
    assertError(compile(note, schema("Note.class")), Message.NULLABLE_PRIMITIVE, note, "int count", "Integer");
  }

  @Test
  void anIdentityThatIsNotThePrimaryKey() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id String code,", "    @Identity long number) {}");
    assertError(compile(note, schema("Note.class")), Message.IDENTITY_NOT_PRIMARY_KEY, note, "long number", "@Id");
  }

  @Test
  void anIdentityOfTextType() {
    JavaFileObject note = inTest("Note", "public record Note(", "    @Id @Identity String code) {}");
    assertError(compile(note, schema("Note.class")), Message.IDENTITY_NOT_INTEGRAL, note, "String code", "long");
  }

  @Test
  void aLengthOnANumber() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Column(length = 10) int count) {}");
    assertError(compile(note, schema("Note.class")), Message.LENGTH_NOT_STRING, note, "int count");
  }

  @Test
  void defaultNowOnText() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @DefaultNow String stamp) {}");
    assertError(compile(note, schema("Note.class")), Message.DEFAULT_NOW_NOT_TEMPORAL, note, "String stamp", "Instant");
  }

  @Test
  void aUniqueConstraintNamingAnUnknownComponent() {
    JavaFileObject note =
        inTest("Note", "@Unique(columns = {\"id\", \"titel\"})", "public record Note(@Id long id, String title) {}");
    assertError(compile(note, schema("Note.class")), Message.UNKNOWN_COMPONENT, note, "@Unique(columns", "'titel'", "title");
  }

  @Test
  void aCheckThatSmugglesASecondStatement() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Check(\"count > 0); drop table note; --\") int count) {}");
    assertError(compile(note, schema("Note.class")), Message.CHECK_INVALID, note, "int count", "')' has no matching '('");
  }

  @Test
  void aCheckWithAStatementSeparator() {
    JavaFileObject note =
        inTest("Note", "public record Note(", "    @Id long id,", "    @Check(\"count > 0; delete from note\") int count) {}");
    assertError(compile(note, schema("Note.class")), Message.CHECK_INVALID, note, "int count", "';'");
  }

  @Test
  void aCheckOverNoColumn() {
    JavaFileObject note = inTest("Note", "@Check(\"1 = 1\")", "public record Note(@Id long id) {}");
    assertError(compile(note, schema("Note.class")), Message.CHECK_NO_COLUMN, note, "@Check(", "'note'");
  }

  @Test
  void aSchemaThatListsAClassThatIsNotARecord() {
    JavaFileObject note = inTest("Note", "public record Note(@Id long id) {}");
    JavaFileObject root =
        inTest("TestSchema", "@Schema(tables = {Note.class, Note.class})", "interface TestSchema {}");
    assertError(compile(note, root), Message.SCHEMA_DUPLICATE_TABLE_CLASS, root, "@Schema(", "test.Note");
  }

  @Test
  void aSchemaWithoutTables() {
    JavaFileObject root = inTest("TestSchema", "@Schema", "interface TestSchema {}");
    assertError(compile(root), Message.SCHEMA_EMPTY, root, "@Schema");
  }

  @Test
  void twoConstraintsWithTheSameName() {
    JavaFileObject a = inTest("A", "public record A(@Id long id, @Unique(name = \"same\") String x) {}");
    JavaFileObject b = inTest("B", "public record B(@Id long id, @Index(name = \"same\") String y) {}");
    assertError(compile(a, b, schema("A.class, B.class")), Message.DUPLICATE_CONSTRAINT_NAME, b, "String y", "'same'");
  }

  @Test
  void aJsonAnnotationOnANumber() {
    JavaFileObject note = inTest("Note", "public record Note(", "    @Id long id,", "    @Json int data) {}");
    assertError(compile(note, schema("Note.class")), Message.JSON_NOT_STRING, note, "int data");
  }

  @Test
  void aNonPublicRecord() {
    JavaFileObject note = inTest("Note", "record Note(@Id long id) {}");
    assertError(compile(note, schema("Note.class")), Message.TABLE_NOT_ACCESSIBLE, note, "record Note(", "public");
  }
}
