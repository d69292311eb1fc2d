package dev.strata.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.runtime.testing.ScriptIndex;
import dev.strata.runtime.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migration that fails at its third statement (V2 of the "failing" fixture creates a table and an index,
 * then alters a table that does not exist).
 */
class FailureTest {

  static final ScriptIndex FAILING = ScriptIndex.of("fixtures/failing", 2, "create_authors", "create_posts");

  static String missingTableMessage(Vendor vendor) {
    return switch (vendor) {
      case POSTGRESQL -> "ERROR: relation \"no_such_table\" does not exist";
      case MYSQL -> "Table '";
      case H2 -> "Table \"no_such_table\" not found";
    };
  }

  @ParameterizedTest
  @EnumSource(value = Vendor.class, names = {"POSTGRESQL", "H2"})
  void aFailingMigrationLeavesTheDatabaseAsItWas(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(FAILING.upTo(1)).apply(db.dataSource());
      DatabaseState.execute(db, "INSERT INTO \"authors\" (\"email\", \"name\") VALUES ('ana@example.com', 'Ana')");
      DatabaseState before = DatabaseState.of(db);

      assertThatThrownBy(() -> Migrator.configure(FAILING).apply(db.dataSource()))
          .isInstanceOf(MigrationException.class)
          .hasMessageStartingWith("V2 (create posts) of test.failing failed on " + vendor.displayName() + " at statement "
              + (vendor == Vendor.POSTGRESQL ? "4 of 4" : "3 of 3"))
          .hasMessageContaining("of V2__create_posts.sql): ALTER TABLE \"no_such_table\" ADD COLUMN \"x\" integer -- the database said: ")
          .hasMessageContaining(missingTableMessage(vendor))
          .hasMessageContaining("the database is as it was before it, at V1. Fix the cause and migrate again.")
          .message().doesNotContain("\n");
      assertThat(DatabaseState.of(db)).isEqualTo(before);

      // Nothing is left that blocks the next attempt: it fails the same way, not as "failed earlier".
      assertThatThrownBy(() -> Migrator.configure(FAILING).apply(db.dataSource()))
          .hasMessageStartingWith("V2 (create posts) of test.failing failed on");
      assertThat(DatabaseState.of(db)).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Vendor.class, names = "MYSQL")
  void aFailingMigrationOnMariaDbSaysWhatWasAppliedAndUndoRecovers(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(FAILING.upTo(1)).apply(db.dataSource());
      DatabaseState.execute(db, "INSERT INTO \"authors\" (\"email\", \"name\") VALUES ('ana@example.com', 'Ana')");
      DatabaseState before = DatabaseState.of(db);

      assertThatThrownBy(() -> Migrator.configure(FAILING).apply(db.dataSource()))
          .isInstanceOf(MigrationException.class)
          .hasMessageStartingWith("V2 (create posts) of test.failing failed on MySQL/MariaDB at statement 3 of 3 (line")
          .hasMessageContaining("ALTER TABLE `no_such_table` ADD COLUMN `x` integer -- the database said: ")
          .hasMessageContaining("doesn't exist")
          .hasMessageContaining("MySQL/MariaDB cannot roll back DDL: Statements 1-2 of V2__create_posts.sql ran before it and"
              + " remain applied (CREATE TABLE `posts` (")
          .hasMessageContaining("; CREATE INDEX `posts_title_idx` ON `posts` (`title`))")
          .hasMessageContaining("To recover, run 'undo --to 1' (Migrator.configure(..).undo(dataSource, 1)): it reverts what"
              + " V2 (create posts) applied with U2__create_posts.sql and removes the failed record.")
          .message().doesNotContain("\n");
      assertThat(DatabaseState.versions(db)).containsExactly("1", "2 failed");

      // Until then, apply() refuses and says how to recover.
      assertThatThrownBy(() -> Migrator.configure(FAILING).apply(db.dataSource()))
          .hasMessageContaining("V2 (create posts) failed earlier and is recorded as failed in flyway_schema_history")
          .hasMessageContaining("Recover with 'undo --to 1'");

      UndoReport undo = Migrator.configure(FAILING).undo(db.dataSource(), 1);
      assertThat(undo.undone()).containsExactly(2);
      assertThat(DatabaseState.of(db)).isEqualTo(before);
    }
  }
}
