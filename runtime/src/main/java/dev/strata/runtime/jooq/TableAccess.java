package dev.strata.runtime.jooq;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The everyday statements of one generated {@code <Row>Table}, written once here instead of once per table:
 * each generated accessor ({@code toRecord}, {@code insert}, {@code insertAll}, {@code findByKey},
 * {@code update}, {@code deleteByKey}, {@code fetchRows}, {@code insertBatch}) is a one-line delegation to
 * the table's {@code TableAccess}. Building the jOOQ statements here, against {@code Field<?>} arrays, spares
 * javac attributing a chain of jOOQ's overloaded generic DSL for every table it compiles, which was about
 * half of what the generated code cost javac (BENCHMARKS.md §3); the statements are the same.
 *
 * <p>A table creates its {@code TableAccess} once, from the table, its mapper from a record to the row, and a
 * function giving a row's values in column order (the order of {@link Table#fields()}). What stays in the
 * generated class is the code that is cheap to compile and specific to the row type: the row's constructor
 * call ({@code toRow}, {@code readRow}) and the typed binds of {@code bindRow}.
 *
 * @param <R> the row record
 */
public final class TableAccess<R> {

  /**
   * Reads the row at a result set's cursor; {@code at[i]} is the 1-based column of the i-th component.
   *
   * @param <R> the row record
   */
  @FunctionalInterface
  public interface RowReader<R> {
    R read(ResultSet rs, int[] at, boolean mysql) throws SQLException;
  }

  /**
   * Binds a row's values, its identity key left out, to the parameters of an insert statement.
   *
   * @param <R> the row record
   */
  @FunctionalInterface
  public interface RowBinder<R> {
    void bind(PreparedStatement statement, R row, boolean mysql, boolean h2) throws SQLException;
  }

  /**
   * In the values given to {@link #insert(DSLContext, Object[])}: the column is left out of the statement, so
   * that the database fills it in (an identity key, or a column with a default).
   */
  public static final Object LEFT_OUT = new Object() {
    @Override
    public String toString() {
      return "LEFT_OUT";
    }
  };

  private final Table<Record> table;
  private final RecordMapper<Record, R> mapper;
  private final Function<? super R, Object[]> values;
  private final Field<?>[] fields;
  /** The names of {@link #fields}, which {@code fetchRows} finds in a query's result. */
  private final String[] names;
  /** The columns an insert of a batch sets: all but the identity. */
  private final Field<?>[] insertFields;
  /** The positions of the non-identity columns in {@link #fields}. */
  private final int[] insertPositions;

