package dev.strata.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Applies a schema's pending migrations at startup, and inspects, plans and undoes them.
 *
 * <pre>{@code
 * MigrationReport report = Migrator.apply(dataSource);          // the one schema on the class path
 * Migrator.Settings strata = Migrator.configure(BlogSchemaMigrations.INSTANCE)
 *     .allowUnreleased(true)                                    // development only
 *     .freshDatabaseFastPath(true);                             // e.g. for tests: empty database in one step
 * strata.apply(dataSource);
 * strata.status(dataSource);   strata.validate(dataSource);   strata.plan(dataSource);
 * strata.undo(dataSource, 2);  strata.drift(dataSource);
 * }</pre>
 *
 * <p>The database is detected from the connection; its migrations come from the compiled-in index
 * ({@code <Schema>Migrations}). When the history table already shows every migration applied with the
 * checksums the code has, {@code apply()} returns after one query, without starting Flyway. Otherwise it
 * checks the history (changed, missing, failed or newer migrations are refused before anything runs) and
 * hands the scripts to Flyway directly, without classpath scanning; Flyway's lock makes any number of
 * instances apply each migration exactly once.
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

  /** The one index the class loader's {@code META-INF/services} lists. */
  public static MigrationIndex findIndex(ClassLoader loader) {
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

  static Connection connect(DataSource dataSource) {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new MigrationException("Cannot connect to the database: " + message(e), e);
    }
  }

  static String message(Throwable e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** How to migrate: which schema, and whether unreleased migrations may run. */
  public static final class Settings {
    private final MigrationIndex index;
    /** Null until set: then the system property (read now) or the environment variable (read when needed) decides. */
    private Boolean allowUnreleased = "true".equalsIgnoreCase(System.getProperty(ALLOW_UNRELEASED_PROPERTY)) ? Boolean.TRUE : null;
    private boolean freshDatabaseFastPath;
    private boolean failOnDrift;
    private Consumer<String> progress = LoggerProgress.INSTANCE;

    Settings(MigrationIndex index) {
      this.index = index;
    }

    private boolean allowsUnreleased() {
      if (allowUnreleased == null) {
        allowUnreleased = "true".equalsIgnoreCase(System.getenv(ALLOW_UNRELEASED_ENV));
      }
      return allowUnreleased;
    }

    /**
     * Whether to apply migrations that are not released yet ({@code @Schema(released)} is below their
     * version). For development databases only: an unreleased migration may still change.
     */
    public Settings allowUnreleased(boolean allow) {
      this.allowUnreleased = allow;
      return this;
    }

    /**
     * Whether an empty database (no table, no history) gets the newest schema from one script, with a
     * history that records every migration as applied, instead of replaying every migration. Off by
     * default; meant for tests and new environments. Needs an index generated with the schema script.
     */
    public Settings freshDatabaseFastPath(boolean enabled) {
      this.freshDatabaseFastPath = enabled;
      return this;
    }

    /** Whether {@code apply()} checks the live schema against the code afterwards and fails on drift. */
    public Settings failOnDrift(boolean enabled) {
      this.failOnDrift = enabled;
      return this;
    }

    /** Where progress lines go (each migration as it starts and ends); by default the {@code System.Logger}. */
    public Settings progress(Consumer<String> listener) {
      this.progress = listener;
      return this;
    }

    public MigrationIndex index() {
      return index;
    }

    /**
     * Applies every pending migration for the database behind the data source. Returns after one query
     * when there is nothing to do.
     *
     * @throws MigrationException when the database cannot be reached, the history disagrees with the code
     *     (nothing runs then), or a migration fails (the message names it, its statement and the database's
     *     message, and says what state the database is in)
     */
    public MigrationReport apply(DataSource dataSource) {
      long start = System.nanoTime();
      Vendor vendor;
      HistoryAnalysis analysis;
      try (Connection connection = connect(dataSource)) {
        vendor = detect(connection);
        UpToDateCheck check = checkUpToDate(connection, vendor);
        if (check.current() >= 0) {
          return checkDrift(dataSource, new MigrationReport(vendor, List.of(), check.current(), elapsed(start), MigrationReport.Method.FAST_PATH));
        }
        // Not the usual history, or something pending: the analysis decides on the whole rows, and explains.
        analysis = new HistoryAnalysis(index, vendor, check.rows());
        if (analysis.upToDate()) {
          MigrationReport report = new MigrationReport(vendor, List.of(), analysis.status.current(), elapsed(start), MigrationReport.Method.FAST_PATH);
          return checkDrift(dataSource, report);
        }
      } catch (SQLException e) {
        throw new MigrationException("Cannot read the migration history: " + message(e), e);
      }
      refuse(analysis, "migrate");
      refuseUnreleased(analysis.pending());
      if (freshDatabaseFastPath && !analysis.historyExists) {
        String script = FreshDatabase.script(index, vendor);
        if (script != null) {
          try {
            List<Integer> recorded = FreshDatabase.apply(index, vendor, dataSource, script, progress);
            if (recorded != null) {
              int current = recorded.get(recorded.size() - 1);
              return checkDrift(dataSource, new MigrationReport(vendor, recorded, current, elapsed(start), MigrationReport.Method.SCHEMA_SCRIPT));
            }
          } catch (SQLException e) {
            throw new MigrationException("Cannot set up the empty " + vendor.displayName() + " database: " + message(e), e);
          }
        } else {
          progress.accept("No schema script for " + vendor.displayName() + " in " + index.schemaName()
              + " (rebuild with the Strata processor); applying every migration instead.");
        }
      }
      List<Integer> applied;
      try {
        applied = FlywayRunner.migrate(index, vendor, dataSource, progress);
      } catch (FlywayRunner.Failure failure) {
        throw Failures.explain(index, vendor, dataSource, failure);
      }
      int current = analysis.status.current();
      for (int v : applied) {
        current = Math.max(current, v);
      }
      if (applied.isEmpty()) {
        // Another instance applied them while this one waited for the lock.
        current = Math.max(current, index.migrations().isEmpty() ? 0 : index.migrations().get(index.migrations().size() - 1).version());
      }
      return checkDrift(dataSource, new MigrationReport(vendor, applied, current, elapsed(start), MigrationReport.Method.FLYWAY));
    }

    private MigrationReport checkDrift(DataSource dataSource, MigrationReport report) {
      if (failOnDrift) {
        DriftReport drift = drift(dataSource);
        if (drift.hasDrift()) {
          throw new MigrationException(drift.toString().replaceAll("\\R\\s*", " "));
        }
      }
      return report;
    }

    /** Applied, pending and failed migrations, with checksums. */
    public MigrationStatus status(DataSource dataSource) {
      try (Connection connection = connect(dataSource)) {
        return analyze(connection, detect(connection)).status;
      } catch (SQLException e) {
        throw new MigrationException("Cannot read the migration history: " + message(e), e);
      }
    }

    /** Checks the history against the code: checksums, missing, failed, skipped and newer migrations. */
    public ValidationReport validate(DataSource dataSource) {
      try (Connection connection = connect(dataSource)) {
        return analyze(connection, detect(connection)).validation();
      } catch (SQLException e) {
        throw new MigrationException("Cannot read the migration history: " + message(e), e);
      }
    }

    /**
     * The exact statements {@code apply()} would run now, in order, without running anything.
     *
     * @throws MigrationException when {@code apply()} would refuse (the message says why)
     */
    public MigrationPlan plan(DataSource dataSource) {
      Vendor vendor;
      HistoryAnalysis analysis;
      boolean empty;
      try (Connection connection = connect(dataSource)) {
        vendor = detect(connection);
        analysis = analyze(connection, vendor);
        empty = !analysis.historyExists && FreshDatabase.isEmpty(connection, vendor, false);
      } catch (SQLException e) {
        throw new MigrationException("Cannot read the migration history: " + message(e), e);
      }
      List<MigrationPlan.Step> steps = new ArrayList<>();
      if (!analysis.upToDate()) {
        refuse(analysis, "plan a migration of the");
        refuseUnreleased(analysis.pending());
        String script = freshDatabaseFastPath && empty ? FreshDatabase.script(index, vendor) : null;
        if (script != null) {
          List<Integer> versions = new ArrayList<>();
          analysis.pending().forEach(m -> versions.add(m.version()));
          steps.add(new MigrationPlan.Step(versions, "Schema of V" + versions.get(versions.size() - 1) + " in one step, recorded"
              + " as " + MigrationReport.versions(versions), index.schemaScript(vendor),
              vendor == Vendor.POSTGRESQL && !SqlScript.headerHas(script, FreshDatabase.NO_TRANSACTION),
              SqlScript.split(script, vendor).stream().map(SqlScript.Statement::sql).toList()));
        } else {
          for (MigrationInfo migration : analysis.pending()) {
            MigrationInfo.Script file = migration.script(vendor);
            steps.add(new MigrationPlan.Step(List.of(migration.version()), "V" + migration.version() + " " + migration.description(),
                file.fileName(), file.transactional() && vendor == Vendor.POSTGRESQL,
                Resources.statements(index, vendor, file.fileName()).stream().map(SqlScript.Statement::sql).toList()));
          }
        }
      }
      return new MigrationPlan(vendor, index.schemaName(), analysis.status.current(), steps);
    }

    /**
     * Undoes every applied migration above {@code toVersion}, newest first, with the generated undo
     * scripts; refuses irreversible ones (they deleted data). Also the way to recover from a failed
     * migration on a database without transactional DDL: it reverts what the failed run applied.
     */
    public UndoReport undo(DataSource dataSource, int toVersion) {
      return undo(dataSource, toVersion, false);
    }

    /** {@link #undo(DataSource, int)}, running irreversible undo scripts too when {@code force} is true. */
    public UndoReport undo(DataSource dataSource, int toVersion, boolean force) {
      Vendor vendor;
      try (Connection connection = connect(dataSource)) {
        vendor = detect(connection);
      } catch (SQLException e) {
        throw new MigrationException("Cannot connect to the database: " + message(e), e);
      }
      return Undoer.undo(index, vendor, dataSource, toVersion, force, progress);
    }

    /** Compares the live schema with the schema of the code's newest migration. */
    public DriftReport drift(DataSource dataSource) {
      try (Connection connection = connect(dataSource)) {
        Vendor vendor = detect(connection);
        String name = index.expectedSchema(vendor);
        String text = name == null ? null : Resources.read(index, name);
        if (text == null) {
          throw new MigrationException(index.schemaName() + " has no expected-schema description for " + vendor.displayName()
              + (name == null ? "" : " (" + name + " is not on the class path)")
              + ": rebuild it with the current Strata processor to check drift.");
        }
        DatabaseSchema expected = DatabaseSchema.parse(text);
        DatabaseSchema actual = DatabaseSchema.read(connection);
        int version = index.migrations().isEmpty() ? 0 : index.migrations().get(index.migrations().size() - 1).version();
        return new DriftReport(vendor, index.schemaName(), version, SchemaDrift.compare(vendor, expected, actual));
      } catch (SQLException e) {
        throw new MigrationException("Cannot read the database schema: " + message(e), e);
      }
    }

    private HistoryAnalysis analyze(Connection connection, Vendor vendor) throws SQLException {
      Optional<List<HistoryTable.Row>> rows = HistoryTable.read(connection, vendor);
      return new HistoryAnalysis(index, vendor, rows);
    }

    private void refuse(HistoryAnalysis analysis, String action) {
      String refusal = analysis.refusal(action);
      if (refusal != null) {
        throw new MigrationException(refusal);
      }
    }

    private void refuseUnreleased(List<MigrationInfo> pending) {
      if (allowsUnreleased()) {
        return;
      }
      for (MigrationInfo migration : pending) {
        if (!migration.released()) {
          int version = migration.version();
          throw new MigrationException(
              "V" + version + " (" + migration.description() + ") of " + index.schemaName() + " is not released:"
                  + " it may still change, so it is not applied outside development. When it ships, set"
                  + " @Schema(released = " + version + "). To apply it to a development database, run with -D"
                  + ALLOW_UNRELEASED_PROPERTY + "=true (or " + ALLOW_UNRELEASED_ENV + "=true), or call"
                  + " allowUnreleased(true). Nothing was changed.");
        }
      }
    }

    /**
     * The up-to-date version, or -1 with the whole history rows (empty when there is no history table).
     * When the database is up to date with the usual history, this is one query: the rows' four deciding
     * columns, matched as they are read, or on H2, from the second check of the index in this JVM on (tests,
     * tools that check often), the history summed up in one row. The first check reads the rows there too:
     * parsing and planning the aggregate, and loading H2's classes for it, costs a JVM's first query more
     * than reading 50 rows does. Any other history is read whole (a second query) and left to the analysis,
     * which also says "up to date" under a baseline or after a repaired failure.
     */
    private UpToDateCheck checkUpToDate(Connection connection, Vendor vendor) throws SQLException {
      int usual;
      if (HistoryTable.summarizes(vendor) && HistoryAnalysis.checkedBefore(index, vendor)) {
        Optional<HistoryTable.Summary> summary = HistoryTable.summary(connection, vendor);
        usual = summary.isEmpty() ? HistoryTable.NO_TABLE : HistoryAnalysis.usualHistoryVersion(index, vendor, summary.get());
      } else {
        usual = HistoryTable.matchUsualHistory(connection, vendor, new HistoryAnalysis.UsualHistoryMatcher(index, vendor));
      }
      if (usual >= 0) {
        return new UpToDateCheck(usual, Optional.empty());
      }
      return new UpToDateCheck(-1, usual == HistoryTable.NO_TABLE ? Optional.empty() : HistoryTable.read(connection, vendor));
    }

    Vendor detect(Connection connection) throws SQLException {
      String product = connection.getMetaData().getDatabaseProductName();
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

    private static Duration elapsed(long start) {
      return Duration.ofNanos(System.nanoTime() - start);
    }

    private record UpToDateCheck(int current, Optional<List<HistoryTable.Row>> rows) {}
  }

  /**
   * The default progress listener: the {@code System.Logger} of {@code Migrator}, looked up on the first
   * line, so an up-to-date start never initializes logging.
   */
  private static final class LoggerProgress implements Consumer<String> {
    static final LoggerProgress INSTANCE = new LoggerProgress();

    @Override
    public void accept(String line) {
      Holder.LOG.log(System.Logger.Level.INFO, line);
    }

    private static final class Holder {
      static final System.Logger LOG = System.getLogger(Migrator.class.getName());
    }
  }

}
