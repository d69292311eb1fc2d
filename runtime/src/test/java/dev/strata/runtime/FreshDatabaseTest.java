package dev.strata.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.runtime.testing.ScriptIndex;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The opt-in fresh-database path: one script, and a history as if every migration ran. */
class FreshDatabaseTest {

  static final ScriptIndex BLOG = ScriptIndex.blog();

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void anEmptyDatabaseGetsTheSameSchemaAndHistoryAsReplayingEveryMigration(Vendor vendor) {
    try (TestDatabase replayed = TestDatabase.create(vendor); TestDatabase fresh = TestDatabase.create(vendor)) {
      Migrator.configure(BLOG).apply(replayed.dataSource());

      MigrationReport report = Migrator.configure(BLOG).freshDatabaseFastPath(true).apply(fresh.dataSource());
      assertThat(report.method()).isEqualTo(MigrationReport.Method.SCHEMA_SCRIPT);
      assertThat(report.applied()).containsExactly(1, 2, 3);

      DatabaseState a = DatabaseState.of(replayed);
      DatabaseState b = DatabaseState.of(fresh);
      assertThat(b.schema()).isEqualTo(a.schema());
      assertThat(b.history()).isEqualTo(a.history());

      // Strata's fast path and Flyway itself (which validates on migrate) both accept the recorded history.
      assertThat(Migrator.configure(BLOG).apply(fresh.dataSource()).method()).isEqualTo(MigrationReport.Method.FAST_PATH);
      Flyway flyway = Flyway.configure().dataSource(fresh.dataSource())
          .resourceProvider(new IndexResourceProvider(BLOG, vendor, BLOG.migrations()))
          .javaMigrationClassProvider(Collections::emptyList).load();
      assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
      assertThat(flyway.migrate().migrationsExecuted).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void theHistoryTableStrataCreatesIsFlywaysOwn(Vendor vendor) throws SQLException {
    try (TestDatabase byFlyway = TestDatabase.create(vendor); TestDatabase byStrata = TestDatabase.create(vendor)) {
      Migrator.configure(BLOG).apply(byFlyway.dataSource());
      Migrator.configure(BLOG).freshDatabaseFastPath(true).apply(byStrata.dataSource());
      assertThat(historyTable(byStrata)).isEqualTo(historyTable(byFlyway));
    }
  }

  static String historyTable(TestDatabase db) throws SQLException {
    try (Connection c = db.connect()) {
      return DatabaseSchema.readAll(c).tables().get(HistoryTable.NAME).toString();
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void aDatabaseWithTablesButNoHistoryIsLeftToFlywaysSafetyCheck(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      DatabaseState.execute(db, "CREATE TABLE \"unrelated\" (\"id\" integer)");
      DatabaseState before = DatabaseState.of(db);
      if (vendor == Vendor.H2) {
        // Flyway does not check H2 schemas for emptiness: it migrates next to the unrelated table.
        assertThat(Migrator.configure(BLOG).freshDatabaseFastPath(true).apply(db.dataSource()).method())
            .isEqualTo(MigrationReport.Method.FLYWAY);
        return;
      }
      assertThatThrownBy(() -> Migrator.configure(BLOG).freshDatabaseFastPath(true).apply(db.dataSource()))
          .hasMessageContaining("Found non-empty schema(s)")
          .hasMessageContaining("but no schema history table");
      assertThat(DatabaseState.of(db)).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void planShowsTheOneStepScriptForAnEmptyDatabase(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      MigrationPlan plan = Migrator.configure(BLOG).freshDatabaseFastPath(true).plan(db.dataSource());
      assertThat(plan.steps()).hasSize(1);
      assertThat(plan.steps().get(0).script()).isEqualTo("fixtures/blog/strata/" + vendor.id() + "/schema.sql");
      assertThat(plan.steps().get(0).versions()).containsExactly(1, 2, 3);
      assertThat(plan.steps().get(0).description()).isEqualTo("Schema of V3 in one step, recorded as V1, V2, V3");
    }
  }
}
