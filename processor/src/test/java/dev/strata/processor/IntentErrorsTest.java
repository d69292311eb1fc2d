package dev.strata.processor;

import static dev.strata.processor.testing.Sources.inTest;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.strata.processor.diagnostics.Message;
import dev.strata.processor.testing.Compile;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes a diff cannot decide on its own are compile errors, on the element at fault, that offer the
 * annotations to paste: Strata never guesses a rename, never drops data, and never lets a change that
 * depends on existing rows through unacknowledged.
 */
class IntentErrorsTest {

  @TempDir Path dir;

  static JavaFileObject schema(String tables, String extra) {
    return inTest("BlogSchema", extra, "@Schema(tables = {" + tables + "}, released = 1)", "interface BlogSchema {}");
  }

  /** Version 1, released: authors and posts with a few columns. */
  @BeforeEach
  void releaseVersionOne() {
    Compilation first =
        Compile.with().migrationsDir(dir).compile(
            inTest("Level", "public enum Level { LOW, MID, HIGH }"),
            inTest("Author", "public record Author(@Id @Identity long id, String name, @Nullable String bio) {}"),
            inTest("Post", "public record Post(@Id @Identity long id, String title, @Column(length = 100) String slug, int views, Level level) {}"),
            inTest("BlogSchema", "@Schema(tables = {Author.class, Post.class})", "interface BlogSchema {}"));
    CompilationSubject.assertThat(first).succeeded();
  }

  Compilation compile(JavaFileObject... sources) {
    return Compile.with().migrationsDir(dir).compile(sources);
  }

  static JavaFileObject level() {
    return inTest("Level", "public enum Level { LOW, MID, HIGH }");
  }

  static JavaFileObject author() {
    return inTest("Author", "public record Author(@Id @Identity long id, String name, @Nullable String bio) {}");
  }

  static JavaFileObject post() {
    return inTest("Post", "public record Post(@Id @Identity long id, String title, @Column(length = 100) String slug, int views, Level level) {}");
  }

