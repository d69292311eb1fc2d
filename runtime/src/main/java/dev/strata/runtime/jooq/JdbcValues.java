package dev.strata.runtime.jooq;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Fields;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;

/**
 * Reads column values straight from a JDBC {@code ResultSet} and binds them straight to a
 * {@code PreparedStatement}, giving and taking exactly the values the generated tables' jOOQ types do
 * ({@link StrataTypes} and jOOQ's own): the generated {@code fetchRows} and {@code insertBatch} use it to
 * skip building a jOOQ record per row. Nullable getters return {@code null} for SQL NULL.
 *
 * <p>MySQL and MariaDB have no time-zone type and no UUID type: there, instants are UTC
 * {@code datetime(6)} and UUIDs {@code varchar(36)}, as in {@link StrataTypes}. H2 takes a JSON document as
 * bytes: a bound character string would become a JSON string.
 */
public final class JdbcValues {

  private JdbcValues() {}

  /** Whether the context talks to MySQL or MariaDB. */
  public static boolean mysqlFamily(DSLContext dsl) {
    SQLDialect family = dsl.family();
    return family == SQLDialect.MYSQL || family == SQLDialect.MARIADB;
  }

  /** Whether the context talks to H2. */
  public static boolean h2(DSLContext dsl) {
    return dsl.family() == SQLDialect.H2;
  }

  /** A JSON document: on H2 as UTF-8 bytes, which H2 reads as JSON text rather than as a JSON string. */
  public static void setJson(PreparedStatement ps, int i, String value, boolean h2) throws SQLException {
    if (h2 && value != null) {
      ps.setBytes(i, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } else {
      setString(ps, i, value);
    }
  }

  /**
   * The 1-based position of each column in a result (a {@code Cursor}'s fields), found by column name: a query that selects
   * the table's columns in another order, or more columns, maps as well as {@code selectFrom(TABLE)} does.
   *
   * @throws IllegalArgumentException when a column is missing, naming it
   */
  public static int[] positions(Fields result, String table, String... columns) {
    Field<?>[] select = result.fields();
    int[] at = new int[columns.length];
    for (int c = 0; c < columns.length; c++) {
      at[c] = -1;
      for (int i = 0; i < select.length; i++) {
        if (select[i].getName().equals(columns[c])) {
          at[c] = i + 1;
          break;
        }
      }
      if (at[c] < 0) {
        throw new IllegalArgumentException(
            "the query does not select column \"" + columns[c] + "\" of " + table + "; select every column of the table,"
                + " e.g. dsl.selectFrom(...)");
      }
    }
    return at;
  }

  /** The SQL of a statement with {@code ?} for every bind value, whatever the context's statement settings. */
  public static String render(DSLContext dsl, Query query) {
    Settings settings = dsl.settings() == null ? new Settings() : (Settings) dsl.settings().clone();
    settings.setStatementType(StatementType.PREPARED_STATEMENT);
    settings.setParamType(ParamType.INDEXED);
    return DSL.using(dsl.dialect(), settings).render(query);
  }

  // Reading. ---------------------------------------------------------------------------------------------

  public static Short getShort(ResultSet rs, int i) throws SQLException {
    short value = rs.getShort(i);
    return rs.wasNull() ? null : value;
  }

  public static Integer getInt(ResultSet rs, int i) throws SQLException {
    int value = rs.getInt(i);
    return rs.wasNull() ? null : value;
  }

  public static Long getLong(ResultSet rs, int i) throws SQLException {
    long value = rs.getLong(i);
    return rs.wasNull() ? null : value;
  }

  public static Boolean getBoolean(ResultSet rs, int i) throws SQLException {
    boolean value = rs.getBoolean(i);
    return rs.wasNull() ? null : value;
  }

  public static Float getFloat(ResultSet rs, int i) throws SQLException {
    float value = rs.getFloat(i);
    return rs.wasNull() ? null : value;
  }

  public static Double getDouble(ResultSet rs, int i) throws SQLException {
    double value = rs.getDouble(i);
    return rs.wasNull() ? null : value;
  }

  public static UUID getUuid(ResultSet rs, int i, boolean mysql) throws SQLException {
    if (mysql) {
      String text = rs.getString(i);
      return text == null ? null : UUID.fromString(text);
    }
    return rs.getObject(i, UUID.class);
  }

  public static Instant getInstant(ResultSet rs, int i, boolean mysql) throws SQLException {
    if (mysql) {
      return getInstantUtc(rs, i);
    }
    OffsetDateTime value = rs.getObject(i, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** An instant held as UTC wall-clock time in a {@code timestamp} without time zone. */
  public static Instant getInstantUtc(ResultSet rs, int i) throws SQLException {
    LocalDateTime utc = rs.getObject(i, LocalDateTime.class);
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }

  /** A list of strings held as JSON array text. */
  public static List<String> getStringListJson(ResultSet rs, int i) throws SQLException {
    String json = rs.getString(i);
    return json == null ? null : JsonArrays.readStrings(json);
  }

  /** A list of integers held as JSON array text. */
  public static List<Integer> getIntegerListJson(ResultSet rs, int i) throws SQLException {
    String json = rs.getString(i);
    return json == null ? null : JsonArrays.readIntegers(json);
  }

  /** A list of strings in a {@code text[]} array (JSON text on MySQL). */
  public static List<String> getStringArray(ResultSet rs, int i, boolean mysql) throws SQLException {
    if (mysql) {
      return getStringListJson(rs, i);
    }
    Array array = rs.getArray(i);
    if (array == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Object value : (Object[]) array.getArray()) {
      out.add(value == null ? null : value.toString());
    }
    return out;
  }

  /** A list of integers in an {@code integer[]} array (JSON text on MySQL). */
  public static List<Integer> getIntegerArray(ResultSet rs, int i, boolean mysql) throws SQLException {
    if (mysql) {
      return getIntegerListJson(rs, i);
    }
    Array array = rs.getArray(i);
    if (array == null) {
      return null;
    }
    List<Integer> out = new ArrayList<>();
    for (Object value : (Object[]) array.getArray()) {
      out.add(value == null ? null : ((Number) value).intValue());
    }
    return out;
  }

  public static OffsetDateTime getOffsetDateTime(ResultSet rs, int i, boolean mysql) throws SQLException {
    if (mysql) {
      LocalDateTime utc = rs.getObject(i, LocalDateTime.class);
      return utc == null ? null : utc.atOffset(ZoneOffset.UTC);
    }
    OffsetDateTime value = rs.getObject(i, OffsetDateTime.class);
    return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
  }

  public static LocalDateTime getLocalDateTime(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i, LocalDateTime.class);
  }

  public static LocalDate getLocalDate(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i, LocalDate.class);
  }

  public static LocalTime getLocalTime(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i, LocalTime.class);
  }

