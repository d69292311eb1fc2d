package dev.strata.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.runtime.testing.ScriptIndex;
import dev.strata.runtime.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code undo(toVersion)}: the U scripts, newest first, with the history kept in step. */
class UndoTest {

  static final ScriptIndex BLOG = ScriptIndex.blog();

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void undoRestoresEachEarlierSchemaAndItsHistory(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(BLOG.upTo(1)).apply(db.dataSource());
      DatabaseState atV1 = DatabaseState.of(db);
      Migrator.configure(BLOG.upTo(2)).apply(db.dataSource());

      UndoReport report = Migrator.configure(BLOG.upTo(2)).undo(db.dataSource(), 1);
      assertThat(report.undone()).containsExactly(2);
      assertThat(report.current()).isEqualTo(1);
      assertThat(DatabaseState.of(db)).isEqualTo(atV1);

      // Applying again is ordinary: V2 is pending.
      assertThat(Migrator.configure(BLOG.upTo(2)).apply(db.dataSource()).applied()).containsExactly(2);

      UndoReport all = Migrator.configure(BLOG.upTo(2)).undo(db.dataSource(), 0);
      assertThat(all.undone()).containsExactly(2, 1);
      assertThat(all).hasToString(vendor.displayName() + " schema undid V2, V1, now at V0 in " + all.elapsed().toMillis() + " ms");
      assertThat(DatabaseState.of(db).schema()).isEmpty();
      assertThat(DatabaseState.versions(db)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void undoRefusesAnIrreversibleMigrationUnlessForced(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(BLOG).apply(db.dataSource());
      DatabaseState before = DatabaseState.of(db);

      assertThatThrownBy(() -> Migrator.configure(BLOG).undo(db.dataSource(), 1))
          .isInstanceOf(MigrationException.class)
          .hasMessage("Refusing to undo V3 (drop notes): it deleted data that undoing cannot bring back (the undo script only"
              + " restores the schema). Undo with force (--force, or undo(dataSource, 1, true)) to accept that. Nothing was changed.");
      assertThat(DatabaseState.of(db)).isEqualTo(before);

      assertThat(Migrator.configure(BLOG).undo(db.dataSource(), 2, true).undone()).containsExactly(3);
      assertThat(DatabaseState.of(db).schema()).contains("table\tnotes");
      assertThat(DatabaseState.versions(db)).containsExactly("1", "2");
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void undoIsRefusedWhenTheHistoryDisagreesWithTheCode(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(BLOG.upTo(2)).apply(db.dataSource());
      DatabaseState before = DatabaseState.of(db);
      assertThatThrownBy(() -> Migrator.configure(BLOG.upTo(2).with(2, ScriptIndex::edited)).undo(db.dataSource(), 1))
          .hasMessageStartingWith("Refusing to undo: V2 (create posts) changed after it was applied")
          .hasMessageEndingWith("Nothing was changed.");
      assertThat(DatabaseState.of(db)).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Vendor.class, names = "POSTGRESQL")
  void aFailingUndoOnPostgresRollsBackTheScriptAndTheHistoryTogether(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(BLOG.upTo(2)).apply(db.dataSource());
      // U2 starts with DROP INDEX posts_title_idx: make its second statement fail instead, by a dependent view.
      DatabaseState.execute(db, "CREATE VIEW \"post_titles\" AS SELECT \"title\" FROM \"posts\"");
      DatabaseState before = DatabaseState.of(db);

      assertThatThrownBy(() -> Migrator.configure(BLOG.upTo(2)).undo(db.dataSource(), 1))
          .hasMessageStartingWith("Undoing V2 (create posts) on PostgreSQL failed: ERROR: cannot drop table posts because other"
              + " objects depend on it")
          .hasMessageEndingWith("PostgreSQL rolled U2__create_posts.sql back: the database is at V2.");
      // The index the first statement dropped is back, and V2 is still recorded.
      assertThat(DatabaseState.of(db)).isEqualTo(before);
    }
  }
}
