package dev.strata.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.strata.processor.testing.Compile;
import dev.strata.processor.testing.CompiledClasses;
import dev.strata.processor.testing.Generated;
import dev.strata.processor.testing.Sources;
import dev.strata.runtime.DatabaseSchema;
import dev.strata.runtime.DriftReport;
import dev.strata.runtime.MigrationIndex;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one-step schema script and the expected-schema description the processor writes for the runtime:
 * an empty database created from the script is the database that replaying every migration gives, and a
 * migrated database shows no drift against the description, on every database.
 */
class SchemaScriptTest {

  static MigrationIndex shop;
  static MigrationIndex library;

  @BeforeAll
  static void compile(@TempDir Path shopDir, @TempDir Path libraryDir) {
    Compilation compilation = Compile.with().migrationsDir(shopDir).compile(Sources.fixture("shop"));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    shop = new Generated(new CompiledClasses(compilation), "com.example.shop").migrations("ShopSchema");

    // Two versions: V1 creates books, loans and drafts; V2 drops drafts and adds members.
    Compilation v1 = Compile.with().migrationsDir(libraryDir).compile(
        Sources.inTest("Book", "@Table(\"books\") public record Book(@Id @Identity long id, @Column(length = 200) String title,",
            "    @Nullable String summary, @Default(\"0\") int copies, @DefaultNow Instant addedAt) {}"),
        Sources.inTest("Loan", "@Table(\"loans\") @Index(columns = {\"bookId\", \"dueOn\"})",
            "public record Loan(@Id @Identity long id, @References(value = Book.class, onDelete = ReferentialAction.CASCADE) long bookId,",
            "    LocalDate dueOn) {}"),
        Sources.inTest("Draft", "@Table(\"drafts\") public record Draft(@Id UUID id, String body) {}"),
        Sources.inTest("Library", "@Schema(tables = {Book.class, Loan.class, Draft.class}) interface Library {}"));
    assertThat(v1.status()).isEqualTo(Compilation.Status.SUCCESS);
    Compilation v2 = Compile.with().migrationsDir(libraryDir).compile(
        Sources.inTest("Book", "@Table(\"books\") public record Book(@Id @Identity long id, @Column(length = 200) String title,",
            "    @Nullable String summary, @Default(\"0\") int copies, @DefaultNow Instant addedAt) {}"),
        Sources.inTest("Loan", "@Table(\"loans\") @Index(columns = {\"bookId\", \"dueOn\"})",
            "public record Loan(@Id @Identity long id, @References(value = Book.class, onDelete = ReferentialAction.CASCADE) long bookId,",
            "    LocalDate dueOn) {}"),
        Sources.inTest("Member", "@Table(\"members\") public record Member(@Id @Identity long id, @Unique String email,",
            "    @Json @Nullable String preferences, @Default(\"true\") boolean active) {}"),
        Sources.inTest("Library", "@DropTable(\"drafts\")", "@Schema(tables = {Book.class, Loan.class, Member.class}, released = 1) interface Library {}"));
    assertThat(v2.status()).isEqualTo(Compilation.Status.SUCCESS);
    library = new Generated(new CompiledClasses(v2), "test").migrations("Library");
    assertThat(library.migrations()).hasSize(2);
  }

  static String schemaOf(TestDatabase db) throws SQLException {
    try (Connection c = db.connect()) {
      return DatabaseSchema.read(c).toString();
    }
  }

  /** Each version's state and checksums, as status() reports them, without the times. */
  static java.util.List<String> history(MigrationIndex index, TestDatabase db) {
    return Migrator.configure(index).status(db.dataSource()).entries().stream()
        .map(e -> e.version() + " " + e.description() + " " + e.state() + " " + e.checksum() + " " + e.appliedChecksum())
        .toList();
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void theOneStepScriptGivesTheSchemaThatReplayingEveryMigrationGives(Vendor vendor) throws SQLException {
    for (MigrationIndex index : new MigrationIndex[] {shop, library}) {
      try (TestDatabase replayed = TestDatabase.create(vendor); TestDatabase fresh = TestDatabase.create(vendor)) {
        MigrationReport replay = Migrator.configure(index).allowUnreleased(true).apply(replayed.dataSource());
        assertThat(replay.method()).isEqualTo(MigrationReport.Method.FLYWAY);
        MigrationReport oneStep = Migrator.configure(index).allowUnreleased(true).freshDatabaseFastPath(true).apply(fresh.dataSource());
        assertThat(oneStep.method()).isEqualTo(MigrationReport.Method.SCHEMA_SCRIPT);
        assertThat(oneStep.applied()).isEqualTo(replay.applied());

        assertThat(schemaOf(fresh)).isNotEmpty().isEqualTo(schemaOf(replayed));
        assertThat(history(index, fresh)).isEqualTo(history(index, replayed));
        assertThat(Migrator.configure(index).apply(fresh.dataSource()).method()).isEqualTo(MigrationReport.Method.FAST_PATH);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void aMigratedDatabaseMatchesTheExpectedSchema(Vendor vendor) {
    for (MigrationIndex index : new MigrationIndex[] {shop, library}) {
      try (TestDatabase db = TestDatabase.create(vendor)) {
        Migrator.configure(index).allowUnreleased(true).apply(db.dataSource());
        DriftReport drift = Migrator.configure(index).drift(db.dataSource());
        assertThat(drift.differences()).as(drift.toString()).isEmpty();
      }
    }
  }
}
