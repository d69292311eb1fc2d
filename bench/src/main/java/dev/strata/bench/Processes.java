package dev.strata.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts fresh JVMs for the whole-process benchmarks and times them from start to exit. */
public final class Processes {

  /** What one process did: its wall time, its {@code RESULT} line's numbers, and what it printed to stderr. */
  public record Run(long wallNanos, long[] result, String stderr) {}

  private Processes() {}

  /** {@code java} of the running JDK, with the running class path plus {@code extraClassPath}. */
  public static List<String> java(List<String> jvmOptions, String extraClassPath, String mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    String classPath = System.getProperty("java.class.path");
    command.add("-cp");
    command.add(extraClassPath == null ? classPath : classPath + java.io.File.pathSeparator + extraClassPath);
    command.add(mainClass);
    command.addAll(args);
    return command;
  }

  /** Runs the command to its end; fails unless it exits 0 and prints a {@code RESULT} line. */
  public static Run run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    Path stderrFile = java.nio.file.Files.createTempFile("bench-", ".err");
    builder.redirectError(stderrFile.toFile());
    long start = System.nanoTime();
    Process process = builder.start();
    byte[] stdout = process.getInputStream().readAllBytes();
    int exit = process.waitFor();
    long wall = System.nanoTime() - start;
    String err = java.nio.file.Files.readString(stderrFile, StandardCharsets.UTF_8);
    java.nio.file.Files.delete(stderrFile);
    String out = new String(stdout, StandardCharsets.UTF_8);
    String resultLine = out.lines().filter(l -> l.startsWith("RESULT ")).reduce((a, b) -> b).orElse(null);
    if (exit != 0 || resultLine == null) {
      throw new IllegalStateException("exit " + exit + " of " + String.join(" ", command) + "\n" + out + "\n" + err);
    }
    String[] parts = resultLine.substring("RESULT ".length()).trim().split(" ");
    long[] numbers = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      numbers[i] = Long.parseLong(parts[i]);
    }
    return new Run(wall, numbers, err);
  }
}
