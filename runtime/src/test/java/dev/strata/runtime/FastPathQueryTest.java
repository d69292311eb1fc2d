package dev.strata.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.runtime.testing.ScriptIndex;
import dev.strata.runtime.testing.TestDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An up-to-date database costs {@code apply()} one connection and one query. */
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
}