  public static <E extends Enum<E>> E getEnum(ResultSet rs, int i, Function<String, E> valueOf) throws SQLException {
    String name = rs.getString(i);
    return name == null ? null : valueOf.apply(name);
  }

  // Binding. ---------------------------------------------------------------------------------------------

  public static void setShort(PreparedStatement ps, int i, Short value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.SMALLINT);
    } else {
      ps.setShort(i, value);
    }
  }

  public static void setInt(PreparedStatement ps, int i, Integer value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, value);
    }
  }

  public static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, value);
    }
  }

  public static void setBoolean(PreparedStatement ps, int i, Boolean value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.BOOLEAN);
    } else {
      ps.setBoolean(i, value);
    }
  }

  public static void setFloat(PreparedStatement ps, int i, Float value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.REAL);
    } else {
      ps.setFloat(i, value);
    }
  }

  public static void setDouble(PreparedStatement ps, int i, Double value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, value);
    }
  }

  public static void setString(PreparedStatement ps, int i, String value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, value);
    }
  }

  public static void setBigDecimal(PreparedStatement ps, int i, BigDecimal value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.NUMERIC);
    } else {
      ps.setBigDecimal(i, value);
    }
  }

  public static void setBytes(PreparedStatement ps, int i, byte[] value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.VARBINARY);
    } else {
      ps.setBytes(i, value);
    }
  }

  public static void setUuid(PreparedStatement ps, int i, UUID value, boolean mysql) throws SQLException {
    if (mysql) {
      setString(ps, i, value == null ? null : value.toString());
    } else if (value == null) {
      ps.setNull(i, Types.OTHER);
    } else {
      ps.setObject(i, value);
    }
  }

  public static void setInstant(PreparedStatement ps, int i, Instant value, boolean mysql) throws SQLException {
    if (mysql) {
      setInstantUtc(ps, i, value);
    } else if (value == null) {
      ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(i, value.atOffset(ZoneOffset.UTC));
    }
  }

  public static void setInstantUtc(PreparedStatement ps, int i, Instant value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.TIMESTAMP);
    } else {
      ps.setObject(i, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }
  }

  public static void setStringListJson(PreparedStatement ps, int i, List<String> value, boolean h2) throws SQLException {
    setJson(ps, i, value == null ? null : JsonArrays.writeStrings(value), h2);
  }

  public static void setIntegerListJson(PreparedStatement ps, int i, List<Integer> value, boolean h2) throws SQLException {
    setJson(ps, i, value == null ? null : JsonArrays.writeIntegers(value), h2);
  }

  public static void setStringArray(PreparedStatement ps, int i, List<String> value, boolean mysql) throws SQLException {
    if (mysql) {
      setString(ps, i, value == null ? null : JsonArrays.writeStrings(value));
    } else {
      setArray(ps, i, value, "text");
    }
  }

  public static void setIntegerArray(PreparedStatement ps, int i, List<Integer> value, boolean mysql) throws SQLException {
    if (mysql) {
      setString(ps, i, value == null ? null : JsonArrays.writeIntegers(value));
    } else {
      setArray(ps, i, value, "integer");
    }
  }

  private static void setArray(PreparedStatement ps, int i, List<?> value, String elementType) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.ARRAY);
    } else {
      ps.setArray(i, ps.getConnection().createArrayOf(elementType, value.toArray()));
    }
  }

  public static void setOffsetDateTime(PreparedStatement ps, int i, OffsetDateTime value, boolean mysql) throws SQLException {
    setInstant(ps, i, value == null ? null : value.toInstant(), mysql);
  }

  public static void setLocalDateTime(PreparedStatement ps, int i, LocalDateTime value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.TIMESTAMP);
    } else {
      ps.setObject(i, value);
    }
  }

  public static void setLocalDate(PreparedStatement ps, int i, LocalDate value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.DATE);
    } else {
      ps.setObject(i, value);
    }
  }

  public static void setLocalTime(PreparedStatement ps, int i, LocalTime value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.TIME);
    } else {
      ps.setObject(i, value);
    }
  }

  public static void setEnum(PreparedStatement ps, int i, Enum<?> value) throws SQLException {
    setString(ps, i, value == null ? null : value.name());
  }
}
