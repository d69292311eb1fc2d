package dev.strata.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Golden files: expected output kept under {@code src/test/resources/goldens}, compared as exact text.
 * Run the tests with {@code -Dgoldens.update=true} to rewrite them from the current output, then review
 * the diff like any other change.
 */
public final class Goldens {

  private static final boolean UPDATE = Boolean.getBoolean("goldens.update");

  private Goldens() {}

  /** Compares every file with its golden, and reports goldens with no file (or rewrites them all). */
  public static void assertMatches(String name, Map<String, String> actual) {
    Path root = Sources.RESOURCES.resolve("goldens").resolve(name);
    try {
      if (UPDATE) {
        if (Files.exists(root)) {
          try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
              Files.delete(file);
            }
          }
        }
        for (Map.Entry<String, String> entry : actual.entrySet()) {
          Path file = root.resolve(entry.getKey());
          Files.createDirectories(file.getParent());
          Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
        }
        return;
      }
      Map<String, String> expected = new TreeMap<>();
      if (Files.exists(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          for (Path file : files.filter(Files::isRegularFile).toList()) {
            expected.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
          }
        }
      }
      assertThat(new TreeMap<>(actual).keySet())
          .as("generated files of %s (rerun with -Dgoldens.update=true after an intended change)", name)
          .containsExactlyElementsOf(expected.keySet());
      for (Map.Entry<String, String> entry : expected.entrySet()) {
        assertThat(actual.get(entry.getKey()))
            .as("%s/%s (rerun with -Dgoldens.update=true after an intended change)", name, entry.getKey())
            .isEqualTo(entry.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every regular file under a directory, by relative path. */
  public static Map<String, String> files(Path dir) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
