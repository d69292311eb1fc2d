package dev.strata.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.runtime.MigrationStatus.State;
import dev.strata.runtime.ValidationReport.Kind;
import dev.strata.runtime.testing.ScriptIndex;
import dev.strata.runtime.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code status()}, {@code validate()} and {@code plan()}: they read, and never change anything. */
class StatusTest {

  static final ScriptIndex BLOG = ScriptIndex.blog();

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void statusListsAppliedAndPendingWithChecksums(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      MigrationStatus empty = Migrator.configure(BLOG).status(db.dataSource());
      assertThat(empty.entries()).extracting(MigrationStatus.Entry::state).containsExactly(State.PENDING, State.PENDING, State.PENDING);
      assertThat(empty.current()).isZero();

      Migrator.configure(BLOG.upTo(2)).apply(db.dataSource());
      MigrationStatus status = Migrator.configure(BLOG).status(db.dataSource());
      assertThat(status.current()).isEqualTo(2);
      assertThat(status.upToDate()).isFalse();
      assertThat(status.entries()).extracting(MigrationStatus.Entry::state).containsExactly(State.APPLIED, State.APPLIED, State.PENDING);
      int checksum = BLOG.migrations().get(0).script(vendor).checksum();
      assertThat(status.entries().get(0).checksum()).isEqualTo(checksum);
      assertThat(status.entries().get(0).appliedChecksum()).isEqualTo(checksum);
      assertThat(status.entries().get(0).installedOn()).isNotNull();
      assertThat(status.toString())
          .startsWith(vendor.displayName() + " database at V2 (test.blog): 1 pending")
          .contains("V1     applied  create authors                           checksum " + checksum + " on ")
          .contains("V3     pending  drop notes");
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void validateReportsEveryDisagreementAndStatusShowsIt(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(BLOG).apply(db.dataSource());
      assertThat(Migrator.configure(BLOG).validate(db.dataSource()).ok()).isTrue();

      ValidationReport changed = Migrator.configure(BLOG.with(1, ScriptIndex::edited)).validate(db.dataSource());
      assertThat(changed.problems()).extracting(ValidationReport.Problem::kind).containsExactly(Kind.CHECKSUM_MISMATCH);

      ValidationReport older = Migrator.configure(BLOG.upTo(2)).validate(db.dataSource());
      assertThat(older.problems()).extracting(ValidationReport.Problem::kind).containsExactly(Kind.FUTURE);
      assertThat(Migrator.configure(BLOG.upTo(2)).status(db.dataSource()).entries())
          .extracting(MigrationStatus.Entry::state).containsExactly(State.APPLIED, State.APPLIED, State.FUTURE);

      ValidationReport missing = Migrator.configure(BLOG.without(2)).validate(db.dataSource());
      assertThat(missing.problems()).extracting(ValidationReport.Problem::kind).containsExactly(Kind.MISSING);
      assertThat(missing.toString()).startsWith(vendor.displayName() + " history of test.blog has 1 problem:");
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void planListsTheExactStatementsApplyRunsAndChangesNothing(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(BLOG.upTo(1)).apply(db.dataSource());
      DatabaseState before = DatabaseState.of(db);

      MigrationPlan plan = Migrator.configure(BLOG).plan(db.dataSource());
      assertThat(DatabaseState.of(db)).isEqualTo(before);
      assertThat(plan.current()).isEqualTo(1);
      assertThat(plan.steps()).extracting(MigrationPlan.Step::script).containsExactly("V2__create_posts.sql", "V3__drop_notes.sql");
      List<String> v3 = plan.steps().get(1).statements();
      String notes = vendor == Vendor.MYSQL ? "`notes`" : "\"notes\"";
      if (vendor == Vendor.POSTGRESQL) {
        assertThat(v3).containsExactly("SET LOCAL lock_timeout = '5s'", "DROP TABLE " + notes);
      } else {
        assertThat(v3).containsExactly("DROP TABLE " + notes);
      }
      assertThat(plan.steps().get(0).statements()).hasSize(vendor == Vendor.POSTGRESQL ? 3 : 2);
      assertThat(plan.steps().get(0).statements().get(vendor == Vendor.POSTGRESQL ? 1 : 0)).startsWith("CREATE TABLE ");
      assertThat(plan.sql()).contains("-- V3 drop notes (V3__drop_notes.sql, "
          + (vendor == Vendor.POSTGRESQL ? "in one transaction" : "without a transaction") + ")\n")
          .contains("DROP TABLE " + notes + ";\n");

      Migrator.configure(BLOG).apply(db.dataSource());
      assertThat(Migrator.configure(BLOG).plan(db.dataSource()).isEmpty()).isTrue();
    }
  }

  @Test
  void planSaysWhyApplyWouldRefuse() {
    try (TestDatabase db = TestDatabase.create(Vendor.H2)) {
      Migrator.configure(BLOG).apply(db.dataSource());
      assertThatThrownBy(() -> Migrator.configure(BLOG.upTo(2)).plan(db.dataSource()))
          .hasMessageStartingWith("Refusing to plan a migration of the H2 database: The database is at V3, newer than the code");
    }
  }
}
