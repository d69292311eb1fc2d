package dev.strata.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import dev.strata.processor.testing.Compile;
import dev.strata.processor.testing.CompiledClasses;
import dev.strata.processor.testing.Generated;
import dev.strata.processor.testing.Sources;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fixture schema that uses every annotation and type, compiled by the processor, migrated by the
 * runtime, and round-tripped through the generated accessors on every database: insert, select by key,
 * update, delete, with nulls, defaults and non-ASCII text.
 */
class RoundTripTest {

  static Generated shop;

  @BeforeAll
  static void compile(@TempDir Path migrations) {
    Compilation compilation = Compile.with().migrationsDir(migrations).compile(Sources.fixture("shop"));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    shop = new Generated(new CompiledClasses(compilation), "com.example.shop");
  }

  static Object status(String name) {
    return shop.constant("Status", name);
  }

  static Object author(String email, String name, String bio) {
    return shop.row("Author", 0L, email, name, bio);
  }

  /** An item with every column set: non-ASCII text, extreme values, sub-second times. */
  static Object fullItem(long authorId, Long parentId) {
    return shop.row(
        "Item",
        0L,
        "Grüße aus Köln — 東京 😀",
        "line one\nline 'two' \\ \"three\"",
        "{\"tags\": [\"ä\", 1, null]}",
        (short) -7,
        Integer.MAX_VALUE,
        Long.MAX_VALUE,
        false,
        Boolean.TRUE,
        1.0E300,
        0.125f,
        new BigDecimal("9999999999.99"),
        new byte[] {0, 1, 2, (byte) 0xff, (byte) 0x80},
        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
        Instant.parse("2038-06-01T12:34:56.123456Z"),
        OffsetDateTime.parse("2024-03-01T10:00:00.5+05:30"),
        LocalDateTime.parse("1999-12-31T23:59:59.999999"),
        LocalDate.parse("0001-01-01"),
        LocalTime.parse("23:59:58.123456"),
        status("PUBLISHED"),
        "ünïcödé",
        authorId,
        parentId);
  }

  /** An item that leaves every nullable column null and every defaulted column to the database. */
  static Object sparseItem(long authorId) {
    return shop.row(
        "Item", 0L, "sparse", null, null, (short) 0, 0, 0L, false, null, 0.0, 0.0f, null, null,
        UUID.fromString("00000000-0000-0000-0000-000000000001"), null, null,
        LocalDateTime.parse("2024-01-01T00:00:00"), LocalDate.parse("2024-01-01"), null, null, null, authorId, null);
  }

