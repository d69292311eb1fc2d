package dev.strata.bench.accessors;

import dev.strata.bench.schema.Event;
import dev.strata.bench.schema.EventKind;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: what a careful developer writes by hand with JDBC for the {@code events} table, reading
 * and binding each column by index with the type-specific getter and setter. Instants go through
 * {@code OffsetDateTime}, as JDBC 4.2 specifies for {@code timestamp with time zone} (and as Strata's
 * binding does), so both sides produce the same values.
 */
public final class HandWrittenJdbc {

  static final String SELECT =
      "select \"id\", \"account_id\", \"name\", \"note\", \"quantity\", \"amount_cents\", \"score\", \"active\","
          + " \"price\", \"kind\", \"occurred_at\", \"day\" from \"events\"";

  static final String INSERT =
      "insert into \"events\" (\"account_id\", \"name\", \"note\", \"quantity\", \"amount_cents\", \"score\", \"active\","
          + " \"price\", \"kind\", \"occurred_at\", \"day\") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private HandWrittenJdbc() {}

  public static List<Event> readAll(Connection connection) throws SQLException {
    List<Event> rows = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(SELECT);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        long amount = rs.getLong(6);
        Long amountCents = rs.wasNull() ? null : amount;
        rows.add(
            new Event(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getInt(5),
                amountCents,
                rs.getDouble(7),
                rs.getBoolean(8),
                rs.getBigDecimal(9),
                EventKind.valueOf(rs.getString(10)),
                rs.getObject(11, OffsetDateTime.class).toInstant(),
                rs.getObject(12, LocalDate.class)));
      }
    }
    return rows;
  }

  public static int[] insertAll(Connection connection, List<Event> rows) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
      for (Event row : rows) {
        statement.setLong(1, row.accountId());
        statement.setString(2, row.name());
        statement.setString(3, row.note());
        statement.setInt(4, row.quantity());
        if (row.amountCents() == null) {
          statement.setNull(5, Types.BIGINT);
        } else {
          statement.setLong(5, row.amountCents());
        }
        statement.setDouble(6, row.score());
        statement.setBoolean(7, row.active());
        statement.setBigDecimal(8, row.price());
        statement.setString(9, row.kind().name());
        statement.setObject(10, row.occurredAt().atOffset(ZoneOffset.UTC));
        statement.setObject(11, row.day());
        statement.addBatch();
      }
      return statement.executeBatch();
    }
  }

  /** {@code n} deterministic rows: a third have no note, a fifth no amount; kinds and days cycle. */
  public static List<Event> rows(int n) {
    List<Event> rows = new ArrayList<>(n);
    EventKind[] kinds = EventKind.values();
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < n; i++) {
      rows.add(
          new Event(
              0,
              1000 + i % 97,
              "event " + i,
              i % 3 == 0 ? null : "a note about event number " + i,
              i % 50,
              i % 5 == 0 ? null : (long) i * 125,
              i / 7.0,
              i % 2 == 0,
              BigDecimal.valueOf(i % 100_000, 2),
              kinds[i % kinds.length],
              start.plusSeconds(i * 61L).plusNanos((i % 1000) * 1000L),
              LocalDate.of(2024, 1, 1).plusDays(i % 365)));
    }
    return rows;
  }
}
