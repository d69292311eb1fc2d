package dev.strata.processor;

import static dev.strata.processor.testing.Sources.inTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.strata.processor.diagnostics.Message;
import dev.strata.processor.testing.Compile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migrations directory Strata cannot trust (damaged by hand, by a merge, or by a setting changed after
 * a release) fails the build with one error on the schema root that says which file to restore and how.
 */
class HistoryErrorsTest {

  @TempDir Path dir;

  static JavaFileObject note() {
    return inTest("Note", "public record Note(@Id @Identity long id, String text) {}");
  }

  static JavaFileObject root(int released) {
    return inTest("NoteSchema", "@Schema(tables = {Note.class}, released = " + released + ")", "interface NoteSchema {}");
  }

  Compilation compile(int released) {
    return Compile.with().migrationsDir(dir).compile(note(), root(released));
  }

  /** V1 written, and released when {@code release}. */
  void history(boolean release) {
    CompilationSubject.assertThat(compile(0)).succeeded();
    if (release) {
      CompilationSubject.assertThat(compile(1)).succeeded();
    }
  }

  Path file(String relative) {
    return dir.resolve(relative);
  }

  String read(String relative) throws Exception {
    return Files.readString(file(relative), StandardCharsets.UTF_8);
  }

  static void assertErrorOnRoot(Compilation compilation, Message message, String... mentions) {
    SchemaErrorsTest.assertError(compilation, message, root(0), "interface NoteSchema", mentions);
    SchemaErrorsTest.noInternalError(compilation);
  }

  @Test
  void aChainFileWithALineThatIsNoMigration() throws Exception {
    history(true);
    Files.writeString(file("strata/migrations.sum"), read("strata/migrations.sum") + "V2 oops\n");
    assertErrorOnRoot(compile(1), Message.CHAIN_INVALID, "is not a migration line: V2 oops", "git checkout");
  }

  @Test
  void aChainFileWhoseVersionIsTooLargeForANumberIsInvalid() throws Exception {
    // Regression: Integer.parseInt on the version once escaped as an internal error.
    history(true);
    Files.writeString(file("strata/migrations.sum"), read("strata/migrations.sum").replace("V1 ", "V99999999999 "));
    assertErrorOnRoot(compile(1), Message.CHAIN_INVALID, "V99999999999");
  }

  @Test
  void aChainFileThatSkipsAVersion() throws Exception {
    history(true);
    Files.writeString(file("strata/migrations.sum"), read("strata/migrations.sum").replace("V1 ", "V2 "));
    assertErrorOnRoot(compile(1), Message.VERSION_GAP, "lists V2 where V1 should follow");
  }

  @Test
  void twoPendingMigrationsInTheChain() throws Exception {
    history(false);
    String chain = read("strata/migrations.sum");
    String line = chain.lines().filter(l -> l.startsWith("V1 ")).findFirst().orElseThrow();
    Files.writeString(file("strata/migrations.sum"), chain + line.replace("V1 ", "V2 ") + "\n");
    assertErrorOnRoot(compile(0), Message.TOO_MANY_PENDING, "V1 to V2 are all pending");
  }

  @Test
  void aMigrationFileWhoseVersionIsTooLargeForANumberIsUnknown() throws Exception {
    // Regression: Integer.parseInt on the file name once escaped as an internal error.
    history(true);
    Files.writeString(file("postgresql/V99999999999__by_hand.sql"), "select 1;\n");
    assertErrorOnRoot(compile(1), Message.MIGRATION_UNKNOWN_FILE, "V99999999999__by_hand.sql");
  }

  @Test
  void aSnapshotWhoseVersionIsTooLargeForANumberIsNotStratas() throws Exception {
    // Regression: Integer.parseInt on the snapshot name once escaped as an internal error.
    history(true);
    Files.writeString(file("strata/V99999999999.snapshot"), "");
    Compilation compilation = compile(1);
    CompilationSubject.assertThat(compilation).succeeded();
    SchemaErrorsTest.noInternalError(compilation);
  }

  @Test
  void theReleasedSnapshotIsMissing() throws Exception {
    history(true);
    Files.delete(file("strata/V1.snapshot"));
    assertErrorOnRoot(compile(1), Message.SNAPSHOT_MISSING, "V1.snapshot", "git checkout");
  }

  @Test
  void theReleasedSnapshotWasEdited() throws Exception {
    history(true);
    Files.writeString(file("strata/V1.snapshot"), read("strata/V1.snapshot") + "# a note\n");
    assertErrorOnRoot(compile(1), Message.SNAPSHOT_EDITED, "V1.snapshot", "no longer matches migrations.sum");
  }

  @Test
  void theReleasedSnapshotCannotBeRead() throws Exception {
    history(true);
    String snapshot = read("strata/V1.snapshot");
    String garbled = "not a snapshot\n";
    Files.writeString(file("strata/V1.snapshot"), garbled);
    Files.writeString(file("strata/migrations.sum"), read("strata/migrations.sum").replace(sha256(snapshot), sha256(garbled)));
    assertErrorOnRoot(compile(1), Message.SNAPSHOT_INVALID, "V1.snapshot cannot be read");
  }

  @Test
  void aPendingMigrationEditedByHandIsRegeneratedWithAWarning() throws Exception {
    history(false);
    String generated = read("postgresql/V1__create_schema.sql");
    Files.writeString(file("postgresql/V1__create_schema.sql"), generated + "-- my change\n");
    JavaFileObject root = root(0);
    Compilation compilation = Compile.with().migrationsDir(dir).compile(note(), root);
    CompilationSubject.assertThat(compilation).succeeded();
    CompilationSubject.assertThat(compilation).hadWarningContaining(Message.PENDING_MIGRATION_EDITED.tag())
        .inFile(root).onLineContaining("interface NoteSchema");
    assertThat(read("postgresql/V1__create_schema.sql")).isEqualTo(generated);
  }

  @Test
  void aDatabaseAddedAfterTheFirstRelease() throws Exception {
    for (int released = 0; released <= 1; released++) {
      Compilation compilation =
          Compile.with().migrationsDir(dir).option(StrataProcessor.OPTION_DIALECTS, "postgresql").compile(note(), root(released));
      CompilationSubject.assertThat(compilation).succeeded();
    }
    assertErrorOnRoot(compile(1), Message.DIALECT_ADDED_AFTER_RELEASE, "no MySQL", "before the first release");
  }

  @Test
  void aMigrationsDirectoryThatIsAFile() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("migrations"), "");
    Compilation compilation = Compile.with().migrationsDir(notADirectory).compile(note(), root(0));
    assertErrorOnRoot(compilation, Message.MIGRATIONS_IO, "writable");
  }

  static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
