package dev.strata.bench.build;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the same sources several times in one JVM, without annotation processing, and prints each
 * compile's wall and thread CPU time: once the JIT has warmed up, the CPU time of the compiling thread
 * says what the sources themselves cost javac, even on a busy machine. Used to take the build cost apart
 * (records alone, records plus generated tables, with or without a given generated method).
 *
 * <pre>java -cp "$CP" dev.strata.bench.build.WarmJavac 5 bench/target/bench-work/build/tables-100/src bench/target/bench-work/build/tables-100/gen</pre>
 */
public final class WarmJavac {

  private WarmJavac() {}

  public static void main(String[] args) throws IOException {
    int repetitions = Integer.parseInt(args[0]);
    List<Path> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      try (Stream<Path> walk = Files.walk(Path.of(args[i]))) {
        walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
      }
    }
    for (int r = 1; r <= repetitions; r++) {
      long wall = System.nanoTime();
      long cpu = compileCpuNanos(files);
      System.out.printf(
          Locale.ROOT, "compile %d of %d: %d ms wall, %d ms thread CPU (%d files)%n", r, repetitions,
          (System.nanoTime() - wall) / 1_000_000, cpu / 1_000_000, files.size());
    }
  }

  /** Compiles the files once ({@code --release 17}, no annotation processing); the calling thread's CPU time. */
  static long compileCpuNanos(List<Path> files) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Path out = Files.createTempDirectory("warm-javac");
    long cpu = threads.getCurrentThreadCpuTime();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      List<String> options = List.of("--release", "17", "-proc:none", "-d", out.toString(), "-cp", CompileOnce.compileClassPath());
      if (!javac.getTask(null, fileManager, null, options, null, fileManager.getJavaFileObjectsFromPaths(files)).call()) {
        throw new IllegalStateException("compilation failed");
      }
    }
    cpu = threads.getCurrentThreadCpuTime() - cpu;
    try (Stream<Path> walk = Files.walk(out)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    return cpu;
  }
}
