package dev.strata.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The review aids the processor wrote into the sample's migrations, and the README's copy of its diagrams. */
class SchemaDocumentTest {

  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  @Test
  void theReadmeShowsTheDiagramsTheProcessorWrote() throws IOException {
    List<String> generated = mermaid(Files.readString(MIGRATIONS.resolve("SCHEMA.md"), StandardCharsets.UTF_8));
    List<String> readme = mermaid(Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8));

    assertThat(generated).hasSize(2);
    assertThat(readme).containsSubsequence(generated);
  }

  @Test
  void everyScriptHasAReviewNoteBesideIt() throws IOException {
    for (String database : List.of("postgresql", "mysql", "h2")) {
      try (Stream<Path> files = Files.list(MIGRATIONS.resolve(database))) {
        List<String> scripts = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql")).toList();
        assertThat(scripts).hasSize(4);
        for (String script : scripts) {
          Path note = MIGRATIONS.resolve(database).resolve(script.replaceFirst("\\.sql$", ".md"));
          assertThat(Files.readString(note, StandardCharsets.UTF_8)).as(note.toString())
              .contains("from `" + script + "`", "## What changes", "## Destructive statements", "## Locks on existing tables");
        }
      }
    }
  }

  static List<String> mermaid(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```mermaid\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }
}
