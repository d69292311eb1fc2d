package dev.strata.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import dev.strata.processor.testing.Compile;
import dev.strata.processor.testing.CompiledClasses;
import dev.strata.processor.testing.Generated;
import dev.strata.processor.testing.Sources;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated direct JDBC path ({@code fetchRows}, {@code insertBatch}) gives exactly what the jOOQ path
 * ({@code fetch(MAPPER)}, {@code insertAll}) gives, for every column type, nulls included, on every
 * database: same values, same scales, same offsets, same bytes.
 */
class DirectJdbcPathTest {

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

  /** An item with every column set, sub-second times, extreme numbers and non-ASCII text. */
  static Object fullItem(String title, long authorId, Long parentId) {
    return shop.row(
        "Item", 0L, title, "über 'quotes' \\ \"and\" 東京 😀", "{\"tags\": [\"ä\", 1, null], \"n\": {\"x\": 2.5}}",
        (short) -7, Integer.MAX_VALUE, Long.MAX_VALUE, true, Boolean.FALSE, -1.0E-300, 3.4e38f,
        new BigDecimal("-9999999999.99"), new byte[] {0, 1, (byte) 0xff, (byte) 0x80, 127},
        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), Instant.parse("1970-01-01T00:00:00.000001Z"),
        OffsetDateTime.parse("2024-03-01T10:00:00.123456-08:00"), LocalDateTime.parse("2000-02-29T12:00:00.5"),
        LocalDate.parse("1999-12-31"), LocalTime.parse("00:00:00.000001"), status("PUBLISHED"), "ünïcödé", authorId, parentId);
  }

  /** An item whose nullable columns are all null; its defaulted columns hold values (batches bind every column). */
  static Object nullItem(String title, long authorId) {
    return shop.row(
        "Item", 0L, title, null, "[]", (short) 0, 0, 0L, false, null, 0.0, 0.0f, new BigDecimal("0.10"), null,
        UUID.fromString("00000000-0000-0000-0000-000000000001"), Instant.parse("2038-01-19T03:14:08Z"), null,
        LocalDateTime.parse("2024-01-01T00:00:00"), LocalDate.parse("2024-01-01"), null, status("DRAFT"), "m", authorId, null);
  }

  /** A row as a list of its component values, arrays as hex, for exact comparison (BigDecimal scale, offsets). */
  static List<Object> values(Object row) {
    List<Object> values = new ArrayList<>();
    for (RecordComponent component : row.getClass().getRecordComponents()) {
      Object value = Generated.component(row, component.getName());
      values.add(value instanceof byte[] bytes ? "0x" + HexFormat.of().formatHex(bytes) : value);
    }
    return values;
  }

  static List<List<Object>> values(List<?> rows) {
    return rows.stream().map(DirectJdbcPathTest::values).toList();
  }

  @SuppressWarnings("unchecked")
  static List<Object> fetchRows(String record, DSLContext dsl, ResultQuery<? extends Record> query) {
    return (List<Object>) shop.invoke(record + "Table", "fetchRows", dsl, query);
  }

  static List<Object> fetchWithMapper(String record, ResultQuery<? extends Record> query) {
    return new ArrayList<>(query.fetch(shop.mapper(record)::map));
  }

  static long author(DSLContext dsl, String email) {
    return (long) Generated.component(shop.insert("Author", dsl, shop.row("Author", 0L, email, "Ana Lúcia 🌸", null)), "id");
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void fetchRowsReturnsExactlyWhatTheMapperReturns(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(shop.migrations("ShopSchema")).allowUnreleased(true).apply(db.dataSource());
      DSLContext dsl = db.dsl();
      long ana = author(dsl, "ana@example.com");
      shop.insert("Author", dsl, shop.row("Author", 0L, "bo@example.com", "Bo", "has a bio"));
      long first = (long) Generated.component(shop.insert("Item", dsl, fullItem("full", ana, null)), "id");
      shop.insert("Item", dsl, fullItem("child", ana, first));
      shop.insert("Item", dsl, nullItem("nulls", ana));
      long tag = (int) Generated.component(shop.insert("Tag", dsl, shop.row("Tag", 0, "ßpecial")), "id");
      shop.insert("ItemTag", dsl, shop.row("ItemTag", first, (int) tag));
      shop.insert("Order", dsl, shop.row("Order", 42L, "Gruppe", "ana@example.com"));
      shop.insert("Order", dsl, shop.row("Order", 43L, "Keine", null));

      for (String record : List.of("Item", "Author", "Tag", "ItemTag", "Order")) {
        Table<Record> table = shop.table(record);
        List<Object> expected = fetchWithMapper(record, dsl.selectFrom(table).orderBy(table.fields()[0]));
        List<Object> actual = fetchRows(record, dsl, dsl.selectFrom(table).orderBy(table.fields()[0]));
        assertThat(expected).as(record).isNotEmpty();
        assertThat(values(actual)).as(record).isEqualTo(values(expected));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void fetchRowsFindsColumnsByNameInAnyOrderWithBindValues(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(shop.migrations("ShopSchema")).allowUnreleased(true).apply(db.dataSource());
      DSLContext dsl = db.dsl();
      long ana = author(dsl, "ana@example.com");
      shop.insert("Item", dsl, fullItem("one", ana, null));
      shop.insert("Item", dsl, fullItem("two", ana, null));
      Table<Record> items = shop.table("Item");
      @SuppressWarnings("unchecked")
      Field<String> title = (Field<String>) items.field("title");
      List<Field<?>> reversed = new ArrayList<>(Arrays.asList(items.fields()));
      java.util.Collections.reverse(reversed);

      List<Object> actual = fetchRows("Item", dsl, dsl.select(reversed).from(items).where(title.eq("two")));

      assertThat(values(actual)).isEqualTo(values(fetchWithMapper("Item", dsl.selectFrom(items).where(title.eq("two")))));
      assertThat(actual).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void fetchRowsRefusesAQueryThatLeavesAColumnOut(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(shop.migrations("ShopSchema")).allowUnreleased(true).apply(db.dataSource());
      DSLContext dsl = db.dsl();
      Table<Record> authors = shop.table("Author");

      assertThatThrownBy(() -> fetchRows("Author", dsl, dsl.select(authors.field("id"), authors.field("email")).from(authors)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("\"display_name\"");
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void insertBatchStoresExactlyWhatInsertAllStores(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(shop.migrations("ShopSchema")).allowUnreleased(true).apply(db.dataSource());
      DSLContext dsl = db.dsl();
      long ana = author(dsl, "ana@example.com");
      List<Object> viaJooq = List.of(fullItem("a-full", ana, null), nullItem("a-nulls", ana));
      List<Object> direct = List.of(fullItem("b-full", ana, null), nullItem("b-nulls", ana));

      assertThat(shop.insertAll("Item", dsl, viaJooq)).hasSize(2);
      assertThat((int[]) shop.invoke("ItemTable", "insertBatch", dsl, direct)).hasSize(2);
      assertThat((int[]) shop.invoke("ItemTable", "insertBatch", dsl, List.of())).isEmpty();
      assertThat((int[]) shop.invoke("OrderTable", "insertBatch", dsl, List.of(shop.row("Order", 7L, "G", null)))).hasSize(1);

      Table<Record> items = shop.table("Item");
      List<List<Object>> stored = values(fetchWithMapper("Item", dsl.selectFrom(items).orderBy(items.field("id"))));
      assertThat(stored).hasSize(4);
      for (int i = 0; i < 2; i++) {
        List<Object> a = new ArrayList<>(stored.get(i));
        List<Object> b = new ArrayList<>(stored.get(i + 2));
        assertThat(b.set(1, "title")).isEqualTo(a.set(1, "title").toString().replace("a-", "b-"));
        a.remove(0);
        b.remove(0);
        assertThat(b).isEqualTo(a);
      }
      assertThat(values(fetchWithMapper("Order", dsl.selectFrom(shop.table("Order"))))).containsExactly(Arrays.asList(7L, "G", null));
    }
  }

  /** Neither batch path has a value to bind when the identity is a table's only column: each row takes its defaults. */
  @ParameterizedTest
  @EnumSource(Vendor.class)
  void aTableWhoseOnlyColumnIsItsIdentityTakesBatchInserts(Vendor vendor, @TempDir Path migrations) {
    Compilation compilation = Compile.with().migrationsDir(migrations).compile(
        Sources.inTest("Ticket", "public record Ticket(@Id @Identity long id) {}"),
        Sources.inTest("TicketSchema", "@Schema(tables = Ticket.class)", "public interface TicketSchema {}"));
    assertThat(compilation.errors()).isEmpty();
    Generated tickets = new Generated(new CompiledClasses(compilation), "test");
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(tickets.migrations("TicketSchema")).allowUnreleased(true).apply(db.dataSource());
      DSLContext dsl = db.dsl();
      List<Object> rows = List.of(tickets.row("Ticket", 0L), tickets.row("Ticket", 0L));
      assertThat(tickets.insertAll("Ticket", dsl, rows)).hasSize(2);
      assertThat((int[]) tickets.invoke("TicketTable", "insertBatch", dsl, rows)).hasSize(2);
      assertThat(dsl.fetchCount(tickets.table("Ticket"))).isEqualTo(4);
    }
  }
}
