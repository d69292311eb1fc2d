package dev.strata.processor.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.processor.migrate.MigrationRenderer;
import dev.strata.processor.review.MigrationReview.Step;
import dev.strata.processor.testing.RiskyMigration;
import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review notes checked against the databases themselves: the risky migration's statements run one by
 * one on a table with rows, and PostgreSQL must take the lock each note names and rewrite the table exactly
 * where the note says; MariaDB must accept or refuse the online algorithm the note promises.
 */
class ReviewNotesOnDatabasesTest {

  @TempDir Path dir;

  private void build() {
    RiskyMigration.build(dir);
  }

  private String script(String database, String name) throws Exception {
    return Files.readString(dir.resolve(database).resolve(name + ".sql"), StandardCharsets.UTF_8);
  }

  private MigrationReview review(String database) throws Exception {
    String forward = script(database, RiskyMigration.NAME);
    return MigrationReview.of(database, forward, script(database, "U" + RiskyMigration.NAME.substring(1)),
        !MigrationRenderer.isNonTransactional(forward));
  }

  private static void fill(Connection connection, String database) throws Exception {
    try (Statement statement = connection.createStatement()) {
      for (int i = 0; i < 50; i++) {
        statement.execute(database.equals("mysql")
            ? "INSERT INTO `item` (`quantity`, `note`, `title`) VALUES (" + i + ", 'n', 't" + i + "')"
            : "INSERT INTO \"item\" (\"quantity\", \"note\", \"title\") VALUES (" + i + ", 'n', 't" + i + "')");
      }
    }
  }

  @Test
  void postgresqlTakesTheNamedLockAndRewritesOnlyWhereTheNoteSays() throws Exception {
    build();
    MigrationReview review = review("postgresql");
    try (TestDatabase db = TestDatabase.create(Vendor.POSTGRESQL); Connection connection = db.connect()) {
      try (Statement statement = connection.createStatement()) {
        for (String sql : SqlText.statements(script("postgresql", "V1__create_schema"), false)) {
          if (!sql.startsWith("SET LOCAL")) {
            statement.execute(sql);
          }
        }
      }
      fill(connection, "postgresql");
      int checked = 0;
      for (Step step : review.steps()) {
        long before = relfilenode(connection);
        if (step.lock() == null || step.sql().contains("CONCURRENTLY")) {
          execute(connection, step.sql());
        } else {
          connection.setAutoCommit(false);
          execute(connection, step.sql());
          String strongest = strongestLockOnItem(connection);
          connection.commit();
          connection.setAutoCommit(true);
          assertThat(step.lock()).as(step.sql()).startsWith(strongest + " on `item`");
          checked++;
        }
        boolean rewritten = relfilenode(connection) != before;
        assertThat(rewritten).as(step.sql()).isEqualTo(step.worstCase() != null && step.worstCase().startsWith("rewrites"));
      }
      assertThat(checked).isGreaterThanOrEqualTo(8);
    }
  }

  @Test
  void mariadbRunsEachStatementWithTheAlgorithmTheNotePromises() throws Exception {
    build();
    MigrationReview review = review("mysql");
    // What the note says MariaDB does, per statement, and the ALGORITHM clause that proves it.
    Map<String, String> expected = Map.of(
        "MODIFY COLUMN `quantity`", "COPY",
        "MODIFY COLUMN `title`", "INSTANT",
        "MODIFY COLUMN `code`", "INPLACE",
        "ADD COLUMN `stock`", "INSTANT",
        "DROP COLUMN `note`", "INSTANT",
        "CREATE INDEX `item_title_idx`", "INPLACE");
    try (TestDatabase db = TestDatabase.create(Vendor.MYSQL); Connection connection = db.connect()) {
      try (Statement statement = connection.createStatement()) {
        for (String sql : SqlText.statements(script("mysql", "V1__create_schema"), true)) {
          statement.execute(sql);
        }
      }
      fill(connection, "mysql");
      int checked = 0;
      for (Step step : review.steps()) {
        String algorithm = expected.entrySet().stream().filter(e -> step.sql().contains(e.getKey())).map(Map.Entry::getValue)
            .findFirst().orElse(null);
        if (algorithm == null) {
          execute(connection, step.sql());
          continue;
        }
        String separator = step.sql().startsWith("CREATE INDEX") ? " " : ", ";
        switch (algorithm) {
          case "INSTANT" -> {
            assertThat(step.worstCase()).as(step.sql()).contains("INSTANT");
            execute(connection, step.sql() + separator + "ALGORITHM=INSTANT");
          }
          case "INPLACE" -> {
            assertThat(step.worstCase()).as(step.sql()).contains("in place while reads and writes go on");
            execute(connection, step.sql() + separator + "ALGORITHM=INPLACE" + separator + "LOCK=NONE");
          }
          default -> {
            assertThat(step.worstCase()).as(step.sql()).startsWith("copies `item`").contains("writes wait");
            assertThatThrownBy(() -> execute(connection, step.sql() + separator + "ALGORITHM=INPLACE"))
                .as(step.sql()).isInstanceOf(SQLException.class).hasMessageContaining("ALGORITHM=INPLACE is not supported");
            execute(connection, step.sql());
          }
        }
        checked++;
      }
      assertThat(checked).isEqualTo(expected.size());
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static long relfilenode(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT relfilenode FROM pg_class WHERE relname = 'item'")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** The strongest lock this session holds on table item, in PostgreSQL's spelling (ACCESS EXCLUSIVE). */
  private static String strongestLockOnItem(Connection connection) throws SQLException {
    List<String> order = List.of("AccessShareLock", "RowShareLock", "RowExclusiveLock", "ShareUpdateExclusiveLock",
        "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock");
    String strongest = null;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT mode FROM pg_locks WHERE pid = pg_backend_pid()"
            + " AND locktype = 'relation' AND relation = 'item'::regclass")) {
      while (rows.next()) {
        String mode = rows.getString(1);
        if (strongest == null || order.indexOf(mode) > order.indexOf(strongest)) {
          strongest = mode;
        }
      }
    }
    return strongest.replace("Lock", "").replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(java.util.Locale.ROOT);
  }
}
