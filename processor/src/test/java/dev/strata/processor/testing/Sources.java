package dev.strata.processor.testing;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** Test sources: fixture schemas under {@code src/test/resources/schemas}, or inline text. */
public final class Sources {

  public static final Path RESOURCES = Path.of("src/test/resources");

  private Sources() {}

  /** Every Java source of a fixture schema, sorted by path. */
  public static List<JavaFileObject> fixture(String name) {
    Path root = RESOURCES.resolve("schemas").resolve(name);
    List<JavaFileObject> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String className = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        sources.add(JavaFileObjects.forSourceString(className, Files.readString(file, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }

  /** A fixture schema with text replaced in every source (e.g. an annotation value), sorted by path. */
  public static List<JavaFileObject> fixture(String name, java.util.Map<String, String> replacements) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (JavaFileObject source : fixture(name)) {
      try {
        String text = source.getCharContent(true).toString();
        for (java.util.Map.Entry<String, String> replacement : replacements.entrySet()) {
          text = text.replace(replacement.getKey(), replacement.getValue());
        }
        String className = source.getName().replaceFirst("^/", "").replaceFirst("\\.java$", "").replace('/', '.');
        sources.add(JavaFileObjects.forSourceString(className, text));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  /** One source from text; the class name is read from its package and first type declaration. */
  public static JavaFileObject of(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceString(qualifiedName, String.join("\n", lines) + "\n");
  }

  /** A source of the given class in package {@code test}, with the usual Strata imports. */
  public static JavaFileObject inTest(String simpleName, String... lines) {
    List<String> all = new ArrayList<>();
    all.add("package test;");
    all.add("");
    all.add("import dev.strata.annotations.*;");
    all.add("import java.math.BigDecimal;");
    all.add("import java.time.*;");
    all.add("import java.util.*;");
    all.add("import org.jspecify.annotations.Nullable;");
    all.add("");
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceString("test." + simpleName, String.join("\n", all) + "\n");
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
