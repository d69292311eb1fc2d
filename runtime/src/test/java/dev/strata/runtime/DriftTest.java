package dev.strata.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.runtime.DriftReport.Difference;
import dev.strata.runtime.testing.ScriptIndex;
import dev.strata.runtime.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code drift()}: the live schema against the compiled-in description of the newest migration. */
class DriftTest {

  static final ScriptIndex BLOG = ScriptIndex.blog();

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void aMigratedDatabaseHasNoDrift(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(BLOG).apply(db.dataSource());
      DriftReport drift = Migrator.configure(BLOG).drift(db.dataSource());
      assertThat(drift.differences()).isEmpty();
      assertThat(drift).hasToString(vendor.displayName() + " schema matches test.blog at V3: no drift");
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void handMadeChangesAreReportedOneByOne(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(BLOG).apply(db.dataSource());
      DatabaseState.execute(db,
          "ALTER TABLE \"posts\" ADD COLUMN \"extra\" integer",
          vendor == Vendor.MYSQL ? "DROP INDEX `posts_title_idx` ON `posts`" : "DROP INDEX \"posts_title_idx\"",
          vendor == Vendor.MYSQL ? "ALTER TABLE `authors` MODIFY `name` text NULL"
              : "ALTER TABLE \"authors\" ALTER COLUMN \"name\" " + (vendor == Vendor.H2 ? "SET NULL" : "DROP NOT NULL"),
          "CREATE TABLE \"scratch\" (\"id\" integer)");

      DriftReport drift = Migrator.configure(BLOG).drift(db.dataSource());
      assertThat(drift.differences()).extracting(Difference::object).containsExactly(
          "column authors.name", "column posts.extra", "index posts.posts_title_idx", "table scratch");
      assertThat(drift.differences().get(0).expected()).endsWith(" not null");
      assertThat(drift.differences().get(0).actual()).endsWith(" null");
      assertThat(drift.differences().get(1).expected()).isEqualTo("absent");
      assertThat(drift.differences().get(2)).hasToString("index posts.posts_title_idx: expected (title), found missing");
      assertThat(drift.toString()).startsWith(vendor.displayName() + " schema differs from test.blog at V3 in 4 places:");

      assertThatThrownBy(() -> Migrator.configure(BLOG).failOnDrift(true).apply(db.dataSource()))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("index posts.posts_title_idx: expected (title), found missing");
    }
  }
}
