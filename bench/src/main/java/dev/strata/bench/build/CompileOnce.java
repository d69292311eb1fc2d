package dev.strata.bench.build;

import dev.strata.processor.StrataProcessor;
import java.io.File;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One {@code javac} run in a fresh JVM, started by {@link BuildCost}: compiles the sources under a
 * directory through {@code javax.tools}, in one of three modes:
 *
 * <ul>
 *   <li>{@code plain}: the records alone, no annotation processing ({@code -proc:none});
 *   <li>{@code strata}: the records with the Strata processor, which generates the tables and migrations
 *       that javac then compiles too (sources kept under {@code gen/});
 *   <li>{@code generated}: the records plus the sources a {@code strata} run generated, without the
 *       processor: what compiling the generated code costs on its own.
 * </ul>
 *
 * Prints {@code RESULT <compile ns> <processor ns> <peak heap bytes> <gc count> <gc ms> <process CPU ns>}; the
 * process's CPU time (all threads: javac, JIT compilers, GC) is what a busy machine distorts least.
 */
public final class CompileOnce {

  private CompileOnce() {}

  public static void main(String[] args) throws IOException {
    String mode = args[0];
    Path sources = Path.of(args[1]);
    Path out = Path.of(args[2]);
    Path generated = Path.of(args[3]);
    Path migrations = Path.of(args[4]);
    Files.createDirectories(out);
    List<Path> files = javaFiles(sources);
    if (mode.equals("generated")) {
      files.addAll(javaFiles(generated));
    }
    List<String> options = new ArrayList<>(List.of("--release", "17", "-d", out.toString(), "-cp", compileClassPath()));
    TimedProcessor processor = null;
    if (mode.equals("strata")) {
      Files.createDirectories(generated);
      Files.createDirectories(migrations);
      options.addAll(List.of("-s", generated.toString(), "-A" + StrataProcessor.OPTION_DIR + "=" + migrations));
      processor = new TimedProcessor(new StrataProcessor());
    } else {
      options.add("-proc:none");
    }
    long start = System.nanoTime();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    boolean ok;
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
      JavaCompiler.CompilationTask task = javac.getTask(null, fileManager, null, options, null, units);
      if (processor != null) {
        task.setProcessors(List.of(processor));
      }
      ok = task.call();
    }
    long elapsed = System.nanoTime() - start;
    if (!ok) {
      System.err.println("compilation failed");
      System.exit(1);
    }
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    long gcCount = 0;
    long gcMillis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcCount += Math.max(0, gc.getCollectionCount());
      gcMillis += Math.max(0, gc.getCollectionTime());
    }
    long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    System.out.printf(Locale.ROOT, "RESULT %d %d %d %d %d %d%n", elapsed, processor == null ? 0 : processor.nanos, peakHeap, gcCount, gcMillis, cpu);
  }

  static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return new ArrayList<>(walk.filter(p -> p.toString().endsWith(".java")).sorted().toList());
    }
  }

  /** What the schema's code needs to compile: Strata's annotations and runtime, jOOQ and its API's types, JSpecify. */
  static String compileClassPath() {
    List<String> needed = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = entry.replace('\\', '/');
      if (name.contains("strata-annotations") || name.contains("annotations/target")
          || name.contains("strata-runtime") || name.contains("runtime/target")
          || name.contains("/jooq-") || name.contains("jspecify") || name.contains("reactive-streams") || name.contains("r2dbc-spi")) {
        needed.add(entry);
      }
    }
    return String.join(File.pathSeparator, needed);
  }

  /** Delegates to the processor and adds up the time spent inside it. */
  static final class TimedProcessor implements Processor {
    private final Processor delegate;
    long nanos;

    TimedProcessor(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment env) {
      long start = System.nanoTime();
      delegate.init(env);
      nanos += System.nanoTime() - start;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      long start = System.nanoTime();
      try {
        return delegate.process(annotations, round);
      } finally {
        nanos += System.nanoTime() - start;
      }
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
        Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }
}
