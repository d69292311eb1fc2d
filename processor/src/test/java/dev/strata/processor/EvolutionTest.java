package dev.strata.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.processor.testing.Evolution;
import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A schema's history of 32 versions, each a change a team makes, covering every operation: tables
 * created, renamed and dropped; columns added (nullable, defaulted, backfilled by literal and by
 * expression), renamed, retyped (widened, narrowed), made nullable and NOT NULL, given, changed and
 * stripped of defaults, dropped; enum constants added and removed; primary keys changed; unique keys,
 * indexes, foreign keys and checks added, changed, renamed and dropped.
 *
 * <p>On each database the versions are compiled and applied one after the other: rows survive every
 * step, every undo script returns the catalog to the previous version, and the replayed schema equals
 * the final schema created in one step.
 */
class EvolutionTest {

  static Evolution corpus() {
    Map<String, String> v = new LinkedHashMap<>();
    Evolution e = new Evolution("evolving");
    v.put("Status", "public enum Status { DRAFT, PUBLISHED }");
    v.put("Author", """
        public record Author(@Id @Identity long id, String name, @Unique String email) {}""");
    v.put("Post", """
        public record Post(
            @Id @Identity long id,
            @References(value = Author.class, onDelete = ReferentialAction.CASCADE) long authorId,
            @Column(length = 100) String title,
            @Nullable String body,
            Status status) {}""");
    e.version("create author and post", v);

    v.put("Post", v.get("Post").replace("Status status)", "Status status,\n    @Nullable String subtitle)"));
    e.version("add a nullable column", v);

    v.put("Post", v.get("Post").replace("@Nullable String subtitle)", "@Nullable String subtitle,\n    @Default(\"0\") int views)"));
    e.version("add a column with a default", v);

    v.put("Author", v.get("Author").replace("@Unique String email)", "@Unique String email,\n    @Column(length = 20) @Backfill(\"unknown\") String country)"));
    e.version("add a NOT NULL column backfilled with a literal", v);

    v.put("Author", v.get("Author").replace("String country)", "String country,\n    @Backfill(expression = \"lower(name)\") String nameKey)"));
    e.version("add a NOT NULL column backfilled by an expression", v);

    v.put("Post", v.get("Post").replace("@Nullable String subtitle", "@Nullable @RenamedFrom(\"subtitle\") String teaser"));
    e.version("rename a column", v);

    v.remove("Post");
    v.put("Article", """
        @Table("articles") @RenamedFrom("post")
        public record Article(
            @Id @Identity long id,
            @References(value = Author.class, onDelete = ReferentialAction.CASCADE) long authorId,
            @Column(length = 100) String title,
            @Nullable String body,
            Status status,
            @Nullable String teaser,
            @Default("0") int views) {}""");
    e.version("rename a table", v, "", Map.of("post", "articles"));

    v.put("Article", v.get("Article").replace("@Default(\"0\") int views", "@Default(\"0\") long views"));
    e.version("widen int to long", v);

    v.put("Article", v.get("Article").replace("@Column(length = 100) String title", "@Column(length = 200) String title"));
    e.version("widen a varchar", v);

    v.put("Article", v.get("Article").replace("@Column(length = 200) String title",
        "@Acknowledge(Acknowledge.Risk.NARROWING_TYPE) @Column(length = 150) String title"));
    e.version("narrow a varchar, acknowledged", v);

    v.put("Author", v.get("Author").replace("@Column(length = 20) @Backfill(\"unknown\") String country", "@Nullable @Column(length = 20) String country"));
    e.version("make a column nullable", v);

    v.put("Article", v.get("Article").replace("@Nullable String teaser", "@Backfill(\"none\") String teaser"));
    e.version("make a column NOT NULL with a backfill", v);

    v.put("Article", v.get("Article").replace("Status status,", "@Default(\"DRAFT\") Status status,"));
    e.version("give a column a default", v);

    v.put("Article", v.get("Article").replace("@Default(\"0\") long views", "@Default(\"1\") long views"));
    e.version("change a default", v);

    v.put("Article", v.get("Article").replace("@Default(\"1\") long views", "long views"));
    e.version("drop a default", v);

    v.put("Status", "public enum Status { DRAFT, PUBLISHED, ARCHIVED }");
    e.version("add an enum constant", v);

    v.put("Status", "public enum Status { DRAFT, PUBLISHED }");
    v.put("Article", v.get("Article").replace("@Default(\"DRAFT\") Status status",
        "@Acknowledge(Acknowledge.Risk.REMOVED_ENUM_CONSTANT) @Default(\"DRAFT\") Status status"));
    e.version("remove an enum constant, acknowledged", v);

    v.put("Article", v.get("Article").replace("@Table(\"articles\")", "@Table(\"articles\") @Index(columns = {\"status\", \"views\"})"));
    e.version("add an index", v);

    v.put("Author", v.get("Author").replace("@Backfill(expression = \"lower(name)\") String nameKey",
        "@Unique @Acknowledge(Acknowledge.Risk.UNIQUE) String nameKey"));
    e.version("add a unique key, acknowledged", v);

    v.put("Author", v.get("Author").replace("@Unique String email", "String email"));
    e.version("drop a unique key", v);

    v.put("Article", v.get("Article").replace("@Table(\"articles\")", "@Table(\"articles\") @Check(\"views >= 0\")"));
    e.version("add a check", v);

    v.put("Article", v.get("Article").replace("@Check(\"views >= 0\")", "@Check(\"views >= 0 and views < 1000000000\")"));
    e.version("change a check", v);

    v.put("Article", v.get("Article").replace("@Check(\"views >= 0 and views < 1000000000\") ", ""));
    e.version("drop a check", v);

    v.put("Tag", "@Table(\"tags\") public record Tag(@Id @Identity int id, @Unique @Column(length = 40) String name) {}");
    v.put("ArticleTag", """
        public record ArticleTag(
            @Id @References(value = Article.class, onDelete = ReferentialAction.CASCADE) long articleId,
            @Id @References(value = Tag.class, onDelete = ReferentialAction.CASCADE) int tagId) {}""");
    e.version("create tables with foreign keys and a composite key", v);

    v.put("Author", v.get("Author").replace("public record Author(@Id @Identity long id,",
        "public record Author(\n    @Id @Identity long id,\n    @Nullable @References(value = Author.class, onDelete = ReferentialAction.SET_NULL) Long mentorId,"));
    e.version("add a self-referencing foreign key column", v);

    v.put("Author", v.get("Author").replace("@Nullable @References(value = Author.class, onDelete = ReferentialAction.SET_NULL) Long mentorId",
        "@Nullable Long mentorId"));
    e.version("drop a foreign key, keep its column", v);

    v.put("Article", v.get("Article").replace(" @Index(columns = {\"status\", \"views\"})", ""));
    e.version("drop an index", v);

    v.put("ArticleTag", """
        @Acknowledge(Acknowledge.Risk.UNIQUE)
        public record ArticleTag(
            @Id @References(value = Tag.class, onDelete = ReferentialAction.CASCADE) int tagId,
            @Id @References(value = Article.class, onDelete = ReferentialAction.CASCADE) long articleId) {}""");
    e.version("change a primary key, acknowledged", v);

    v.put("Author", v.get("Author").replace("\n    @Nullable Long mentorId,", "").replace("public record Author(",
        "@DropColumn(\"mentor_id\")\npublic record Author("));
    e.version("drop a column, acknowledged", v);

    v.remove("ArticleTag");
    e.version("drop a table, acknowledged", v, "@DropTable(\"article_tag\")", Map.of());

    v.put("Author", v.get("Author").replace("@Unique @Acknowledge(Acknowledge.Risk.UNIQUE) String nameKey",
        "@Unique @RenamedFrom(\"name_key\") String handle"));
    e.version("rename a unique column: its key is renamed too", v, "@DropTable(\"article_tag\")", Map.of());

    v.put("Article", v.get("Article").replace("long views) {}", "long views,\n    @Default(\"false\") boolean featured) {}"));
    e.version("add a boolean column", v, "@DropTable(\"article_tag\")", Map.of());

    v.put("Article", v.get("Article").replace("@Default(\"false\") boolean featured",
        "@Acknowledge(Acknowledge.Risk.NARROWING_TYPE) @Default(\"0\") int featured"));
    e.version("change a boolean column to int, acknowledged", v, "@DropTable(\"article_tag\")", Map.of());
    return e;
  }

