package dev.strata.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.processor.diagnostics.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the catalogue of diagnostics complete: every {@link Message} has a test that names it (a
 * compile-testing test asserting its id, element and line) and a row in README.md's Troubleshooting
 * section that says what it means and how to fix it; the section lists no id that no longer exists.
 */
class MessageCatalogueTest {

  static final Path TESTS = Path.of("src/test/java");
  static final Path README = Path.of("../README.md");
  static final Pattern README_ID = Pattern.compile("`strata:([a-z0-9-]+)`");

  @Test
  void everyMessageHasATestThatNamesIt() throws IOException {
    String tests = testSources();
    List<String> untested = Arrays.stream(Message.values())
        .filter(m -> !Pattern.compile("\\bMessage\\." + m.name() + "\\b").matcher(tests).find())
        .map(Message::name)
        .toList();
    assertThat(untested)
        .as("Messages that no test names as Message.<NAME>. Add a compile-testing test that triggers each and asserts"
            + " its id, element and line, e.g. SchemaErrorsTest.assertError(compilation, Message.X, file, lineContains)")
        .isEmpty();
  }

  @Test
  void everyMessageHasATroubleshootingEntry() throws IOException {
    Set<String> listed = troubleshootingIds();
    List<String> missing = Arrays.stream(Message.values())
        .filter(m -> !listed.contains(m.id()))
        .map(m -> "`strata:" + m.id() + "` (" + m.name() + ")")
        .toList();
    assertThat(missing)
        .as("Message ids without a row in README.md's '## Troubleshooting' section. Add a row"
            + " '| `strata:<id>` | what it means | how to fix it |' to the table of its group")
        .isEmpty();
  }

  @Test
  void theTroubleshootingSectionListsOnlyMessagesThatExist() throws IOException {
    Set<String> ids = Arrays.stream(Message.values()).map(Message::id).collect(Collectors.toSet());
    Set<String> stale = new TreeSet<>(troubleshootingIds());
    stale.removeAll(ids);
    assertThat(stale).as("README.md's Troubleshooting section lists ids that are not in Message.java; remove them").isEmpty();
  }

  @Test
  void messageIdsAreUnique() {
    List<String> ids = Arrays.stream(Message.values()).map(Message::id).toList();
    assertThat(ids).as("message ids").doesNotHaveDuplicates();
  }

  /** Every test source but this one, which names every message itself. */
  static String testSources() throws IOException {
    try (Stream<Path> files = Files.walk(TESTS)) {
      StringBuilder all = new StringBuilder();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        if (!file.getFileName().toString().equals("MessageCatalogueTest.java")) {
          all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
        }
      }
      return all.toString();
    }
  }

  /** The ids in the rows of README.md's Troubleshooting section, up to the next level-2 heading. */
  static Set<String> troubleshootingIds() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## Troubleshooting\n");
    assertThat(start).as("README.md has a '## Troubleshooting' section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    Set<String> ids = new TreeSet<>();
    for (String line : section.lines().filter(l -> l.startsWith("| `strata:")).toList()) {
      Matcher m = README_ID.matcher(line);
      if (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }
}
