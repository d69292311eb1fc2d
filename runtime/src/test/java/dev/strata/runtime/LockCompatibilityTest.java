package dev.strata.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.runtime.testing.ScriptIndex;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Strata's own writes (undo, fresh setup) take the very lock Flyway takes, so instances running either
 * exclude each other. Observed from inside a Flyway migration: the lock Flyway holds is Strata's.
 */
class LockCompatibilityTest {

  @ParameterizedTest
  @EnumSource(value = Vendor.class, names = {"POSTGRESQL", "MYSQL"})
  void flywayHoldsTheLockStrataTakes(Vendor vendor) {
    ScriptIndex blog = ScriptIndex.blog().upTo(1);
    try (TestDatabase db = TestDatabase.create(vendor)) {
      List<Boolean> held = Collections.synchronizedList(new ArrayList<>());
      Callback probe = new Callback() {
        @Override
        public boolean supports(Event event, Context context) {
          return event == Event.BEFORE_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
          return true;
        }

        @Override
        public void handle(Event event, Context context) {
          try (Connection other = db.connect()) {
            held.add(isHeld(vendor, other, db.name()));
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        }

        @Override
        public String getCallbackName() {
          return "lock-probe";
        }
      };
      Flyway.configure().dataSource(db.dataSource())
          .resourceProvider(new IndexResourceProvider(blog, vendor, blog.migrations()))
          .javaMigrationClassProvider(Collections::emptyList)
          .callbacks(probe).load().migrate();
      assertThat(held).containsExactly(true);
      // And it is free again afterwards.
      try (Connection c = db.connect()) {
        assertThat(isHeld(vendor, c, db.name())).isFalse();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static boolean isHeld(Vendor vendor, Connection c, String database) throws SQLException {
    if (vendor == Vendor.POSTGRESQL) {
      long key = MigrationLock.postgresKey("\"public\".\"" + HistoryTable.NAME + "\"");
      try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
          // Advisory locks are server-wide: count only this database's, not a parallel test's.
          + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
          + " AND ((classid::bigint << 32) | objid::bigint) = ?")) {
        s.setLong(1, key);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          return rs.getInt(1) > 0;
        }
      }
    }
    String name = MigrationLock.mysqlName("`" + database + "`.`" + HistoryTable.NAME + "`");
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT IS_USED_LOCK('" + name + "')")) {
      rs.next();
      return rs.getObject(1) != null;
    }
  }
}
