package dev.strata.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.runtime.testing.ScriptIndex;
import dev.strata.runtime.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code apply()}: Flyway the first time, the one-query fast path after, and every refusal before anything runs. */
class ApplyTest {

  static final ScriptIndex BLOG = ScriptIndex.blog();

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void appliesEveryMigrationOnceThenTakesTheFastPath(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      MigrationReport first = Migrator.configure(BLOG).apply(db.dataSource());
      assertThat(first.applied()).containsExactly(1, 2, 3);
      assertThat(first.method()).isEqualTo(MigrationReport.Method.FLYWAY);
      assertThat(first.current()).isEqualTo(3);

      MigrationReport second = Migrator.configure(BLOG).apply(db.dataSource());
      assertThat(second.upToDate()).isTrue();
      assertThat(second.method()).isEqualTo(MigrationReport.Method.FAST_PATH);
      assertThat(second.current()).isEqualTo(3);
      assertThat(DatabaseState.versions(db)).containsExactly("1", "2", "3");
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void appliesOnlyWhatIsPending(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      assertThat(Migrator.configure(BLOG.upTo(1)).apply(db.dataSource()).applied()).containsExactly(1);
      MigrationReport report = Migrator.configure(BLOG).apply(db.dataSource());
      assertThat(report.applied()).containsExactly(2, 3);
      assertThat(report).hasToString(report.vendor().displayName() + " schema applied V2, V3 at V3 in " + report.elapsed().toMillis() + " ms");
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void refusesAChangedAppliedMigrationBeforeAnythingRuns(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(BLOG.upTo(2)).apply(db.dataSource());
      DatabaseState.execute(db, "INSERT INTO \"authors\" (\"email\", \"name\") VALUES ('ana@example.com', 'Ana')");
      DatabaseState before = DatabaseState.of(db);

      assertThatThrownBy(() -> Migrator.configure(BLOG.with(2, ScriptIndex::edited)).apply(db.dataSource()))
          .isInstanceOf(MigrationException.class)
          .hasMessageStartingWith("Refusing to migrate " + vendor.displayName() + " database: V2 (create posts) changed after it"
              + " was applied: flyway_schema_history recorded checksum")
          .hasMessageContaining("A released migration must never change: restore V2__create_posts.sql from version control.")
          .hasMessageEndingWith("Nothing was changed.");
      // V3 was pending and did not run either.
      assertThat(DatabaseState.of(db)).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void refusesADatabaseThatHasAVersionTheCodeDoesNotHave(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(BLOG.upTo(2)).apply(db.dataSource());
      DatabaseState before = DatabaseState.of(db);

      assertThatThrownBy(() -> Migrator.configure(BLOG.without(2)).apply(db.dataSource()))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("V2 (create posts) is applied in the database, but test.blog has no V2 for "
              + vendor.displayName() + ": this build is from another branch or an older commit.")
          .hasMessageEndingWith("Nothing was changed.");
      assertThat(DatabaseState.of(db)).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void refusesADatabaseNewerThanTheCode(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(BLOG).apply(db.dataSource());
      DatabaseState.execute(db, "INSERT INTO \"authors\" (\"email\", \"name\") VALUES ('ana@example.com', 'Ana')");
      DatabaseState before = DatabaseState.of(db);

      // Flyway alone would only warn and carry on; Strata refuses.
      assertThatThrownBy(() -> Migrator.configure(BLOG.upTo(2)).apply(db.dataSource()))
          .isInstanceOf(MigrationException.class)
          .hasMessage("Refusing to migrate " + vendor.displayName() + " database: The database is at V3, newer than the code,"
              + " whose newest migration is V2 (test.blog): a newer release migrated it. Refusing to run an older release"
              + " against it; deploy the newer release, or restore a backup taken before V3. Nothing was changed.");
      assertThat(DatabaseState.of(db)).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void refusesAnUnreleasedMigrationUnlessAllowed(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(BLOG.upTo(2)).apply(db.dataSource());
      DatabaseState before = DatabaseState.of(db);
      ScriptIndex draft = BLOG.with(3, ScriptIndex::unreleased);

      assertThatThrownBy(() -> Migrator.configure(draft).allowUnreleased(false).apply(db.dataSource()))
          .isInstanceOf(MigrationException.class)
          .hasMessageStartingWith("V3 (drop notes) of test.blog is not released: it may still change")
          .hasMessageEndingWith("Nothing was changed.");
      assertThat(DatabaseState.of(db)).isEqualTo(before);

      assertThat(Migrator.configure(draft).allowUnreleased(true).apply(db.dataSource()).applied()).containsExactly(3);
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void refusesAMigrationThatWasSkipped(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(BLOG).apply(db.dataSource());
      DatabaseState.execute(db, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '2'");
      DatabaseState before = DatabaseState.of(db);

      assertThatThrownBy(() -> Migrator.configure(BLOG).apply(db.dataSource()))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("V2 (create posts) was never applied, but the later V3 was: refusing to apply it out of order.");
      assertThat(DatabaseState.of(db)).isEqualTo(before);
    }
  }
}
