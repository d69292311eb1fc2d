package dev.strata.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies a schema's pending migrations at startup.
 *
 * <pre>{@code
 * MigrationReport report = Migrator.apply(dataSource);          // the one schema on the class path
 * Migrator.configure(BlogSchemaMigrations.INSTANCE)             // or name it, with settings
 *     .allowUnreleased(true)                                    // development only
 *     .apply(dataSource);
 * }</pre>
 *
 * <p>The database is detected from the connection; its migrations come from the compiled-in index
 * ({@code <Schema>Migrations}) and are handed to Flyway directly, without classpath scanning. Flyway's
 * history table, checksums and lock apply as usual.
 */
public final class Migrator {

  /** Set to {@code true} (system property or environment variable) to apply unreleased migrations. */
  public static final String ALLOW_UNRELEASED_PROPERTY = "strata.allowUnreleased";

  static final String ALLOW_UNRELEASED_ENV = "STRATA_ALLOW_UNRELEASED";

  private Migrator() {}

  /** Applies the pending migrations of the one Strata schema on the class path. */
  public static MigrationReport apply(DataSource dataSource) {
    return configure().apply(dataSource);
  }

  /** Settings for the one Strata schema on the class path. */
  public static Settings configure() {
    return new Settings(findIndex(Thread.currentThread().getContextClassLoader()));
  }

  /** Settings for a given schema: {@code Migrator.configure(BlogSchemaMigrations.INSTANCE)}. */
  public static Settings configure(MigrationIndex index) {
    return new Settings(index);
  }

  static MigrationIndex findIndex(ClassLoader loader) {
    List<MigrationIndex> found = new ArrayList<>();
    ServiceLoader.load(MigrationIndex.class, loader == null ? Migrator.class.getClassLoader() : loader).forEach(found::add);
    if (found.isEmpty()) {
      throw new MigrationException(
          "No Strata schema on the class path. Compile the project with the Strata processor on the annotation"
              + " processor path and a @Schema root; it generates <Root>Migrations.");
    }
    if (found.size() > 1) {
      List<String> names = new ArrayList<>();
      found.forEach(i -> names.add(i.schemaName()));
      Collections.sort(names);
      throw new MigrationException(
          "Several Strata schemas on the class path (" + String.join(", ", names) + "). Name one:"
              + " Migrator.configure(<Root>Migrations.INSTANCE).apply(dataSource).");
    }
    return found.get(0);
  }

  /** How to migrate: which schema, and whether unreleased migrations may run. */
  public static final class Settings {
    private final MigrationIndex index;
    private boolean allowUnreleased = envFlag();

    Settings(MigrationIndex index) {
      this.index = index;
    }

    private static boolean envFlag() {
      String property = System.getProperty(ALLOW_UNRELEASED_PROPERTY);
      String env = System.getenv(ALLOW_UNRELEASED_ENV);
      return "true".equalsIgnoreCase(property) || "true".equalsIgnoreCase(env);
    }

    /**
     * Whether to apply migrations that are not released yet ({@code @Schema(released)} is below their
     * version). For development databases only: an unreleased migration may still change.
     */
    public Settings allowUnreleased(boolean allow) {
      this.allowUnreleased = allow;
      return this;
    }

    public MigrationIndex index() {
      return index;
    }

    /** Applies every pending migration for the database behind the data source. */
    public MigrationReport apply(DataSource dataSource) {
      long start = System.nanoTime();
      Vendor vendor = detect(dataSource);
      List<MigrationInfo> migrations = index.migrations();
      Flyway flyway = flyway(dataSource, vendor, migrations);
      try {
        refuseUnreleased(flyway.info(), migrations);
        MigrateResult result = flyway.migrate();
        List<Integer> applied = new ArrayList<>();
        for (MigrateOutput output : result.migrations) {
          applied.add(Integer.parseInt(output.version));
        }
        org.flywaydb.core.api.MigrationInfo current = flyway.info().current();
        int currentVersion = current == null || current.getVersion() == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
        return new MigrationReport(vendor, applied, currentVersion, Duration.ofNanos(System.nanoTime() - start));
      } catch (FlywayException e) {
        throw new MigrationException(vendor.displayName() + " migration of " + index.schemaName() + " failed: " + e.getMessage(), e);
      }
    }

    private void refuseUnreleased(MigrationInfoService info, List<MigrationInfo> migrations) {
      if (allowUnreleased) {
        return;
      }
      for (org.flywaydb.core.api.MigrationInfo pending : info.pending()) {
        int version = Integer.parseInt(pending.getVersion().getVersion());
        for (MigrationInfo migration : migrations) {
          if (migration.version() == version && !migration.released()) {
            throw new MigrationException(
                "V" + version + " (" + migration.description() + ") of " + index.schemaName() + " is not released:"
                    + " it may still change, so it is not applied outside development. When it ships, set"
                    + " @Schema(released = " + version + "). To apply it to a development database, run with -D"
                    + ALLOW_UNRELEASED_PROPERTY + "=true (or " + ALLOW_UNRELEASED_ENV + "=true), or call"
                    + " allowUnreleased(true).");
          }
        }
      }
    }

    Vendor detect(DataSource dataSource) {
      String product;
      try (Connection connection = dataSource.getConnection()) {
        product = connection.getMetaData().getDatabaseProductName();
      } catch (SQLException e) {
        throw new MigrationException("Cannot connect to the database: " + e.getMessage(), e);
      }
      Vendor vendor = Vendor.ofProductName(product);
      if (vendor == null || !index.vendors().contains(vendor)) {
        List<String> ids = new ArrayList<>();
        index.vendors().forEach(v -> ids.add(v.id()));
        throw new MigrationException(
            "The database is " + product + ", but schema " + index.schemaName() + " has migrations only for "
                + String.join(", ", ids) + "."
                + (vendor == null
                    ? " Strata supports PostgreSQL, MySQL/MariaDB and H2."
                    : " Add " + vendor.id() + " to the processor option -Astrata.dialects and rebuild."));
      }
      return vendor;
    }

    Flyway flyway(DataSource dataSource, Vendor vendor, List<MigrationInfo> migrations) {
      org.flywaydb.core.api.configuration.FluentConfiguration configuration = Flyway.configure(index.classLoader())
          .dataSource(dataSource)
          .resourceProvider(new IndexResourceProvider(index, vendor, migrations))
          .javaMigrationClassProvider(Collections::emptyList)
          .locations(index.location() + "/" + vendor.id())
          .placeholderReplacement(false)
          .validateMigrationNaming(true)
          .cleanDisabled(true);
      if (vendor == Vendor.POSTGRESQL) {
        // A session-level advisory lock: CREATE INDEX CONCURRENTLY waits for every open transaction,
        // including one that would hold Flyway's default transactional lock.
        configuration
            .getConfigurationExtension(org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension.class)
            .setTransactionalLock(false);
      }
      return configuration.load();
    }
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
