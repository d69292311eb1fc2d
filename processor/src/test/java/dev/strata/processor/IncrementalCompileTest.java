package dev.strata.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.processor.testing.Compile;
import dev.strata.processor.testing.Goldens;
import dev.strata.processor.testing.Sources;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An IDE recompiles only what changed: the schema root and one record from source, every other record
 * from the class files of the previous build. The migrations and snapshot must come out exactly as a
 * full build's, and a table the processor did not see in source can never become a drop.
 */
class IncrementalCompileTest {

  /**
   * Writes the class files a compilation produced into a directory, as a build's output folder, except
   * those of generated sources: an incremental build (Gradle with an aggregating processor, an IDE)
   * deletes them and lets the processor generate them again.
   */
  static void writeClasses(Compilation compilation, Path classes) throws Exception {
    java.util.Set<String> generated = new java.util.HashSet<>();
    for (JavaFileObject source : compilation.generatedSourceFiles()) {
      String uri = source.toUri().toString();
      generated.add(uri.substring(uri.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length()).replaceFirst("\\.java$", ""));
    }
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().toString();
      int at = uri.indexOf("/CLASS_OUTPUT/");
      if (at < 0 || !uri.endsWith(".class")) {
        continue;
      }
      String path = uri.substring(at + "/CLASS_OUTPUT/".length());
      if (generated.contains(path.replaceFirst("(\\$.*)?\\.class$", ""))) {
        continue;
      }
      Path target = classes.resolve(path);
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.write(target, in.readAllBytes());
      }
    }
  }

  static List<JavaFileObject> only(List<JavaFileObject> sources, String... simpleNames) {
    List<JavaFileObject> kept = new ArrayList<>();
    for (JavaFileObject source : sources) {
      for (String name : simpleNames) {
        if (source.getName().endsWith("/" + name + ".java")) {
          kept.add(source);
        }
      }
    }
    return kept;
  }

  @Test
  void recompilingTheRootWithTheRecordsFromClassFilesGivesTheFullBuildsMigrations(
      @TempDir Path full, @TempDir Path partial, @TempDir Path classes) throws Exception {
    partialBuildMatchesFullBuild(false, full, partial, classes);
  }

  /**
   * Gradle wraps the processing environment, so javac's Trees API, which tells a record compiled from
   * source from one read from a class file, is not available there. Regression: every record then
   * counted as compiled from source, and the type-use @Nullable of one read from a class file (which
   * javac before 22 does not expose) was lost, so a partial build turned nullable columns NOT NULL.
   */
  @Test
  void underGradlesWrappedEnvironmentTheRecordsFromClassFilesKeepTheirNullability(
      @TempDir Path full, @TempDir Path partial, @TempDir Path classes) throws Exception {
    partialBuildMatchesFullBuild(true, full, partial, classes);
  }

  private static void partialBuildMatchesFullBuild(boolean likeGradle, Path full, Path partial, Path classes) throws Exception {
    List<JavaFileObject> sources = Sources.fixture("shop");
    Compilation fullBuild = Compile.with().migrationsDir(full).compile(sources);
    CompilationSubject.assertThat(fullBuild).succeeded();
    writeClasses(fullBuild, classes);
    Compile.with().migrationsDir(partial).compile(sources);

    // Change Item (a new nullable column) and recompile it and the root; the rest comes from class files.
    List<JavaFileObject> changed = new ArrayList<>();
    for (JavaFileObject source : only(sources, "Item", "ShopSchema")) {
      String text = source.getCharContent(true).toString();
      if (source.getName().endsWith("/Item.java")) {
        text = text.replace("Long parentId) {}", "Long parentId,\n    @Nullable String note) {}");
      }
      changed.add(JavaFileObjects.forSourceString(source.getName().replaceAll("^/|\\.java$", "").replace('/', '.'), text));
    }
    List<JavaFileObject> fullChanged = new ArrayList<>(sources);
    fullChanged.removeIf(s -> s.getName().endsWith("/Item.java"));
    fullChanged.add(changed.get(0).getName().endsWith("/Item.java") ? changed.get(0) : changed.get(1));

    Compilation fullRebuild = Compile.with().migrationsDir(full).compile(fullChanged);
    CompilationSubject.assertThat(fullRebuild).succeeded();
    Compile partialCompile =
        Compile.with()
            .migrationsDir(partial)
            .javacOption("-classpath")
            .javacOption(System.getProperty("java.class.path") + File.pathSeparator + classes);
    Compilation partialRebuild = (likeGradle ? partialCompile.likeGradle() : partialCompile).compile(changed);
    CompilationSubject.assertThat(partialRebuild).succeeded();

    Map<String, String> expected = Goldens.files(full);
    assertThat(expected.get("postgresql/V1__create_schema.sql")).contains("\"note\" text");
    assertThat(Goldens.files(partial)).isEqualTo(expected);
  }

  /**
   * The same with an auth configuration: its class and nested @AuthFields records come from class files
   * (their type-use @Nullable included) while an application record changes, or the configuration changes
   * while the application records come from class files.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "Post, 'String title) {}', 'String title,\n    @Nullable String subtitle) {}'",
    "AppAuth, '@Nullable String deviceName) {}', '@Nullable String deviceName, @Nullable String country) {}'"
  })
  void anAuthConfigurationFromClassFilesGivesTheFullBuildsMigrations(
      String changedClass, String from, String to, @TempDir Path full, @TempDir Path partial, @TempDir Path classes)
      throws Exception {
    List<JavaFileObject> sources = Sources.fixture("blog-auth");
    Compilation fullBuild = Compile.with().migrationsDir(full).compile(sources);
    CompilationSubject.assertThat(fullBuild).succeeded();
    writeClasses(fullBuild, classes);
    Compile.with().migrationsDir(partial).compile(sources);

    List<JavaFileObject> changed = new ArrayList<>();
    List<JavaFileObject> fullChanged = new ArrayList<>();
    for (JavaFileObject source : sources) {
      String text = source.getCharContent(true).toString();
      boolean edit = source.getName().endsWith("/" + changedClass + ".java");
      if (edit) {
        assertThat(text).contains(from);
        text = text.replace(from, to.replace("\\n", "\n"));
      }
      JavaFileObject file = JavaFileObjects.forSourceString(source.getName().replaceAll("^/|\\.java$", "").replace('/', '.'), text);
      fullChanged.add(file);
      if (edit || source.getName().endsWith("/BlogSchema.java")) {
        changed.add(file);
      }
    }
    CompilationSubject.assertThat(Compile.with().migrationsDir(full).compile(fullChanged)).succeeded();
    Compilation partialRebuild =
        Compile.with()
            .migrationsDir(partial)
            .javacOption("-classpath")
            .javacOption(System.getProperty("java.class.path") + File.pathSeparator + classes)
            .compile(changed);
    CompilationSubject.assertThat(partialRebuild).succeeded();

    Map<String, String> expected = Goldens.files(full);
    assertThat(expected.get("postgresql/V1__create_schema.sql")).contains(changedClass.equals("Post") ? "\"subtitle\" text" : "\"country\" text");
    assertThat(Goldens.files(partial)).isEqualTo(expected);
  }
}
