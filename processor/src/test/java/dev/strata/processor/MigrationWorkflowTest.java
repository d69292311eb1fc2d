package dev.strata.processor;

import static dev.strata.processor.testing.Sources.inTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.strata.processor.diagnostics.Message;
import dev.strata.processor.testing.Compile;
import dev.strata.processor.testing.CompiledClasses;
import dev.strata.processor.testing.Generated;
import dev.strata.processor.testing.Goldens;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How migrations evolve with the code: a schema change becomes the one pending migration and later
 * changes fold into it; released migrations are frozen and checked; the chain file makes parallel
 * branches conflict; check mode fails instead of writing.
 */
class MigrationWorkflowTest {

  @TempDir Path dir;

  static JavaFileObject note(String components) {
    return inTest("Note", "public record Note(@Id @Identity long id, " + components + ") {}");
  }

  static JavaFileObject root(int released) {
    return inTest("NoteSchema", "@Schema(tables = {Note.class}, released = " + released + ")", "interface NoteSchema {}");
  }

  Compilation compile(JavaFileObject... sources) {
    return Compile.with().migrationsDir(dir).compile(sources);
  }

  Compilation compileOk(JavaFileObject... sources) {
    Compilation compilation = compile(sources);
    CompilationSubject.assertThat(compilation).succeeded();
    return compilation;
  }

  Map<String, String> files() {
    return Goldens.files(dir);
  }

  Path file(String relative) {
    return dir.resolve(relative);
  }

  String read(String relative) throws Exception {
    return Files.readString(file(relative), StandardCharsets.UTF_8);
  }

  @Test
  void changesToAPendingMigrationFoldIntoIt() throws Exception {
    compileOk(note("String text"), root(0));
    assertThat(files()).containsKeys("postgresql/V1__create_schema.sql", "strata/V1.snapshot", "strata/migrations.sum");

    compileOk(note("String text, @Nullable String author"), root(0));

    assertThat(files().keySet()).noneMatch(f -> f.contains("V2"));
    assertThat(read("postgresql/V1__create_schema.sql")).contains("\"author\" text");
    assertThat(read("strata/V1.snapshot")).contains("column \"author\" text");
    assertThat(read("strata/migrations.sum")).contains("V1 create_schema pending");
  }

  @Test
  void afterReleaseAChangeBecomesTheNextMigrationAndTheReleasedOneStaysByteForByte() throws Exception {
    compileOk(note("String text"), root(0));
    Map<String, String> v1 = files();

    compileOk(note("String text, @Nullable String author"), root(1));

    Map<String, String> now = files();
    for (String name : v1.keySet()) {
      if (name.contains("V1__") || name.contains("U1__") || name.equals("strata/V1.snapshot")) {
        assertThat(now.get(name)).as(name).isEqualTo(v1.get(name));
      }
    }
    assertThat(now).containsKeys("postgresql/V2__add_note_author.sql", "postgresql/U2__add_note_author.sql", "strata/V2.snapshot");
    assertThat(read("postgresql/V2__add_note_author.sql")).contains("ALTER TABLE \"note\" ADD COLUMN \"author\" text;");
    assertThat(read("postgresql/U2__add_note_author.sql")).contains("ALTER TABLE \"note\" DROP COLUMN \"author\";");
    assertThat(read("strata/migrations.sum")).contains("V1 create_schema released").contains("V2 add_note_author pending");
  }

  @Test
  void revertingThePendingChangeRemovesThePendingMigration() throws Exception {
    compileOk(note("String text"), root(0));
    compileOk(note("String text, @Nullable String author"), root(1));
    assertThat(files()).containsKey("postgresql/V2__add_note_author.sql");

    compileOk(note("String text"), root(1));

    assertThat(files().keySet()).noneMatch(f -> f.contains("V2") || f.contains("U2"));
    assertThat(read("strata/migrations.sum")).doesNotContain("V2");
  }