  /**
   * @param table the table
   * @param mapper the row in a record holding every column of the table
   * @param values the row's values in the order of the table's fields
   */
  public TableAccess(Table<Record> table, RecordMapper<Record, R> mapper, Function<? super R, Object[]> values) {
    this.table = table;
    this.mapper = mapper;
    this.values = values;
    this.fields = table.fields();
    this.names = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      names[i] = fields[i].getName();
    }
    List<Field<?>> inserted = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < fields.length; i++) {
      if (!fields[i].getDataType().identity()) {
        inserted.add(fields[i]);
        positions.add(i);
      }
    }
    this.insertFields = inserted.toArray(new Field<?>[0]);
    this.insertPositions = positions.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A detached record of the table holding the row's values. */
  public Record toRecord(R row) {
    Record record = DSL.using(SQLDialect.DEFAULT).newRecord(table);
    Object[] v = values.apply(row);
    for (int i = 0; i < fields.length; i++) {
      record.set(field(fields[i]), v[i]);
    }
    return record;
  }

  /**
   * Inserts a row and returns it as stored. {@code values} are the row's values in column order, those of the
   * columns left for the database to fill {@link #LEFT_OUT}; a row that leaves out every column is an insert of
   * default values.
   */
  public R insert(DSLContext dsl, Object[] values) {
    Map<Field<?>, Object> set = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i++) {
      if (values[i] != LEFT_OUT) {
        set.put(fields[i], values[i]);
      }
    }
    Record stored = set.isEmpty()
        ? dsl.insertInto(table).defaultValues().returning().fetchOne()
        : dsl.insertInto(table).set(set).returning().fetchOne();
    return mapper.map(stored);
  }

  /**
   * Inserts the rows in one JDBC batch (jOOQ's {@code batch} with bind values) and returns the update counts;
   * the identity column, if any, is left out.
   */
  public int[] insertAll(DSLContext dsl, Collection<? extends R> rows) {
    if (rows.isEmpty()) {
      return new int[0];
    }
    if (insertFields.length == 0) {
      // Nothing to bind: the identity is the only column, so each row is an insert of default values.
      return dsl.batch(Collections.nCopies(rows.size(), dsl.insertInto(table).defaultValues())).execute();
    }
    BatchBindStep batch = dsl.batch(dsl.insertInto(table, insertFields).values(new Object[insertFields.length]));
    for (R row : rows) {
      batch.bind(insertValues(values.apply(row)));
    }
    return batch.execute();
  }

  /** The row with the given primary key, if any; {@code key} holds the key's columns in the key's order. */
  public Optional<R> findByKey(DSLContext dsl, Object... key) {
    return dsl.selectFrom(table).where(keyCondition(key)).fetchOptional(mapper);
  }

  /**
   * Updates every column but the primary key's of the row with the same primary key; returns the number of
   * rows updated (0 or 1).
   */
  public int update(DSLContext dsl, R row) {
    Object[] v = values.apply(row);
    List<? extends Field<?>> keyFields = primaryKey().getFields();
    Map<Field<?>, Object> set = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i++) {
      if (!keyFields.contains(fields[i])) {
        set.put(fields[i], v[i]);
      }
    }
    Object[] key = new Object[keyFields.size()];
    for (int k = 0; k < key.length; k++) {
      key[k] = v[position(keyFields.get(k))];
    }
    return dsl.update(table).set(set).where(keyCondition(key)).execute();
  }

  /** Deletes the row with the given primary key; returns the number of rows deleted (0 or 1). */
  public int deleteByKey(DSLContext dsl, Object... key) {
    return dsl.deleteFrom(table).where(keyCondition(key)).execute();
  }

  /**
   * Runs the query and maps each row of its JDBC result set with {@code reader}, without building jOOQ
   * records. The query must select every column of the table, in any order.
   */
  public List<R> fetchRows(DSLContext dsl, ResultQuery<? extends Record> query, RowReader<? extends R> reader) {
    boolean mysql = JdbcValues.mysqlFamily(dsl);
    List<R> rows = new ArrayList<>();
    try (Cursor<? extends Record> cursor = dsl.fetchLazy(query)) {
      int[] at = JdbcValues.positions(cursor, table.getName(), names);
      ResultSet rs = cursor.resultSet();
      while (rs.next()) {
        rows.add(reader.read(rs, at, mysql));
      }
    } catch (SQLException e) {
      throw new DataAccessException("reading " + table.getName() + ": " + e.getMessage(), e);
    }
    return rows;
  }

  /**
   * Inserts the rows in one JDBC batch, binding each with {@code binder} to one prepared statement whose SQL
   * jOOQ renders once; returns the update counts. The identity column, if any, is left out.
   */
  public int[] insertBatch(DSLContext dsl, Collection<? extends R> rows, RowBinder<? super R> binder) {
    if (rows.isEmpty()) {
      return new int[0];
    }
    boolean mysql = JdbcValues.mysqlFamily(dsl);
    boolean h2 = JdbcValues.h2(dsl);
    String sql = JdbcValues.render(dsl, insertStatement(dsl));
    return dsl.connectionResult(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (R row : rows) {
          binder.bind(statement, row, mysql, h2);
          statement.addBatch();
        }
        return statement.executeBatch();
      }
    });
  }

  /** The insert of one row's non-identity columns as bind values; of default values when there are none. */
  private Query insertStatement(DSLContext dsl) {
    if (insertFields.length == 0) {
      // The identity is the only column: each row is an insert of default values.
      return dsl.insertInto(table).defaultValues();
    }
    List<Field<?>> params = new ArrayList<>(insertFields.length);
    for (Field<?> f : insertFields) {
      params.add(DSL.val(null, f));
    }
    return dsl.insertInto(table, insertFields).values(params);
  }

  private Object[] insertValues(Object[] all) {
    Object[] v = new Object[insertPositions.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = all[insertPositions[i]];
    }
    return v;
  }

  private UniqueKey<Record> primaryKey() {
    return table.getPrimaryKey();
  }

  private int position(Field<?> f) {
    int i = Arrays.asList(fields).indexOf(f);
    if (i < 0) {
      throw new IllegalStateException("no column " + f + " in " + table);
    }
    return i;
  }

  private Condition keyCondition(Object[] key) {
    List<? extends Field<?>> keyFields = primaryKey().getFields();
    if (key.length != keyFields.size()) {
      throw new IllegalArgumentException(table.getName() + "'s primary key has " + keyFields.size() + " columns, not " + key.length);
    }
    List<Condition> conditions = new ArrayList<>(key.length);
    for (int k = 0; k < key.length; k++) {
      conditions.add(field(keyFields.get(k)).eq(key[k]));
    }
    return DSL.and(conditions);
  }

  /** A column as a field of {@code Object}: the values given for it are the row's, of the column's type. */
  @SuppressWarnings("unchecked")
  private static Field<Object> field(Field<?> f) {
    return (Field<Object>) f;
  }
}
