package dev.strata.runtime.jooq;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.JSONB;
import org.jooq.impl.SQLDataType;

/**
 * The jOOQ data types of the generated tables that jOOQ does not provide as such. Generated code uses
 * them; application code rarely needs to.
 *
 * <pre>{@code
 * Field<Instant> createdAt = DSL.field(DSL.name("created_at"), StrataTypes.INSTANT);
 * }</pre>
 */
public final class StrataTypes {

  /** A point in time: {@code timestamptz}, {@code timestamp with time zone}, or UTC {@code datetime(6)} on MySQL. */
  public static final DataType<Instant> INSTANT =
      SQLDataType.INSTANT.asConvertedDataType(new JavaTimeBinding.InstantBinding(SQLDataType.INSTANT));

  /** An {@code OffsetDateTime}, stored as the instant it denotes and read back at offset UTC. */
  public static final DataType<OffsetDateTime> OFFSET_DATE_TIME =
      SQLDataType.TIMESTAMPWITHTIMEZONE.asConvertedDataType(
          new JavaTimeBinding.OffsetDateTimeBinding(SQLDataType.TIMESTAMPWITHTIMEZONE));

  /** A time of day with microseconds. */
  public static final DataType<LocalTime> LOCAL_TIME =
      SQLDataType.LOCALTIME(6).asConvertedDataType(new JavaTimeBinding.LocalTimeBinding(SQLDataType.LOCALTIME(6)));

  /** A JSON document held as its text: {@code jsonb} on PostgreSQL, {@code json} on MySQL, MariaDB and H2. */
  public static final DataType<String> JSON =
      jsonb().asConvertedDataType(Converter.ofNullable(JSONB.class, String.class, JSONB::data, JSONB::jsonb));

  /**
   * A point in time stored as UTC wall-clock time in a {@code timestamp} without time zone, as Better
   * Auth's Drizzle tables hold dates.
   */
  public static final DataType<Instant> INSTANT_UTC =
      SQLDataType.LOCALDATETIME(6).asConvertedDataType(
          Converter.ofNullable(
              LocalDateTime.class,
              Instant.class,
              local -> local.toInstant(ZoneOffset.UTC),
              instant -> LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));

  /** A list of strings held as JSON array text ({@code jsonb} on PostgreSQL): Better Auth's {@code string[]}. */
  public static final DataType<List<String>> STRING_LIST_JSON = jsonList(JsonArrays::writeStrings, JsonArrays::readStrings);

  /** A list of integers held as JSON array text: Better Auth's {@code number[]}. */
  public static final DataType<List<Integer>> INTEGER_LIST_JSON = jsonList(JsonArrays::writeIntegers, JsonArrays::readIntegers);

  /** A list of strings in a {@code text[]} array (JSON text on MySQL): {@code string[]} in Better Auth's Drizzle tables. */
  public static final DataType<List<String>> STRING_LIST_ARRAY =
      SQLDataType.OTHER.asConvertedDataType(new ListBinding<>(String.class, "text", JsonArrays::writeStrings, JsonArrays::readStrings));

  /** A list of integers in an {@code integer[]} array (JSON text on MySQL). */
  public static final DataType<List<Integer>> INTEGER_LIST_ARRAY =
      SQLDataType.OTHER.asConvertedDataType(new ListBinding<>(Integer.class, "integer", JsonArrays::writeIntegers, JsonArrays::readIntegers));

  private StrataTypes() {}

  @SuppressWarnings("unchecked")
  private static <E> DataType<List<E>> jsonList(
      Function<List<E>, String> write, Function<String, List<E>> read) {
    Class<List<E>> type = (Class<List<E>>) (Class<?>) List.class;
    return jsonb().asConvertedDataType(
        Converter.ofNullable(JSONB.class, type, json -> read.apply(json.data()), list -> JSONB.jsonb(write.apply(list))));
  }

  /** jOOQ's JSONB type, bound so that H2 stores documents rather than JSON strings (see {@link JsonBinding}). */
  private static DataType<JSONB> jsonb() {
    return SQLDataType.JSONB.asConvertedDataType(new JsonBinding());
  }

  /**
   * An enum stored as the name of its constant.
   *
   * @param valueOf the enum's {@code valueOf}, so that no reflection is needed
   */
  public static <E extends Enum<E>> DataType<E> enumOf(Class<E> type, Function<String, E> valueOf) {
    return SQLDataType.VARCHAR.asConvertedDataType(Converter.ofNullable(String.class, type, valueOf, Enum::name));
  }
}