  @Test
  void aTableThatDisappearsNeedsARenameOrADrop() {
    JavaFileObject root = schema("Post.class", "");
    Compilation compilation = compile(level(), post(), root);
    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.TABLE_GONE.tag()).inFile(root).onLineContaining("@Schema(");
    CompilationSubject.assertThat(compilation).hadErrorContaining("@RenamedFrom(\"author\")");
    CompilationSubject.assertThat(compilation).hadErrorContaining("@DropTable(\"author\")");
  }

  @Test
  void aColumnThatDisappearsNextToANewOneOffersTheRenameAndTheDrop() {
    JavaFileObject author = inTest("Author", "public record Author(@Id @Identity long id, String name, @Nullable String about) {}");
    Compilation compilation = compile(level(), author, post(), schema("Author.class, Post.class", ""));
    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.COLUMN_GONE.tag()).inFile(author).onLineContaining("public record Author");
    CompilationSubject.assertThat(compilation).hadErrorContaining("renamed to 'about', annotate that component with @RenamedFrom(\"bio\")");
    CompilationSubject.assertThat(compilation).hadErrorContaining("@DropColumn(\"bio\")");
  }

  @Test
  void aReleasedIdentityCannotBeDropped() {
    JavaFileObject author =
        inTest("Author", "public record Author(", "    @Id long id,", "    String name, @Nullable String bio) {}");
    Compilation compilation = compile(level(), author, post(), schema("Author.class, Post.class", ""));
    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.IDENTITY_CHANGE.tag()).inFile(author).onLineContaining("@Id long id");
    CompilationSubject.assertThat(compilation).hadErrorContaining("loses @Identity");
  }

  @Test
  void aNewNotNullColumnNeedsABackfillOrADefault() {
    JavaFileObject author =
        inTest("Author", "public record Author(", "    @Id @Identity long id, String name, @Nullable String bio,", "    String email) {}");
    Compilation compilation = compile(level(), author, post(), schema("Author.class, Post.class", ""));
    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.NOT_NULL_NEEDS_BACKFILL.tag()).inFile(author).onLineContaining("String email");
    CompilationSubject.assertThat(compilation).hadErrorContaining("@Backfill");
  }

  @Test
  void makingAColumnNotNullNeedsABackfill() {
    JavaFileObject author = inTest("Author", "public record Author(", "    @Id @Identity long id, String name,", "    String bio) {}");
    Compilation compilation = compile(level(), author, post(), schema("Author.class, Post.class", ""));
    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.NOT_NULL_NEEDS_BACKFILL.tag()).inFile(author).onLineContaining("String bio");
    CompilationSubject.assertThat(compilation).hadErrorContaining("(it was nullable)");
  }

  @Test
  void aNarrowingTypeNeedsAnAcknowledgement() {
    JavaFileObject post =
        inTest("Post", "public record Post(@Id @Identity long id, String title,", "    @Column(length = 50) String slug,", "    int views, Level level) {}");
    Compilation compilation = compile(level(), author(), post, schema("Author.class, Post.class", ""));
    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.NARROWING_NEEDS_ACKNOWLEDGE.tag()).inFile(post).onLineContaining("String slug");
    CompilationSubject.assertThat(compilation).hadErrorContaining("from varchar(100) to varchar(50)");
    CompilationSubject.assertThat(compilation).hadErrorContaining("Acknowledge.Risk.NARROWING_TYPE");
  }

  @Test
  void aNewUniqueKeyOnAnExistingTableNeedsAnAcknowledgement() {
    JavaFileObject author = inTest("Author", "public record Author(@Id @Identity long id,", "    @Unique String name,", "    @Nullable String bio) {}");
    Compilation compilation = compile(level(), author, post(), schema("Author.class, Post.class", ""));
    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.UNIQUE_NEEDS_ACKNOWLEDGE.tag()).inFile(author).onLineContaining("@Unique String name");
    CompilationSubject.assertThat(compilation).hadErrorContaining("Acknowledge.Risk.UNIQUE");
  }

  @Test
  void removingAnEnumConstantNeedsAnAcknowledgement() {
    JavaFileObject level = inTest("Level", "public enum Level { LOW, HIGH }");
    JavaFileObject post =
        inTest("Post", "public record Post(@Id @Identity long id, String title, @Column(length = 100) String slug, int views,", "    Level level) {}");
    Compilation compilation = compile(level, author(), post, schema("Author.class, Post.class", ""));
    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.ENUM_CONSTANT_REMOVED.tag()).inFile(post).onLineContaining("Level level");
    CompilationSubject.assertThat(compilation).hadErrorContaining("[MID]");
  }

  @Test
  void identityCannotBeAddedAfterRelease() {
    JavaFileObject post =
        inTest("Post", "public record Post(@Id @Identity long id, String title, @Column(length = 100) String slug,", "    @Identity int views, Level level) {}");
    Compilation compilation = compile(level(), author(), post, schema("Author.class, Post.class", ""));
    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.IDENTITY_NOT_PRIMARY_KEY.tag()).inFile(post).onLineContaining("@Identity int views");
  }

  @Test
  void aRenameFromANameThatIsStillUsedIsAConflict() {
    JavaFileObject post =
        inTest("Post", "public record Post(@Id @Identity long id, String title,", "    @RenamedFrom(\"title\") @Column(length = 100) String slug,", "    int views, Level level) {}");
    Compilation compilation = compile(level(), author(), post, schema("Author.class, Post.class", ""));
    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.RENAME_CONFLICT.tag()).inFile(post).onLineContaining("String slug");
  }

  @Test
  void aDropOfAColumnThatIsStillThereIsRejected() {
    JavaFileObject author = inTest("Author", "@DropColumn(\"bio\")", "public record Author(@Id @Identity long id, String name, @Nullable String bio) {}");
    Compilation compilation = compile(level(), author, post(), schema("Author.class, Post.class", ""));
    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.DROP_BUT_PRESENT.tag()).inFile(author).onLineContaining("public record Author");
  }

  @Test
  void aBackfillThatDoesNotConvertIsRejected() {
    JavaFileObject author =
        inTest("Author", "public record Author(@Id @Identity long id, String name, @Nullable String bio,", "    @Backfill(\"soon\") int score) {}");
    Compilation compilation = compile(level(), author, post(), schema("Author.class, Post.class", ""));
    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.BACKFILL_INVALID.tag()).inFile(author).onLineContaining("int score");
  }

  @Test
  void renamesAndDropsWithTheirAnnotationsCompile() {
    JavaFileObject author =
        inTest("Author", "@Table(\"writers\") @RenamedFrom(\"author\") @DropColumn(\"bio\")", "public record Author(@Id @Identity long id, @RenamedFrom(\"name\") String fullName) {}");
    Compilation compilation = compile(level(), author, post(), schema("Author.class, Post.class", ""));
    CompilationSubject.assertThat(compilation).succeeded();
    CompilationSubject.assertThat(compilation).hadNoteContaining("ALTER TABLE \"author\" RENAME TO \"writers\"");
    CompilationSubject.assertThat(compilation).hadNoteContaining("X ALTER TABLE \"writers\" DROP COLUMN \"bio\"");
  }
}