  @Test
  void aRebuildWithoutChangesTouchesNoFile() throws Exception {
    compileOk(note("String text"), root(0));
    Map<String, FileTime> times = new HashMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000));
        times.put(f.toString(), Files.getLastModifiedTime(f));
      }
    }
    compileOk(note("String text"), root(0));
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.getLastModifiedTime(f)).as(f.toString()).isEqualTo(times.get(f.toString()));
      }
    }
  }

  @Test
  void anEditedReleasedMigrationIsACompileErrorAndIsNotRewritten() throws Exception {
    compileOk(note("String text"), root(0));
    compileOk(note("String text"), root(1));
    String edited = read("postgresql/V1__create_schema.sql").replace("\"text\" text", "\"text\" varchar(10)");
    Files.writeString(file("postgresql/V1__create_schema.sql"), edited);

    JavaFileObject root = root(1);
    Compilation compilation = compile(note("String text"), root);

    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.RELEASED_MIGRATION_EDITED.tag()).inFile(root).onLineContaining("interface NoteSchema");
    CompilationSubject.assertThat(compilation).hadErrorContaining("git checkout");
    assertThat(read("postgresql/V1__create_schema.sql")).isEqualTo(edited);
  }

  @Test
  void aMissingReleasedFileIsACompileError() throws Exception {
    compileOk(note("String text"), root(0));
    compileOk(note("String text"), root(1));
    Files.delete(file("mysql/V1__create_schema.sql"));

    Compilation compilation = compile(note("String text"), root(1));

    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.MIGRATION_MISSING_FILE.tag()).inFile(root(0)).onLineContaining("interface NoteSchema");
    CompilationSubject.assertThat(compilation).hadErrorContaining("mysql/V1__create_schema.sql");
  }

  @Test
  void aMigrationFileNotInTheChainIsACompileError() throws Exception {
    compileOk(note("String text"), root(0));
    Files.writeString(file("postgresql/V2__by_hand.sql"), "ALTER TABLE note ADD COLUMN x int;\n");

    Compilation compilation = compile(note("String text"), root(0));

    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.MIGRATION_UNKNOWN_FILE.tag()).inFile(root(0)).onLineContaining("interface NoteSchema");
    CompilationSubject.assertThat(compilation).hadErrorContaining("V2__by_hand.sql");
  }

  @Test
  void twoFilesOfOneVersionAreACompileError() throws Exception {
    compileOk(note("String text"), root(0));
    compileOk(note("String text"), root(1));
    compileOk(note("String text, @Nullable String author"), root(1));
    Files.copy(file("h2/V2__add_note_author.sql"), file("h2/V2__add_note_title.sql"));

    Compilation compilation = compile(note("String text, @Nullable String author"), root(1));

    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.DUPLICATE_VERSION.tag()).inFile(root(0)).onLineContaining("interface NoteSchema");
    CompilationSubject.assertThat(compilation).hadErrorContaining("V2__add_note_author.sql and V2__add_note_title.sql");
  }

  /** Two branches each add a migration on top of V1: merging them conflicts in migrations.sum. */
  @Test
  void parallelBranchesConflictInTheChainFileAndAMergedForkIsRejected() throws Exception {
    compileOk(note("String text"), root(0));
    compileOk(note("String text"), root(1));
    Path main = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-main"));
    copy(dir, main);

    compileOk(note("String text, @Nullable String author"), root(1));
    String branchA = read("strata/migrations.sum");
    copy(main, dir);
    compileOk(note("String text, @Nullable String title"), root(1));
    String branchB = read("strata/migrations.sum");

    // Both branches rewrote the same last line: git cannot merge them without a conflict.
    String lastA = branchA.lines().reduce((a, b) -> b).orElseThrow();
    String lastB = branchB.lines().reduce((a, b) -> b).orElseThrow();
    assertThat(lastA).startsWith("V2 ").isNotEqualTo(lastB);
    assertThat(lastB).startsWith("V2 ");

    String conflicted = branchA.replace(lastA, "<<<<<<< HEAD\n" + lastA + "\n=======\n" + lastB + "\n>>>>>>> feature");
    Files.writeString(file("strata/migrations.sum"), conflicted);
    JavaFileObject root = root(1);
    Compilation compilation = compile(note("String text, @Nullable String author, @Nullable String title"), root);
    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.CHAIN_MERGE_CONFLICT.tag()).inFile(root).onLineContaining("interface NoteSchema");
    CompilationSubject.assertThat(compilation).hadErrorContaining("compile again");

    // Resolving the conflict by keeping both lines is a forked history.
    Files.writeString(file("strata/migrations.sum"), branchA + lastB + "\n");
    compilation = compile(note("String text, @Nullable String author, @Nullable String title"), root(1));
    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.DUPLICATE_VERSION.tag()).inFile(root(0)).onLineContaining("interface NoteSchema");
    CompilationSubject.assertThat(compilation).hadErrorContaining("two branches each added a V2");
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(to)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!f.equals(to)) {
          Files.delete(f);
        }
      }
    }
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  @Test
  void releasedCannotGoBackNorAhead() {
    compileOk(note("String text"), root(0));
    compileOk(note("String text"), root(1));

    JavaFileObject lowered = root(0);
    CompilationSubject.assertThat(compile(note("String text"), lowered)).hadErrorContaining(Message.RELEASED_LOWERED.tag())
        .inFile(lowered).onLineContaining("interface NoteSchema");
    CompilationSubject.assertThat(compile(note("String text"), root(3))).hadErrorContaining(Message.RELEASED_AHEAD.tag())
        .inFile(root(3)).onLineContaining("interface NoteSchema");
  }

  @Test
  void checkModeFailsWhenTheCodeChangedAndWritesNothing() throws Exception {
    compileOk(note("String text"), root(0));
    compileOk(note("String text"), root(1));
    Map<String, String> before = files();

    Compilation compilation =
        Compile.with().migrationsDir(dir).option(StrataProcessor.OPTION_CHECK, "true").compile(note("String text, @Nullable String author"), root(1));

    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.CHECK_OUTDATED.tag()).inFile(root(0)).onLineContaining("interface NoteSchema");
    CompilationSubject.assertThat(compilation).hadErrorContaining("would create V2__add_note_author.sql");
    CompilationSubject.assertThat(compilation).hadErrorContaining("mvn compile");
    assertThat(files()).isEqualTo(before);

    CompilationSubject.assertThat(
            Compile.with().migrationsDir(dir).option(StrataProcessor.OPTION_CHECK, "true").compile(note("String text"), root(1)))
        .succeeded();
  }

  @Test
  void theBuildLogNamesTheNewMigrationAndItsRiskyStatements() {
    compileOk(note("String text, @Nullable String author"), root(0));
    compileOk(note("String text, @Nullable String author"), root(1));

    Compilation compilation =
        compileOk(inTest("Note", "@DropColumn(\"author\")", "public record Note(@Id @Identity long id, String text) {}"), root(1));

    CompilationSubject.assertThat(compilation).hadNoteContaining("V2__drop_note_author.sql");
    CompilationSubject.assertThat(compilation).hadNoteContaining("X ALTER TABLE \"note\" DROP COLUMN \"author\"");
    CompilationSubject.assertThat(compilation).hadNoteContaining("1 risky statement");
  }

  @Test
  void theRuntimeRefusesAnUnreleasedMigrationUnlessToldTo() throws Exception {
    Compilation compilation = compileOk(note("String text"), root(0));
    Generated notes = new Generated(new CompiledClasses(compilation), "test");
    try (TestDatabase db = TestDatabase.create(Vendor.H2)) {
      Assertions.assertThatThrownBy(() -> Migrator.configure(notes.migrations("NoteSchema")).allowUnreleased(false).apply(db.dataSource()))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("V1 (create schema)")
          .hasMessageContaining("is not released")
          .hasMessageContaining("@Schema(released = 1)")
          .hasMessageContaining("-Dstrata.allowUnreleased=true");
      assertThat(Migrator.configure(notes.migrations("NoteSchema")).allowUnreleased(true).apply(db.dataSource()).applied()).containsExactly(1);
    }
  }
}
