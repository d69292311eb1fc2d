package dev.strata.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.strata.processor.testing.Compile;
import dev.strata.processor.testing.Goldens;
import dev.strata.processor.testing.Sources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated code and migrations of the fixture schema that uses every annotation and type, pinned by
 * golden files (src/test/resources/goldens/shop) that a reviewer can read as documentation of the output.
 */
class GeneratedCodeTest {

  static Map<String, String> output(Compilation compilation, Path migrations) {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject source : compilation.generatedSourceFiles()) {
      String uri = source.toUri().toString();
      String path = uri.substring(uri.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length());
      try {
        files.put("java/" + path, source.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Goldens.files(migrations).forEach((path, text) -> files.put("migrations/" + path, text));
    return files;
  }

  @ParameterizedTest
  @ValueSource(strings = {"shop", "blog-auth"})
  void generatedSourcesAndMigrationsMatchTheGoldens(String fixture, @TempDir Path migrations) {
    Compilation compilation = Compile.with().migrationsDir(migrations).compile(Sources.fixture(fixture));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    Goldens.assertMatches(fixture, output(compilation, migrations));
  }

  @ParameterizedTest
  @ValueSource(strings = {"shop", "blog-auth"})
  void generatedCodeCompilesWithoutWarningsUnderXlintAll(String fixture, @TempDir Path migrations) {
    Compilation compilation = Compile.with().migrationsDir(migrations).compile(Sources.fixture(fixture));

    List<String> warnings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      if (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        warnings.add(d.getMessage(Locale.ROOT));
      }
    }
    assertThat(warnings).isEmpty();
    assertThat(compilation.errors()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"shop", "blog-auth"})
  void outputIsByteIdenticalOnRebuildShuffledSourcesAndTurkishLocale(
      String fixture, @TempDir Path first, @TempDir Path second, @TempDir Path third) {
    Map<String, String> reference = output(Compile.with().migrationsDir(first).compile(Sources.fixture(fixture)), first);

    Map<String, String> rebuilt = output(Compile.with().migrationsDir(first).compile(Sources.fixture(fixture)), first);
    assertThat(rebuilt).isEqualTo(reference);

    List<JavaFileObject> shuffled = new ArrayList<>(Sources.fixture(fixture));
    Collections.shuffle(shuffled, new Random(42));
    Collections.reverse(shuffled);
    assertThat(output(Compile.with().migrationsDir(second).compile(shuffled), second)).isEqualTo(reference);

    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(output(Compile.with().migrationsDir(third).compile(Sources.fixture(fixture)), third)).isEqualTo(reference);
    } finally {
      Locale.setDefault(previous);
    }
  }
}
