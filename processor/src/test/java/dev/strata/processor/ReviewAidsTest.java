package dev.strata.processor;

import static dev.strata.processor.testing.RiskyMigration.build;
import static dev.strata.processor.testing.RiskyMigration.compileOk;
import static dev.strata.processor.testing.RiskyMigration.item;
import static dev.strata.processor.testing.RiskyMigration.itemV1;
import static dev.strata.processor.testing.RiskyMigration.itemV2;
import static dev.strata.processor.testing.RiskyMigration.root;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.strata.processor.diagnostics.Message;
import dev.strata.processor.testing.Compile;
import dev.strata.processor.testing.Goldens;
import dev.strata.processor.testing.RiskyMigration;
import dev.strata.processor.testing.Sources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review aids the processor writes into the migrations directory: a review note beside every script
 * ({@code V2__x.md}) and {@code SCHEMA.md} with the schema's diagrams, for {@link RiskyMigration}.
 */
class ReviewAidsTest {

  static final String RISKY = RiskyMigration.NAME;

  @TempDir Path dir;

  String read(String relative) throws Exception {
    return Files.readString(dir.resolve(relative), StandardCharsets.UTF_8);
  }

  /** The table row of the note for the statement that starts with {@code sql}. */
  static String row(String note, String sql) {
    return note.lines().filter(l -> l.startsWith("| ") && l.contains(sql)).findFirst().orElseThrow(() -> new AssertionError("no row for " + sql + " in\n" + note));
  }

  @Test
  void thePostgresNoteNamesTheRewriteTheConcurrentIndexAndTheDrop() throws Exception {
    build(dir);
    String note = read("postgresql/" + RISKY + ".md");

    assertThat(note).startsWith("# Review note: V2 alter item quantity type (PostgreSQL)\n");
    assertThat(note).contains("- changes the type of `item.quantity` to `bigint`", "- drops column `item.note`",
        "- makes `item.code` NOT NULL", "- adds column `item.stock`", "- adds index `item_title_idx` on `item` (`title`)");
    assertThat(row(note, "ALTER COLUMN \"quantity\" TYPE bigint"))
        .contains("ACCESS EXCLUSIVE on `item`", "rewrites `item` and its indexes: reads and writes wait throughout");
    assertThat(row(note, "ALTER COLUMN \"title\" TYPE varchar(200)")).contains("brief: `varchar(100)` converts to `varchar(200)` without a rewrite");
    assertThat(row(note, "CREATE INDEX CONCURRENTLY \"item_title_idx\""))
        .contains("SHARE UPDATE EXCLUSIVE on `item`", "while reads and writes go on");
    assertThat(row(note, "VALIDATE CONSTRAINT")).contains("SHARE UPDATE EXCLUSIVE on `item`", "fails if a row violates it");
    assertThat(row(note, "ALTER COLUMN \"code\" SET NOT NULL")).contains("ACCESS EXCLUSIVE", "so no scan");
    assertThat(row(note, "ADD COLUMN \"stock\"")).contains("brief: catalog only");
    assertThat(row(note, "DROP COLUMN \"note\"")).contains("ACCESS EXCLUSIVE on `item`", "brief");
    assertThat(note).containsPattern("- #\\d+ deletes column `item.note` and its data");
    assertThat(note).contains("Runs outside a transaction", "at most 5s for its lock");
  }

  @Test
  void theMySqlNoteNamesTheTableCopyTheInPlaceChangesAndTheDrop() throws Exception {
    build(dir);
    String note = read("mysql/" + RISKY + ".md");

    assertThat(note).startsWith("# Review note: V2 alter item quantity type (MySQL/MariaDB)\n");
    assertThat(row(note, "MODIFY COLUMN `quantity` bigint")).contains("copies `item`: reads go on, writes wait throughout");
    assertThat(row(note, "MODIFY COLUMN `title` varchar(200)")).contains("in place on MySQL, metadata only", "INSTANT on MariaDB");
    assertThat(row(note, "MODIFY COLUMN `code`")).contains("rebuilds `item` in place while reads and writes go on", "fails if a row holds NULL");
    assertThat(row(note, "ADD COLUMN `stock`")).contains("INSTANT: metadata only");
    assertThat(row(note, "CREATE INDEX `item_title_idx`")).contains("builds the index in place while reads and writes go on");
    assertThat(row(note, "DROP COLUMN `note`")).contains("INSTANT on MySQL 8.0.29+ and MariaDB");
    assertThat(note).containsPattern("- #\\d+ deletes column `item.note` and its data");
    assertThat(note).contains("commit each DDL statement on its own", "`lock_wait_timeout`");
  }

