package dev.strata.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.runtime.testing.ScriptIndex;
import dev.strata.runtime.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Users of Spring Boot's own Flyway support point it at one vendor folder
 * ({@code spring.flyway.locations=classpath:db/migration/{vendor}}): plain Flyway Community, scanning the
 * class path, must apply the V files, skip the U files beside them, and leave a history Strata accepts.
 */
class PlainFlywayTest {

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void flywayScanningAVendorFolderAppliesTheMigrationsAndIgnoresTheUndoScripts(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Flyway flyway = Flyway.configure()
          .dataSource(db.dataSource())
          .locations("classpath:fixtures/blog/" + vendor.id())
          .load();
      MigrateResult result = flyway.migrate();
      assertThat(result.success).isTrue();
      assertThat(result.migrations).extracting(m -> m.version).containsExactly("1", "2", "3");
      assertThat(result.migrations).extracting(m -> m.filepath).allMatch(path -> path.contains("/V"));
      assertThat(flyway.validateWithResult().validationSuccessful).isTrue();

      // Strata and Flyway share the history: Strata sees every migration applied and takes its fast path.
      MigrationReport strata = Migrator.configure(ScriptIndex.blog()).apply(db.dataSource());
      assertThat(strata.method()).isEqualTo(MigrationReport.Method.FAST_PATH);
      assertThat(Migrator.configure(ScriptIndex.blog()).drift(db.dataSource()).hasDrift()).isFalse();
    }
  }

  /** Pins the one setting the README warns about: Flyway Community calls U files invalid names when asked to check. */
  @ParameterizedTest
  @EnumSource(value = Vendor.class, names = "H2")
  void flywayRejectsTheUndoScriptsOnlyWhenValidatingMigrationNaming(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Flyway strict = Flyway.configure().dataSource(db.dataSource())
          .locations("classpath:fixtures/blog/" + vendor.id())
          .validateMigrationNaming(true)
          .load();
      assertThatThrownBy(strict::migrate)
          .hasMessageContaining("Invalid SQL filenames found")
          .hasMessageContaining("Unrecognised migration name format: U1__create_authors.sql");
    }
  }
}
