package dev.strata.bench.accessors;

import static dev.strata.bench.schema.BenchSchemaTables.EVENTS;

import dev.strata.bench.Databases;
import dev.strata.bench.Databases.Database;
import dev.strata.bench.PooledDataSource;
import dev.strata.bench.Stats;
import dev.strata.bench.schema.BenchSchemaMigrations;
import dev.strata.bench.schema.Event;
import dev.strata.bench.schema.EventTable;
import dev.strata.runtime.Migrator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A re-check for close calls on a busy machine: the direct path against hand-written JDBC, alternating
 * call by call in one JVM (so drift and other load hit both alike), reporting wall time and the calling
 * thread's CPU time. On in-process H2 that thread does the database's work too, so its CPU time is the
 * whole cost; on PostgreSQL it is the client's share. Not a JMH benchmark: JMH's numbers are in
 * {@link ReadBenchmark} and {@link InsertBenchmark}; this one tells whether a gap between them is real.
 *
 * <pre>java -Xms2g -Xmx2g -cp "$CP" dev.strata.bench.accessors.InterleavedCheck h2|postgresql [rounds]</pre>
 */
public final class InterleavedCheck {

  private InterleavedCheck() {}

  interface Call {
    int run() throws SQLException;
  }

  public static void main(String[] args) throws Exception {
    Databases.quietJooq();
    String vendor = args[0];
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    Database database = Databases.create(vendor);
    try (Connection connection = database.connect(); PooledDataSource setup = database.pool()) {
      Migrator.configure(BenchSchemaMigrations.INSTANCE).apply(setup);
      DSLContext dsl = DSL.using(connection, database.dialect());
      List<Event> rows = HandWrittenJdbc.rows(InsertBenchmark.ROWS);
      Map<String, Call> inserts = new LinkedHashMap<>();
      inserts.put("jdbcBatch", () -> HandWrittenJdbc.insertAll(connection, rows).length);
      inserts.put("strataInsertBatch", () -> EventTable.insertBatch(dsl, rows).length);
      inserts.put("strataInsertAll", () -> EventTable.insertAll(dsl, rows).length);
      System.out.println("Inserting " + InsertBenchmark.ROWS + " rows into an emptied table, " + vendor);
      print(measure(inserts, rounds, () -> truncate(connection)));

      HandWrittenJdbc.insertAll(connection, HandWrittenJdbc.rows(ReadBenchmark.ROWS));
      Map<String, Call> reads = new LinkedHashMap<>();
      reads.put("handJdbc", () -> HandWrittenJdbc.readAll(connection).size());
      reads.put("strataFetchRows", () -> EventTable.fetchRows(dsl, dsl.selectFrom(EVENTS)).size());
      reads.put("strataMapper", () -> dsl.selectFrom(EVENTS).fetch(EventTable.MAPPER).size());
      System.out.println("Reading " + ReadBenchmark.ROWS + " rows, " + vendor);
      print(measure(reads, rounds, () -> {}));
    } finally {
      database.drop();
    }
  }

  interface Prepare {
    void run() throws SQLException;
  }

  static void truncate(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("TRUNCATE TABLE \"events\" RESTART IDENTITY");
    }
  }

  /** Every call once per round, in turn; the first quarter of the rounds warms up and is not counted. */
  static Map<String, double[][]> measure(Map<String, Call> calls, int rounds, Prepare prepare) throws SQLException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int warmup = rounds / 4;
    Map<String, double[][]> samples = new LinkedHashMap<>();
    calls.keySet().forEach(k -> samples.put(k, new double[2][rounds - warmup]));
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Call> call : calls.entrySet()) {
        prepare.run();
        System.gc();
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        call.getValue().run();
        if (round >= warmup) {
          samples.get(call.getKey())[0][round - warmup] = (System.nanoTime() - wall) / 1e6;
          samples.get(call.getKey())[1][round - warmup] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
      }
    }
    return samples;
  }

  static void print(Map<String, double[][]> samples) {
    System.out.print(Stats.table(samples, "ms"));
  }
}
