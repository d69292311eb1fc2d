package dev.strata.runtime;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * The only class that touches Flyway: {@link Migrator}'s fast path never loads it. It hands Flyway the
 * compiled-in scripts (no scanning) and turns a failure into a {@link Failure} that names the migration,
 * the statement and the database's message.
 */
final class FlywayRunner {

  /** How long an instance waits for another one's migration, in one-second lock retries. */
  static final int LOCK_RETRIES = 600;

  private FlywayRunner() {}

  /** A migration failed; {@code applied} lists what this run applied before it. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final int version;
    final int line;
    final String statement;
    final String databaseMessage;
    final List<Integer> applied;

    Failure(int version, int line, String statement, String databaseMessage, List<Integer> applied, Throwable cause) {
      super(databaseMessage, cause);
      this.version = version;
      this.line = line;
      this.statement = statement;
      this.databaseMessage = databaseMessage;
      this.applied = List.copyOf(applied);
    }
  }

  /** Applies the pending migrations; returns the versions applied, in order. */
  static List<Integer> migrate(MigrationIndex index, Vendor vendor, DataSource dataSource, Consumer<String> progress)
      throws Failure {
    List<Integer> applied = Collections.synchronizedList(new ArrayList<>());
    FluentConfiguration configuration =
        Flyway.configure(index.classLoader())
            .dataSource(vendor == Vendor.POSTGRESQL ? new CheckedConnections(dataSource) : dataSource)
            .resourceProvider(new IndexResourceProvider(index, vendor, index.migrations()))
            .javaMigrationClassProvider(Collections::emptyList)
            .locations(index.location() + "/" + vendor.id())
            .placeholderReplacement(false)
            .validateMigrationNaming(true)
            .skipDefaultCallbacks(true)
            .cleanDisabled(true)
            .lockRetryCount(LOCK_RETRIES)
            .callbacks(new Progress(progress, applied));
    if (vendor == Vendor.POSTGRESQL) {
      // A session-level advisory lock: CREATE INDEX CONCURRENTLY waits for every open transaction,
      // including one that would hold Flyway's default transactional lock.
      configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
    }
    Flyway flyway = configuration.load();
    try {
      flyway.migrate();
      return List.copyOf(applied);
    } catch (FlywayException e) {
      throw failure(e, applied);
    }
  }

  private static Failure failure(FlywayException e, List<Integer> applied) {
    int version = -1;
    int line = -1;
    String statement = null;
    FlywayMigrateException migrate = find(e, FlywayMigrateException.class);
    if (migrate != null && migrate.getMigration() != null && migrate.getMigration().getVersion() != null) {
      try {
        version = Integer.parseInt(migrate.getMigration().getVersion().getVersion());
      } catch (NumberFormatException ignored) {
        // not one of Strata's versions
      }
    }
    FlywaySqlScriptException script = find(e, FlywaySqlScriptException.class);
    if (script != null) {
      statement = script.getStatement();
      line = script.getLineNumber();
    }
    SQLException sql = find(e, SQLException.class);
    String message = sql != null ? sql.getMessage() : e.getMessage();
    return new Failure(version, line, statement, message == null ? e.toString() : message.strip(), applied, e);
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t instanceof SQLException sql && type == SQLException.class) {
        return type.cast(sql);
      }
    }
    return null;
  }

  /** Reports each migration as it starts and ends, and records what was applied. */
  private static final class Progress implements Callback {
    private final Consumer<String> progress;
    private final List<Integer> applied;
    private long started;

    Progress(Consumer<String> progress, List<Integer> applied) {
      this.progress = progress;
      this.applied = applied;
    }

    @Override
    public boolean supports(Event event, Context context) {
      return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
      return true;
    }

    @Override
    public void handle(Event event, Context context) {
      org.flywaydb.core.api.MigrationInfo info = context.getMigrationInfo();
      if (info == null || info.getVersion() == null) {
        return;
      }
      String name = "V" + info.getVersion().getVersion() + " (" + info.getDescription() + ")";
      if (event == Event.BEFORE_EACH_MIGRATE) {
        started = System.nanoTime();
        progress.accept("Applying " + name + " ...");
      } else {
        applied.add(Integer.parseInt(info.getVersion().getVersion()));
        progress.accept("Applied " + name + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
      }
    }

    @Override
    public String getCallbackName() {
      return "strata-progress";
    }
  }
}