  @Test
  void theH2NoteNamesItsTableCopies() throws Exception {
    build(dir);
    String note = read("h2/" + RISKY + ".md");

    assertThat(row(note, "SET DATA TYPE bigint")).contains("exclusive on `item`", "copies every row of `item` into a new table");
    assertThat(row(note, "DROP COLUMN \"note\"")).contains("copies every row of `item` into a new table");
    assertThat(row(note, "SET NOT NULL")).contains("scans `item`; fails if a row holds NULL");
    assertThat(note).containsPattern("- #\\d+ deletes column `item.note` and its data");
  }

  @Test
  void theBuildLogAndTheNotesAgreeOnWhatDeletesData() throws Exception {
    Compilation compilation = build(dir);

    String log = notes(compilation).stream().filter(n -> n.contains(RISKY + ".sql")).findFirst().orElseThrow();
    List<String> deleting = log.lines().filter(l -> l.strip().startsWith("X ")).map(l -> l.strip().substring(2)).toList();
    assertThat(deleting).containsExactly("ALTER TABLE \"item\" DROP COLUMN \"note\"");
    assertThat(log).contains("Review note with the locks per database beside each script: " + RISKY + ".md.");
    assertThat(log).contains("~ #2 rewrites item and its indexes");
    for (String database : List.of("postgresql", "mysql", "h2")) {
      String note = read(database + "/" + RISKY + ".md");
      assertThat(note.lines().filter(l -> l.startsWith("- #"))).as(database).hasSize(deleting.size());
    }
  }

  @Test
  void aPostgresMigrationInOneTransactionSaysItsLocksLastUntilCommit() throws Exception {
    compileOk(dir, itemV1(), root(0));
    compileOk(dir, itemV1(), root(1));
    compileOk(dir, item("", "long quantity, String note, @Column(length = 100) String title, @Nullable String code"), root(1));

    String note = read("postgresql/" + RISKY + ".md");
    assertThat(note).contains("Runs in one transaction", "held until the migration commits",
        "Here #2 takes time in proportion to its table.");
  }

  @Test
  void checkModeReportsAStaleDiagramAndWritesNothing() throws Exception {
    compileOk(dir, itemV1(), root(0));
    compileOk(dir, itemV1(), root(1));
    Path diagram = dir.resolve("SCHEMA.md");
    String current = Files.readString(diagram);
    Files.writeString(diagram, current.replace("bigint id PK", "bigint id"));
    Map<String, String> before = Goldens.files(dir);

    Compilation check = Compile.with().migrationsDir(dir).option(StrataProcessor.OPTION_CHECK, "true").compile(itemV1(), root(1));

    CompilationSubject.assertThat(check).hadErrorContaining(Message.CHECK_OUTDATED.tag());
    CompilationSubject.assertThat(check).hadErrorContaining("would rewrite SCHEMA.md");
    assertThat(Goldens.files(dir)).isEqualTo(before);

    compileOk(dir, itemV1(), root(1));
    assertThat(Files.readString(diagram)).isEqualTo(current);
  }

  @Test
  void aMissingReleasedNoteIsWrittenAndAnEditedOneIsLeftAsReviewed() throws Exception {
    compileOk(dir, itemV1(), root(0));
    compileOk(dir, itemV1(), root(1));
    Path note = dir.resolve("postgresql/V1__create_schema.md");
    String written = Files.readString(note);
    Files.delete(note);

    Compilation check = Compile.with().migrationsDir(dir).option(StrataProcessor.OPTION_CHECK, "true").compile(itemV1(), root(1));
    CompilationSubject.assertThat(check).hadErrorContaining("would create V1__create_schema.md");
    assertThat(note).doesNotExist();

    compileOk(dir, itemV1(), root(1));
    assertThat(Files.readString(note)).isEqualTo(written);

    Files.writeString(note, written + "\nReviewed by the team.\n");
    compileOk(dir, itemV1(), root(1));
    assertThat(Files.readString(note)).endsWith("Reviewed by the team.\n");
    assertThat(read("postgresql/V1__create_schema.sql")).doesNotContain("Reviewed");
  }

