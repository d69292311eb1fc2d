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
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;
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
 * Inserting 10,000 {@link Event} rows as one JDBC batch, five ways (Strata's two paths, JDBC, jOOQ typed, jOOQ reflective), on one open connection in auto-commit
 * mode. Each measurement is a single insert of all rows into an emptied table (single-shot: the table is
 * truncated, outside the measurement, before each one).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InsertBenchmark {

  public static final int ROWS = 10_000;

  @Param({"h2", "postgresql"})
  public String db;

  Database database;
  Connection connection;
  DSLContext dsl;
  List<Event> rows;

  @Setup(Level.Trial)
  public void create() {
    Databases.quietJooq();
    database = Databases.create(db);
    try {
      connection = database.connect();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    try (PooledDataSource setup = database.pool()) {
      Migrator.configure(BenchSchemaMigrations.INSTANCE).apply(setup);
    }
    dsl = DSL.using(connection, database.dialect());
    rows = HandWrittenJdbc.rows(ROWS);
  }

  @Setup(Level.Iteration)
  public void empty() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(db.equals("postgresql") ? "TRUNCATE \"events\" RESTART IDENTITY" : "TRUNCATE TABLE \"events\" RESTART IDENTITY");
    }
  }

  @TearDown(Level.Iteration)
  public void verify() {
    int count = dsl.fetchCount(EVENTS);
    if (count != ROWS) {
      throw new IllegalStateException("inserted " + count + " rows, not " + ROWS);
    }
  }

  @TearDown(Level.Trial)
  public void drop() throws SQLException {
    connection.close();
    database.drop();
  }

  /** The baseline: one hand-written JDBC batch. */
  @Benchmark
  public int[] jdbcBatch() throws SQLException {
    return HandWrittenJdbc.insertAll(connection, rows);
  }

  /** Strata's generated {@code insertAll}. */
  @Benchmark
  public int[] strataInsertAll() {
    return EventTable.insertAll(dsl, rows);
  }

  /** Strata's generated {@code insertBatch}: jOOQ renders the insert once, rows are bound straight to JDBC. */
  @Benchmark
  public int[] strataInsertBatch() {
    return EventTable.insertBatch(dsl, rows);
  }

  /** A jOOQ batch with typed fields, bound from the records' accessors. */
  @Benchmark
  public int[] jooqTypedBatch() {
    BatchBindStep batch =
        dsl.batch(
            dsl.insertInto(
                    EVENTS, EVENTS.ACCOUNT_ID, EVENTS.NAME, EVENTS.NOTE, EVENTS.QUANTITY, EVENTS.AMOUNT_CENTS,
                    EVENTS.SCORE, EVENTS.ACTIVE, EVENTS.PRICE, EVENTS.KIND, EVENTS.OCCURRED_AT, EVENTS.DAY)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null));
    for (Event row : rows) {
      batch.bind(
          row.accountId(), row.name(), row.note(), row.quantity(), row.amountCents(), row.score(), row.active(),
          row.price(), row.kind(), row.occurredAt(), row.day());
    }
    return batch.execute();
  }

  /** jOOQ's reflective way in: {@code newRecord(EVENTS, row)} fills a record from the Java record by name. */
  @Benchmark
  public int[] jooqReflective() {
    BatchBindStep batch =
        dsl.batch(
            dsl.insertInto(
                    EVENTS, EVENTS.ACCOUNT_ID, EVENTS.NAME, EVENTS.NOTE, EVENTS.QUANTITY, EVENTS.AMOUNT_CENTS,
                    EVENTS.SCORE, EVENTS.ACTIVE, EVENTS.PRICE, EVENTS.KIND, EVENTS.OCCURRED_AT, EVENTS.DAY)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null));
    for (Event row : rows) {
      Record record = dsl.newRecord(EVENTS, row);
      batch.bind(Arrays.copyOfRange(record.intoArray(), 1, 12));
    }
    return batch.execute();
  }
}
