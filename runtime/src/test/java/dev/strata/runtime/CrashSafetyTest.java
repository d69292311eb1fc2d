package dev.strata.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.runtime.testing.ScriptIndex;
import dev.strata.runtime.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM killed with SIGKILL in the middle of a long migration on PostgreSQL leaves nothing behind. */
class CrashSafetyTest {

  static final ScriptIndex SLOW = ScriptIndex.of("fixtures/slow", 2, "create_gate", "fill_big");

  @Test
  void theNextApplySucceedsAfterAJvmIsKilledMidMigration(@TempDir Path dir) throws Exception {
    try (TestDatabase db = TestDatabase.create(Vendor.POSTGRESQL)) {
      Migrator.configure(SLOW.upTo(1)).apply(db.dataSource());
      DatabaseState.execute(db, "INSERT INTO \"crash_gate\" VALUES (1)");
      DatabaseState before = DatabaseState.of(db);

      Path start = dir.resolve("start");
      Files.writeString(start, "go");
      Path output = dir.resolve("killed.log");
      Process process = Processes.java(ApplyMain.class, output, db.url(), db.user(), "slow", start.toString());
      // Wait until V2 has created its table, filled it, and sleeps: the middle of the migration.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!sleepingInV2(db)) {
        assertThat(System.nanoTime()).as("V2 reached its sleep; instance output:%n%s", Files.readString(output)).isLessThan(deadline);
        assertThat(process.isAlive()).as("instance output:%n%s", Files.readString(output)).isTrue();
        Thread.sleep(50);
      }
      process.destroyForcibly(); // SIGKILL on Linux
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isEqualTo(137);

      // PostgreSQL rolled V2 back with the dead connection: nothing of it, and its lock is gone.
      waitUntilBackendGone(db);
      assertThat(DatabaseState.of(db)).isEqualTo(before);

      DatabaseState.execute(db, "DELETE FROM \"crash_gate\"");
      MigrationReport report = Migrator.configure(SLOW).apply(db.dataSource());
      assertThat(report.applied()).containsExactly(2);
      try (Connection c = db.connect(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM \"big\"")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(100_000);
      }
      assertThat(DatabaseState.of(db).schema()).contains("index\tbig\tbig_payload_idx\tpayload");
      assertThat(Migrator.configure(SLOW).validate(db.dataSource()).ok()).isTrue();
    }
  }

  static boolean sleepingInV2(TestDatabase db) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            + " AND query LIKE 'SELECT pg_sleep(%' AND state = 'active'")) {
      rs.next();
      return rs.getInt(1) > 0;
    }
  }

  static void waitUntilBackendGone(TestDatabase db) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (sleepingInV2(db)) {
      assertThat(System.nanoTime()).as("the killed instance's backend ended").isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