  @Test
  void thePendingNoteFollowsItsScriptAndGoesWithIt() throws Exception {
    build(dir);
    assertThat(read("mysql/" + RISKY + ".md")).contains("DROP COLUMN `note`");

    compileOk(dir, item("", "long quantity, String note, @Column(length = 100) String title, @Nullable String code"), root(1));
    assertThat(read("mysql/" + RISKY + ".md")).doesNotContain("DROP COLUMN `note`");

    compileOk(dir, itemV1(), root(1));
    assertThat(Goldens.files(dir).keySet()).noneMatch(f -> f.contains("V2"));
    assertThat(read("SCHEMA.md")).contains("after migration V1");
  }

  @Test
  void notesAndDiagramAreByteIdenticalOnRebuildAndInAnotherDirectory(@TempDir Path other) throws Exception {
    build(dir);
    Map<String, String> first = Goldens.files(dir);
    compileOk(dir, itemV2(), root(1));
    assertThat(Goldens.files(dir)).isEqualTo(first);

    build(other);
    assertThat(Goldens.files(other)).isEqualTo(first);
    assertThat(first).containsKeys("SCHEMA.md", "postgresql/" + RISKY + ".md", "mysql/" + RISKY + ".md", "h2/" + RISKY + ".md");
  }

  @Test
  void theDiagramKeepsAuthAndApplicationTablesApartAndDrawsTheirRelations() throws Exception {
    compileOk(dir, Sources.fixture("blog-auth").toArray(JavaFileObject[]::new));
    String schema = read("SCHEMA.md");
    List<String> diagrams = mermaidBlocks(schema);

    assertThat(diagrams).hasSize(2);
    assertThat(schema.indexOf("## Application tables")).isLessThan(schema.indexOf("## Auth tables"));
    String app = diagrams.get(0);
    String auth = diagrams.get(1);
    assertThat(app).contains("\"posts\" {", "\"user (auth)\" {", "\"organization (auth)\" {");
    assertThat(app).contains("text id PK \"auth table\"");
    assertThat(app).contains("\"user (auth)\" ||..o{ \"posts\" : \"author_id\"", "\"organization (auth)\" |o..o{ \"posts\" : \"organization_id\"");
    assertThat(app).doesNotContain("\"session\" {");
    assertThat(auth).contains("\"user\" {", "\"session\" {", "\"user\" ||..o{ \"session\" : \"userId\"");
    assertThat(auth).doesNotContain("\"posts\"");
    assertThat(schema).contains("FK `posts_author_id_fkey` (`author_id`) → `user` (`id`) ON DELETE CASCADE");
  }

  /**
   * Every line of every diagram is one of the forms Mermaid 10 and later read, with names, types and
   * labels in the token classes of its erDiagram lexer: otherwise GitHub shows an error instead.
   */
  @Test
  void everyDiagramLineIsInTheErDiagramSyntaxGitHubRenders(@TempDir Path shop) throws Exception {
    compileOk(dir, Sources.fixture("blog-auth").toArray(JavaFileObject[]::new));
    compileOk(shop, Sources.fixture("shop").toArray(JavaFileObject[]::new));
    String entity = "\"[^\"%\\r\\n\\\\]+\"";
    String word = "[A-Za-z_][A-Za-z0-9_\\-\\[\\]()]*";
    Pattern attribute = Pattern.compile("        " + word + " [A-Za-z_][A-Za-z0-9_]*( (PK|FK|UK)(, (PK|FK|UK))*)?( \"[^\"]*\")?");
    Pattern relation = Pattern.compile("    " + entity + " (\\|\\||\\|o)(--|\\.\\.)(o\\||o\\{) " + entity + " : \"[^\"]*\"");
    Pattern open = Pattern.compile("    " + entity + " \\{");
    int lines = 0;
    for (Path root : List.of(dir, shop)) {
      for (String diagram : mermaidBlocks(Files.readString(root.resolve("SCHEMA.md")))) {
        List<String> body = diagram.lines().toList();
        assertThat(body.get(0)).isEqualTo("erDiagram");
        for (String line : body.subList(1, body.size())) {
          boolean keyName = line.matches("        \\S+ (?i)(pk|fk|uk)\\b.*");
          assertThat(attribute.matcher(line).matches() && !keyName || relation.matcher(line).matches()
              || open.matcher(line).matches() || line.equals("    }")).as(line).isTrue();
          lines++;
        }
      }
    }
    assertThat(lines).isGreaterThan(100);
  }

  static List<String> mermaidBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```mermaid\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  static List<String> notes(Compilation compilation) {
    return compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.NOTE).map(d -> d.getMessage(Locale.ROOT)).toList();
  }
}
