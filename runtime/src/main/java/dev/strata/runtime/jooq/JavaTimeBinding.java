package dev.strata.runtime.jooq;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.Scope;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * Binds {@code Instant}, {@code OffsetDateTime} and {@code LocalTime} through JDBC 4.2's object methods,
 * which keep microseconds on every database (jOOQ's default {@code LocalTime} binding drops the fraction).
 * MySQL and MariaDB have no time-zone type: Strata stores instants there as UTC {@code datetime(6)}.
 * An {@code OffsetDateTime} is stored as the instant it denotes and always reads back in UTC.
 */
abstract sealed class JavaTimeBinding<T> implements Binding<T, T> {

  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final DataType<T> sqlType;

  JavaTimeBinding(Class<T> type, DataType<T> sqlType) {
    this.type = type;
    this.sqlType = sqlType;
  }

  static boolean mysqlFamily(Scope scope) {
    SQLDialect family = scope.family();
    return family == SQLDialect.MYSQL || family == SQLDialect.MARIADB;
  }

  @Override
  public Converter<T, T> converter() {
    return Converter.ofNullable(type, type, v -> v, v -> v);
  }

  @Override
  public void sql(BindingSQLContext<T> ctx) throws SQLException {
    if (ctx.render().paramType() == ParamType.INLINED && ctx.value() != null) {
      ctx.render().visit(DSL.inline(inlineValue(ctx, ctx.value())));
    } else {
      sqlType.getBinding().sql(ctx);
    }
  }

  /** The value as jOOQ should inline it in SQL text. */
  abstract Object inlineValue(Scope scope, T value);

  /** The value handed to {@code setObject}. */
  abstract Object jdbcValue(Scope scope, T value);

  abstract int sqlType(Scope scope);

  /** Reads the column through {@code getObject(int, Class)}. */
  abstract T read(Scope scope, ObjectReader reader) throws SQLException;

  /** One of ResultSet or CallableStatement, read by index and class. */
  interface ObjectReader {
    <V> V get(Class<V> type) throws SQLException;
  }

  @Override
  public void register(BindingRegisterContext<T> ctx) throws SQLException {
    ctx.statement().registerOutParameter(ctx.index(), sqlType(ctx));
  }

  @Override
  public void set(BindingSetStatementContext<T> ctx) throws SQLException {
    if (ctx.value() == null) {
      ctx.statement().setNull(ctx.index(), sqlType(ctx));
    } else {
      ctx.statement().setObject(ctx.index(), jdbcValue(ctx, ctx.value()));
    }
  }

  @Override
  public void get(BindingGetResultSetContext<T> ctx) throws SQLException {
    ctx.value(read(ctx, new ObjectReader() {
      @Override
      public <V> V get(Class<V> t) throws SQLException {
        return ctx.resultSet().getObject(ctx.index(), t);
      }
    }));
  }

  @Override
  public void get(BindingGetStatementContext<T> ctx) throws SQLException {
    ctx.value(read(ctx, new ObjectReader() {
      @Override
      public <V> V get(Class<V> t) throws SQLException {
        return ctx.statement().getObject(ctx.index(), t);
      }
    }));
  }

  @Override
  public void set(BindingSetSQLOutputContext<T> ctx) throws SQLException {
    throw new SQLFeatureNotSupportedException("Strata's time types are not used in user-defined types");
  }

  @Override
  public void get(BindingGetSQLInputContext<T> ctx) throws SQLException {
    throw new SQLFeatureNotSupportedException("Strata's time types are not used in user-defined types");
  }

  /** {@code Instant}: {@code timestamptz} / {@code timestamp with time zone}, or UTC {@code datetime(6)}. */
  static final class InstantBinding extends JavaTimeBinding<Instant> {
    private static final long serialVersionUID = 1L;

    InstantBinding(DataType<Instant> sqlType) {
      super(Instant.class, sqlType);
    }

    @Override
    Object inlineValue(Scope scope, Instant value) {
      return mysqlFamily(scope) ? LocalDateTime.ofInstant(value, ZoneOffset.UTC) : value.atOffset(ZoneOffset.UTC);
    }

    @Override
    Object jdbcValue(Scope scope, Instant value) {
      return inlineValue(scope, value);
    }

    @Override
    int sqlType(Scope scope) {
      return mysqlFamily(scope) ? Types.TIMESTAMP : Types.TIMESTAMP_WITH_TIMEZONE;
    }

    @Override
    Instant read(Scope scope, ObjectReader reader) throws SQLException {
      if (mysqlFamily(scope)) {
        LocalDateTime utc = reader.get(LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
      }
      OffsetDateTime value = reader.get(OffsetDateTime.class);
      return value == null ? null : value.toInstant();
    }
  }

  /** {@code OffsetDateTime}: stored as its instant, read back at offset UTC on every database. */
  static final class OffsetDateTimeBinding extends JavaTimeBinding<OffsetDateTime> {
    private static final long serialVersionUID = 1L;

    OffsetDateTimeBinding(DataType<OffsetDateTime> sqlType) {
      super(OffsetDateTime.class, sqlType);
    }

    @Override
    Object inlineValue(Scope scope, OffsetDateTime value) {
      return mysqlFamily(scope)
          ? LocalDateTime.ofInstant(value.toInstant(), ZoneOffset.UTC)
          : value.withOffsetSameInstant(ZoneOffset.UTC);
    }

    @Override
    Object jdbcValue(Scope scope, OffsetDateTime value) {
      return inlineValue(scope, value);
    }

    @Override
    int sqlType(Scope scope) {
      return mysqlFamily(scope) ? Types.TIMESTAMP : Types.TIMESTAMP_WITH_TIMEZONE;
    }

    @Override
    OffsetDateTime read(Scope scope, ObjectReader reader) throws SQLException {
      if (mysqlFamily(scope)) {
        LocalDateTime utc = reader.get(LocalDateTime.class);
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC);
      }
      OffsetDateTime value = reader.get(OffsetDateTime.class);
      return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
    }
  }

  /** {@code LocalTime} with microseconds. */
  static final class LocalTimeBinding extends JavaTimeBinding<LocalTime> {
    private static final long serialVersionUID = 1L;

    LocalTimeBinding(DataType<LocalTime> sqlType) {
      super(LocalTime.class, sqlType);
    }

    @Override
    Object inlineValue(Scope scope, LocalTime value) {
      return value;
    }

    @Override
    Object jdbcValue(Scope scope, LocalTime value) {
      return value;
    }

    @Override
    int sqlType(Scope scope) {
      return Types.TIME;
    }

    @Override
    LocalTime read(Scope scope, ObjectReader reader) throws SQLException {
      return reader.get(LocalTime.class);
    }
  }
}
