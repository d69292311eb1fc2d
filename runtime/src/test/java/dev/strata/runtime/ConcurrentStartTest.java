package dev.strata.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.runtime.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Eight separate JVMs start at the same moment against one fresh database: every one of them starts (exits
 * 0), and each migration is applied exactly once.
 */
class ConcurrentStartTest {

  static final int INSTANCES = 8;

  @ParameterizedTest
  @ValueSource(strings = {"POSTGRESQL", "MYSQL", "H2_FILE"})
  void manyInstancesApplyEachMigrationExactlyOnceAndAllStart(String target, @TempDir Path dir) throws Exception {
    try (TestDatabase db = target.equals("H2_FILE") ? TestDatabase.h2File(dir) : TestDatabase.create(Vendor.valueOf(target));
        // With AUTO_SERVER the first process to open an H2 file serves it to the others: the test holds it, as a
        // long-running instance would, so that instances finishing early do not take the server down.
        Connection holder = target.equals("H2_FILE") ? db.connect() : null) {
      Path start = dir.resolve("start");
      List<Process> processes = new ArrayList<>();
      List<Path> outputs = new ArrayList<>();
      for (int i = 0; i < INSTANCES; i++) {
        Path output = dir.resolve("instance-" + i + ".log");
        outputs.add(output);
        processes.add(Processes.java(ApplyMain.class, output, db.url(), db.user(), "blog", start.toString()));
      }
      Thread.sleep(300);
      Files.writeString(start, "go");
      List<Integer> applied = new ArrayList<>();
      for (int i = 0; i < INSTANCES; i++) {
        Process process = processes.get(i);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("instance %d finished", i).isTrue();
        String log = Files.readString(outputs.get(i));
        assertThat(process.exitValue()).as("instance %d exit code; its output:%n%s", i, log).isZero();
        String report = log.lines().filter(l -> l.startsWith("report: ")).findFirst().orElseThrow();
        String versions = report.substring(report.indexOf('[') + 1, report.indexOf(']'));
        for (String v : versions.split(",\\s*")) {
          if (!v.isBlank()) {
            applied.add(Integer.parseInt(v));
          }
        }
      }
      assertThat(DatabaseState.versions(db)).containsExactly("1", "2", "3");
      // Each migration was applied by exactly one instance (Flyway locks per migration, so not always the same one).
      assertThat(applied).containsExactlyInAnyOrder(1, 2, 3);
    }
  }
}
