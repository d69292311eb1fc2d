package dev.strata.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.strata.processor.StrataProcessor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Runs javac with the Strata processor on test sources, the way a build does. */
public final class Compile {

  private final List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Xlint:-processing"));

  private boolean likeGradle;

  private Compile() {}

  public static Compile with() {
    return new Compile();
  }

  /** Writes and reads migrations in {@code dir}, as {@code -Astrata.migrations.dir} does in a build. */
  public Compile migrationsDir(Path dir) {
    options.add("-A" + StrataProcessor.OPTION_DIR + "=" + dir.toAbsolutePath());
    return this;
  }

  public Compile option(String name, String value) {
    options.add("-A" + name + "=" + value);
    return this;
  }

  public Compile javacOption(String option) {
    options.add(option);
    return this;
  }

  /** Runs the processor behind a wrapped environment, as Gradle's incremental processing does. */
  public Compile likeGradle() {
    likeGradle = true;
    return this;
  }

  public Compilation compile(List<JavaFileObject> sources) {
    javax.annotation.processing.Processor processor = new StrataProcessor();
    if (likeGradle) {
      processor = new GradleLikeEnvironment(processor);
    }
    return Compiler.javac().withProcessors(processor).withOptions(options).compile(sources);
  }

  public Compilation compile(JavaFileObject... sources) {
    return compile(List.of(sources));
  }
}
