package dev.strata.runtime;

import dev.strata.runtime.testing.ScriptIndex;
import dev.strata.runtime.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One application instance for the multi-process tests: waits until a start file exists (so that all
 * instances start together), applies a fixture's migrations, prints the report, exits 0; or prints the
 * error and exits 1.
 *
 * <p>Arguments: {@code <jdbc url> <user> <fixture: blog|slow> <start file>}.
 */
public final class ApplyMain {

  private ApplyMain() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    ScriptIndex index = args[2].equals("slow")
        ? ScriptIndex.of("fixtures/slow", 2, "create_gate", "fill_big")
        : ScriptIndex.blog();
    Path start = Path.of(args[3]);
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!Files.exists(start) && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    try {
      MigrationReport report = Migrator.configure(index).progress(line -> System.out.println("progress: " + line))
          .apply(new TestDatabase.SimpleDataSource(url, user, ""));
      System.out.println("report: " + report.method() + " " + report.applied());
      System.exit(0);
    } catch (RuntimeException e) {
      System.out.println("error: " + e.getMessage());
      e.printStackTrace(System.out);
      System.exit(1);
    }
  }
}
