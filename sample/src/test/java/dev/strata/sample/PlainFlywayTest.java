package dev.strata.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sample's generated migrations used the way Spring Boot's own Flyway support uses them: plain Flyway
 * scanning one vendor folder ({@code spring.flyway.locations=classpath:db/migration/{vendor}}, with
 * {@code mysql} spelled out for MariaDB, whose Spring Boot vendor id is {@code mariadb}). The undo scripts
 * beside the migrations are skipped, the script configuration files run the PostgreSQL migrations that
 * build indexes concurrently outside a transaction, the review notes ({@code V1__create_schema.md}) are
 * ignored, and Strata accepts the history Flyway leaves.
 */
class PlainFlywayTest {

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void plainFlywayAppliesTheGeneratedVendorFolder(Vendor vendor) {
    assertThat(PlainFlywayTest.class.getResource("/db/migration/" + vendor.id() + "/V1__create_schema.md"))
        .as("the review note Flyway must skip").isNotNull();
    try (TestDatabase db = TestDatabase.create(vendor)) {
      FluentConfiguration configuration = Flyway.configure()
          .dataSource(db.dataSource())
          .locations("classpath:db/migration/" + vendor.id());
      // spring.flyway.postgresql.transactional-lock=false: CREATE INDEX CONCURRENTLY would wait for the
      // transaction that holds Flyway's default lock.
      configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
      MigrateResult result = configuration.load().migrate();
      assertThat(result.migrations).extracting(m -> m.version).containsExactly("1", "2", "3", "4");
      assertThat(result.warnings == null ? java.util.List.<String>of() : result.warnings).noneMatch(w -> w.contains(".md"));

      MigrationReport strata = Migrator.configure(BlogSchemaMigrations.INSTANCE).apply(db.dataSource());
      assertThat(strata.method()).isEqualTo(MigrationReport.Method.FAST_PATH);
      assertThat(Migrator.configure(BlogSchemaMigrations.INSTANCE).drift(db.dataSource()).hasDrift()).isFalse();
    }
  }
}