  static Object with(Object row, String component, Object value) {
    Class<?> type = row.getClass();
    var components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = components[i].getName().equals(component) ? value : Generated.component(row, components[i].getName());
    }
    return shop.row(type.getSimpleName(), values);
  }

  static void assertSameRow(Object actual, Object expected) {
    assertThat(actual)
        .usingRecursiveComparison()
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .withComparatorForType(OffsetDateTime::compareTo, OffsetDateTime.class)
        .withComparatorForFields((a, b) -> normalizeJson(a).compareTo(normalizeJson(b)), "attributes")
        .isEqualTo(expected);
  }

  static String normalizeJson(Object json) {
    return json == null ? "" : json.toString().replaceAll("\\s", "");
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void migratesOnceAndRoundTripsEveryType(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      MigrationReport first = Migrator.configure(shop.migrations("ShopSchema")).allowUnreleased(true).apply(db.dataSource());
      assertThat(first.applied()).containsExactly(1);
      MigrationReport second = Migrator.configure(shop.migrations("ShopSchema")).allowUnreleased(true).apply(db.dataSource());
      assertThat(second.upToDate()).isTrue();

      DSLContext dsl = db.dsl();
      Object ana = shop.insert("Author", dsl, author("ana@example.com", "Ana Lúcia 🌸", null));
      long anaId = (long) Generated.component(ana, "id");
      assertThat(anaId).isPositive();
      assertThat(Generated.component(ana, "bio")).isNull();

      Object stored = shop.insert("Item", dsl, fullItem(anaId, null));
      long itemId = (long) Generated.component(stored, "id");
      Object expected =
          with(
              with(fullItem(anaId, null), "id", itemId),
              "publishedAt",
              OffsetDateTime.parse("2024-03-01T04:30:00.5Z"));
      assertSameRow(stored, expected);
      assertSameRow(shop.findByKey("Item", dsl, itemId).orElseThrow(), expected);

      // The database holds a JSON document, not a JSON string that merely reads back the same.
      Object rawJson = dsl.select(org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("attributes")).cast(String.class))
          .from(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("items"))).where(org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("id")).eq(itemId))
          .fetchOne(0);
      assertThat(rawJson.toString()).startsWith("{");

      Object child = shop.insert("Item", dsl, with(fullItem(anaId, itemId), "title", "child"));
      assertThat(Generated.component(child, "parentId")).isEqualTo(itemId);

      Object updated = with(with(with(expected, "description", null), "featured", null), "status", status("ARCHIVED"));
      assertThat(shop.update("Item", dsl, updated)).isEqualTo(1);
      assertSameRow(shop.findByKey("Item", dsl, itemId).orElseThrow(), updated);

      assertThat(shop.deleteByKey("Item", dsl, (long) Generated.component(child, "id"))).isEqualTo(1);
      assertThat(shop.findByKey("Item", dsl, Generated.component(child, "id"))).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void databaseFillsDefaultsAndIdentities(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(shop.migrations("ShopSchema")).allowUnreleased(true).apply(db.dataSource());
      DSLContext dsl = db.dsl();
      long authorId = (long) Generated.component(shop.insert("Author", dsl, author("bo@example.com", "Bo", "bio")), "id");
      Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(5);

      Object stored = shop.insert("Item", dsl, sparseItem(authorId));

      assertThat(normalizeJson(Generated.component(stored, "attributes"))).isEqualTo("{\"tags\":[]}");
      assertThat((BigDecimal) Generated.component(stored, "price")).isEqualByComparingTo("0.00");
      assertThat(Generated.component(stored, "status")).isEqualTo(status("DRAFT"));
      assertThat(Generated.component(stored, "motto")).isEqualTo("it's a \"quote\", a back\\slash and ünïcödé 😀");
      assertThat((Instant) Generated.component(stored, "createdAt")).isAfter(before).isBefore(Instant.now().plusSeconds(5));
      assertThat(Generated.component(stored, "quantity")).isEqualTo(0);
      assertThat(Generated.component(stored, "description")).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void compositeKeysReservedWordsAndCascades(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(shop.migrations("ShopSchema")).allowUnreleased(true).apply(db.dataSource());
      DSLContext dsl = db.dsl();
      long authorId = (long) Generated.component(shop.insert("Author", dsl, author("cy@example.com", "Cy", null)), "id");
      long itemId = (long) Generated.component(shop.insert("Item", dsl, sparseItem(authorId)), "id");
      int tagId = (int) Generated.component(shop.insert("Tag", dsl, shop.row("Tag", 0, "ßpecial")), "id");
      shop.insert("ItemTag", dsl, shop.row("ItemTag", itemId, tagId));
      assertThat(shop.findByKey("ItemTag", dsl, itemId, tagId)).isPresent();

      Object order = shop.insert("Order", dsl, shop.row("Order", 42L, "Gruppe", "cy@example.com"));
      assertThat(Generated.component(order, "group")).isEqualTo("Gruppe");
      assertThat(shop.update("Order", dsl, shop.row("Order", 42L, "Other", null))).isEqualTo(1);
      assertThat(Generated.component(shop.findByKey("Order", dsl, 42L).orElseThrow(), "user")).isNull();

      // The typed jOOQ DSL works on the generated tables, with Strata's quoting of "Order" and "select".
      Table<Record> orders = shop.table("Order");
      @SuppressWarnings("unchecked")
      Field<String> group = (Field<String>) orders.field("Group");
      assertThat(dsl.selectFrom(orders).where(group.eq("Other")).fetch(shop.mapper("Order"))).hasSize(1);

      // Deleting the author cascades to its items and their tags.
      assertThat(shop.deleteByKey("Author", dsl, authorId)).isEqualTo(1);
      assertThat(shop.findByKey("Item", dsl, itemId)).isEmpty();
      assertThat(shop.findByKey("ItemTag", dsl, itemId, tagId)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void insertsInBatchesAndEnforcesConstraints(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(shop.migrations("ShopSchema")).allowUnreleased(true).apply(db.dataSource());
      DSLContext dsl = db.dsl();
      long authorId = (long) Generated.component(shop.insert("Author", dsl, author("di@example.com", "Di", null)), "id");
      List<Object> rows =
          List.of(
              with(fullItem(authorId, null), "title", "one"),
              with(fullItem(authorId, null), "title", "two"),
              with(fullItem(authorId, null), "title", "three"));
      assertThat(shop.insertAll("Item", dsl, rows)).hasSize(3);
      assertThat(dsl.fetchCount(shop.table("Item"))).isEqualTo(3);

      // (author_id, title) is unique; the check on quantity holds; the enum check holds.
      assertThatThrownBy(() -> shop.insert("Item", dsl, with(fullItem(authorId, null), "title", "one")))
          .isInstanceOf(org.jooq.exception.DataAccessException.class);
      assertThatThrownBy(() -> shop.insert("Item", dsl, with(with(fullItem(authorId, null), "title", "neg"), "quantity", -1)))
          .isInstanceOf(org.jooq.exception.DataAccessException.class);
      assertThatThrownBy(() -> shop.insert("Item", dsl, with(fullItem(authorId, null), "title", "")))
          .isInstanceOf(org.jooq.exception.DataAccessException.class);
    }
  }
}