  /** Compiled once, on first use, for all three databases. */
  private static Evolution.Compiled compiled;

  private static synchronized Evolution.Compiled compiled() throws Exception {
    if (compiled == null) {
      compiled = corpus().compile(java.nio.file.Files.createTempDirectory("strata-evolution"));
    }
    return compiled;
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void replayingEveryMigrationEqualsCreatingTheFinalSchemaInOneStep(Vendor vendor) throws Exception {
    Evolution evolution = corpus();
    assertThat(evolution.versions()).hasSizeGreaterThanOrEqualTo(30);
    String replayed;
    try (TestDatabase db = TestDatabase.create(vendor)) {
      replayed = evolution.replay(db, compiled()).catalog();
    }
    String oneStep;
    try (TestDatabase db = TestDatabase.create(vendor)) {
      oneStep = Evolution.createdInOneStep(db, compiled());
    }
    assertThat(replayed).isEqualTo(oneStep);
  }

  /** On the database, the history replays (rows kept, undo scripts exact) into the final schema created in one step. */
  static void replaysIntoTheFinalSchema(Vendor vendor, Evolution evolution, Path dir) throws Exception {
    Evolution.Compiled compiled = evolution.compile(dir);
    String replayed;
    try (TestDatabase db = TestDatabase.create(vendor)) {
      replayed = evolution.replay(db, compiled).catalog();
    }
    try (TestDatabase db = TestDatabase.create(vendor)) {
      assertThat(replayed).isEqualTo(Evolution.createdInOneStep(db, compiled));
    }
  }

  /** The undo of a dropped NOT NULL column brings it back NOT NULL over the stored rows, foreign key included. */
  @ParameterizedTest
  @EnumSource(Vendor.class)
  void undoingTheDropOfNotNullColumnsFillsTheStoredRows(Vendor vendor, @TempDir Path dir) throws Exception {
    Map<String, String> v = new LinkedHashMap<>();
    Evolution e = new Evolution("evolving");
    v.put("Owner", "public record Owner(@Id @Identity long id) {}");
    v.put("Pet", """
        public record Pet(
            @Id @Identity long id,
            @References(Owner.class) long ownerId,
            int legs,
            @Column(length = 20) String name,
            LocalDate born) {}""");
    e.version("create owner and pet", v);
    v.put("Pet", """
        @DropColumn("owner_id") @DropColumn("legs") @DropColumn("name") @DropColumn("born")
        public record Pet(@Id @Identity long id) {}""");
    e.version("drop every column but the key", v);
    v.put("Pet", """
        public record Pet(@Id @Identity long id, @Nullable Integer legs) {}""");
    e.version("add a nullable column", v);
    v.put("Pet", """
        public record Pet(@Id @Identity long id, @Backfill("4") int legs) {}""");
    e.version("make it NOT NULL", v);
    v.put("Pet", """
        public record Pet(@Id @Identity long id, @Nullable Integer legs) {}""");
    e.version("make it nullable again", v);
    replaysIntoTheFinalSchema(vendor, e, dir);
  }

  /** Keys dropped from a table renamed in the same version are dropped before the rename, under its old name. */
  @ParameterizedTest
  @EnumSource(Vendor.class)
  void aTableRenamedWhileItsKeysAreDropped(Vendor vendor, @TempDir Path dir) throws Exception {
    Map<String, String> v = new LinkedHashMap<>();
    Evolution e = new Evolution("evolving");
    v.put("Owner", "public record Owner(@Id @Identity long id) {}");
    v.put("Pet", """
        @Index(columns = "legs")
        public record Pet(
            @Id @Identity long id,
            @References(value = Owner.class, onDelete = ReferentialAction.CASCADE) long ownerId,
            @Unique @Column(length = 20) String name,
            int legs) {}""");
    e.version("create owner and pet", v);
    v.put("Pet", """
        @Table("animal") @RenamedFrom("pet")
        public record Pet(@Id @Identity long id, long ownerId, @Column(length = 20) String name, int legs) {}""");
    e.version("rename pet, dropping its foreign key, unique key and index", v, "", Map.of("pet", "animal"));
    replaysIntoTheFinalSchema(vendor, e, dir);
  }

  /** A column's type changes with its default and the checks over it in place: both hold in the new type. */
  @ParameterizedTest
  @EnumSource(Vendor.class)
  void aTypeChangeKeepsTheColumnsDefaultAndChecks(Vendor vendor, @TempDir Path dir) throws Exception {
    Map<String, String> v = new LinkedHashMap<>();
    Evolution e = new Evolution("evolving");
    v.put("Gauge", """
        @Check("level >= 0") @Index(columns = "code")
        public record Gauge(
            @Id @Identity long id, @Default("5") short level, @Default("x") @Column(length = 8) String code, @DefaultNow LocalDate day) {}""");
    e.version("create gauge", v);
    v.put("Gauge", v.get("Gauge").replace("short level", "int level").replace("length = 8", "length = 16")
        .replace("LocalDate day", "LocalDateTime day"));
    e.version("widen short to int, a varchar, and a date to a timestamp", v);
    v.put("Gauge", v.get("Gauge").replace("int level", "long level").replace("@Index(columns = \"code\")", "")
        .replace("@Column(length = 16) String code", "String code"));
    e.version("widen int to long and a varchar to text", v);
    replaysIntoTheFinalSchema(vendor, e, dir);
  }
}
