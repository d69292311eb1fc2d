package dev.strata.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.runtime.testing.ScriptIndex;
import dev.strata.runtime.testing.TestDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An up-to-date database costs {@code apply()} one connection and one query, which on H2 returns one row:
 * the history as the database sums it up.
 */
class FastPathQueryTest {

  /** Records every statement run through its connections. */
  static final class Recording {
    final List<String> sql = new ArrayList<>();
    int connections;

    DataSource wrap(DataSource target) {
      return (DataSource) proxy(DataSource.class, target, (method, args, result) -> {
        if (method.equals("getConnection")) {
          connections++;
          return proxy(Connection.class, result, (m, a, r) -> {
            if (m.equals("prepareStatement") || m.equals("prepareCall")) {
              sql.add((String) a[0]);
            } else if (m.equals("createStatement")) {
              return proxy(java.sql.Statement.class, r, (sm, sa, sr) -> {
                if (sm.startsWith("execute")) {
                  sql.add((String) sa[0]);
                }
                return sr;
              });
            }
            return r;
          });
        }
        return result;
      });
    }
  }

  interface After {
    Object apply(String method, Object[] args, Object result) throws Exception;
  }

  static Object proxy(Class<?> type, Object target, After after) {
    InvocationHandler handler = (p, method, args) -> {
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      return after.apply(method.getName(), args, result);
    };
    return Proxy.newProxyInstance(FastPathQueryTest.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void anUpToDateDatabaseCostsOneQuery(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(ScriptIndex.blog()).apply(db.dataSource());

      Recording recording = new Recording();
      MigrationReport report = Migrator.configure(ScriptIndex.blog()).apply(recording.wrap(db.dataSource()));
      assertThat(report.method()).isEqualTo(MigrationReport.Method.FAST_PATH);
      assertThat(recording.connections).isEqualTo(1);
      assertThat(recording.sql).hasSize(1);
      assertThat(recording.sql.get(0)).startsWith("SELECT ").contains("flyway_schema_history");
    }
  }

  /**
   * What H2 writes for the summary is exactly the rendering the up-to-date check expects
   * ({@code UpToDateCheckTest.summaryOf}, whose properties are checked there), also for a failed row and a
   * null checksum, which then leave the decision to the rows.
   */
  @Test
  void h2SumsTheHistoryUpAsTheCheckReadsIt() throws SQLException {
    Vendor vendor = Vendor.H2;
    try (TestDatabase db = TestDatabase.create(vendor); Connection connection = db.connect()) {
      assertThat(HistoryTable.summary(connection, vendor)).isEmpty(); // no history table yet
      MigrationIndex index = ScriptIndex.blog();
      Migrator.configure(index).apply(db.dataSource());

      HistoryTable.Summary usual = HistoryTable.summary(connection, vendor).orElseThrow();
      assertThat(usual).isEqualTo(UpToDateCheckTest.summaryOf(HistoryTable.read(connection, vendor).orElseThrow()));
      int newest = index.migrations().get(index.migrations().size() - 1).version();
      assertThat(HistoryAnalysis.usualHistoryVersion(index, vendor, usual)).isEqualTo(newest);

      // apply() reads the summary from the second check of an index in a JVM on; the first read the rows.
      Recording again = new Recording();
      assertThat(Migrator.configure(index).apply(again.wrap(db.dataSource())).method()).isEqualTo(MigrationReport.Method.FAST_PATH);
      assertThat(again.sql).hasSize(1);
      assertThat(again.sql.get(0)).contains("LISTAGG");
      Recording first = new Recording();
      MigrationIndex notCheckedYet = ScriptIndex.blog(); // the same migrations, another index instance
      assertThat(Migrator.configure(notCheckedYet).apply(first.wrap(db.dataSource())).method()).isEqualTo(MigrationReport.Method.FAST_PATH);
      assertThat(first.sql).hasSize(1);
      assertThat(first.sql.get(0)).doesNotContain("LISTAGG");

      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = NULL WHERE \"version\" = '1'");
        statement.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '" + newest + "'");
      }
      HistoryTable.Summary changed = HistoryTable.summary(connection, vendor).orElseThrow();
      assertThat(changed).isEqualTo(UpToDateCheckTest.summaryOf(HistoryTable.read(connection, vendor).orElseThrow()));
      assertThat(changed.text()).contains("1:SQL::1").contains(newest + ":SQL:").endsWith(":0");
      assertThat(HistoryAnalysis.usualHistoryVersion(index, vendor, changed)).isEqualTo(-1);
    }
  }

  /**
   * A history that is up to date but not the usual one (V1 failed once, then ran again) is not recognized
   * by the quick check: apply() reads the whole rows, and the analysis finds it up to date at the newest
   * version, applying nothing.
   */
  @ParameterizedTest
  @EnumSource(Vendor.class)
  void anUpToDateHistoryWithARepairedFailureIsDecidedOnTheWholeRows(Vendor vendor) throws SQLException {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      MigrationIndex index = ScriptIndex.blog();
      Migrator.configure(index).apply(db.dataSource());
      MigrationInfo first = index.migrations().get(0);
      try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
        statement.executeUpdate("INSERT INTO " + HistoryTable.quoted(vendor) + " (" + HistoryTable.columns(vendor, "installed_rank",
            "version", "description", "type", "script", "checksum", "installed_by", "execution_time", "success") + ") VALUES (0, '"
            + first.version() + "', '" + first.description() + "', 'SQL', '" + first.script(vendor).fileName() + "', "
            + first.script(vendor).checksum() + ", 'test', 0, FALSE)");
      }

      Recording recording = new Recording();
      MigrationReport report = Migrator.configure(index).apply(recording.wrap(db.dataSource()));
      assertThat(report.method()).isEqualTo(MigrationReport.Method.FAST_PATH);
      assertThat(report.applied()).isEmpty();
      assertThat(report.current()).isEqualTo(index.migrations().get(index.migrations().size() - 1).version());
      assertThat(recording.sql).hasSize(2); // the quick check, then the whole rows
    }
  }
}
