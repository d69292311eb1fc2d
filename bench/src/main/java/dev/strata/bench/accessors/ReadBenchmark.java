package dev.strata.bench.accessors;

import static dev.strata.bench.schema.BenchSchemaTables.EVENTS;

import dev.strata.bench.Databases;
import dev.strata.bench.Databases.Database;
import dev.strata.bench.PooledDataSource;
import dev.strata.bench.schema.BenchSchemaMigrations;
import dev.strata.bench.schema.Event;
import dev.strata.bench.schema.EventTable;
import dev.strata.runtime.Migrator;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading all 100,000 rows of {@code events} into {@link Event} records, five ways (Strata's two paths, hand-written JDBC, jOOQ typed, jOOQ reflective), on one open connection
 * (as from a pool). {@code db=h2} is an in-memory database, which may hand a repeated query its cached
 * result; {@code h2-nocache} turns H2's query cache off, so every call executes the query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadBenchmark {

  public static final int ROWS = 100_000;

  @Param({"h2", "h2-nocache", "postgresql"})
  public String db;

  Database database;
  Connection connection;
  DSLContext dsl;

  @Setup(Level.Trial)
  public void fill() throws SQLException {
    Databases.quietJooq();
    Database created = Databases.create(db.startsWith("h2") ? "h2" : db);
    database =
        db.equals("h2-nocache")
            ? new Database("h2", created.name(), created.url() + ";QUERY_CACHE_SIZE=0", created.user())
            : created;
    connection = database.connect();
    try (PooledDataSource setup = database.pool()) {
      Migrator.configure(BenchSchemaMigrations.INSTANCE).apply(setup);
    }
    HandWrittenJdbc.insertAll(connection, HandWrittenJdbc.rows(ROWS));
    if (db.equals("postgresql")) {
      try (var statement = connection.createStatement()) {
        statement.execute("VACUUM ANALYZE \"events\"");
      }
    }
    dsl = DSL.using(connection, database.dialect());
    check();
  }

  /** Every approach must read the same rows, or the comparison means nothing. */
  void check() throws SQLException {
    List<Event> expected = HandWrittenJdbc.readAll(connection);
    if (expected.size() != ROWS
        || !expected.equals(strataMapper())
        || !expected.equals(strataFetchRows())
        || !expected.equals(jooqTypedFields())
        || !expected.equals(jooqFetchInto())) {
      throw new IllegalStateException("the approaches read different rows");
    }
  }

  @TearDown(Level.Trial)
  public void drop() throws SQLException {
    connection.close();
    database.drop();
  }

  /** The baseline: a hand-written JDBC loop. */
  @Benchmark
  public List<Event> handJdbc() throws SQLException {
    return HandWrittenJdbc.readAll(connection);
  }

  /** Strata's generated mapper on jOOQ's records: {@code selectFrom(EVENTS).fetch(EventTable.MAPPER)}. */
  @Benchmark
  public List<Event> strataMapper() {
    return dsl.selectFrom(EVENTS).fetch(EventTable.MAPPER);
  }

  /** Strata's generated direct path: jOOQ renders and runs the query, rows are mapped straight from the ResultSet. */
  @Benchmark
  public List<Event> strataFetchRows() {
    return EventTable.fetchRows(dsl, dsl.selectFrom(EVENTS));
  }

  /** jOOQ with typed fields and an explicit, reflection-free mapper ({@code Records.mapping}). */
  @Benchmark
  public List<Event> jooqTypedFields() {
    return dsl.select(
            EVENTS.ID, EVENTS.ACCOUNT_ID, EVENTS.NAME, EVENTS.NOTE, EVENTS.QUANTITY, EVENTS.AMOUNT_CENTS,
            EVENTS.SCORE, EVENTS.ACTIVE, EVENTS.PRICE, EVENTS.KIND, EVENTS.OCCURRED_AT, EVENTS.DAY)
        .from(EVENTS)
        .fetch(Records.mapping(Event::new));
  }

  /** jOOQ's reflective mapping: {@code fetchInto(Event.class)}. */
  @Benchmark
  public List<Event> jooqFetchInto() {
    return dsl.selectFrom(EVENTS).fetchInto(Event.class);
  }
}
