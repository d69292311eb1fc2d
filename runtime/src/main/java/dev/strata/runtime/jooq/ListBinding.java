package dev.strata.runtime.jooq;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.SQLDialect;
import org.jooq.Scope;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * A list stored as a database array where there is one (PostgreSQL {@code text[]} and
 * {@code integer[]}, H2 arrays), and as JSON array text on MySQL and MariaDB: the columns Better Auth's
 * Drizzle generator declares for {@code string[]} and {@code number[]} fields.
 */
final class ListBinding<E> implements Binding<Object, List<E>> {

  private static final long serialVersionUID = 1L;

  private final Class<E> elementType;
  private final String arrayType;
  private final Function<List<E>, String> toJson;
  private final Function<String, List<E>> fromJson;

  ListBinding(Class<E> elementType, String arrayType, Function<List<E>, String> toJson, Function<String, List<E>> fromJson) {
    this.elementType = elementType;
    this.arrayType = arrayType;
    this.toJson = toJson;
    this.fromJson = fromJson;
  }

  private static boolean json(Scope scope) {
    SQLDialect family = scope.family();
    return family == SQLDialect.MYSQL || family == SQLDialect.MARIADB;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Converter<Object, List<E>> converter() {
    Class<List<E>> listType = (Class<List<E>>) (Class<?>) List.class;
    return Converter.ofNullable(Object.class, listType, value -> (List<E>) value, value -> value);
  }

  @Override
  public void sql(BindingSQLContext<List<E>> ctx) throws SQLException {
    if (ctx.render().paramType() == ParamType.INLINED && ctx.value() != null) {
      ctx.render().visit(DSL.inline(toJson.apply(ctx.value())));
    } else if (ctx.family() == SQLDialect.POSTGRES) {
      ctx.render().sql("cast(? as " + arrayType + "[])");
    } else {
      ctx.render().sql("?");
    }
  }

  @Override
  public void register(BindingRegisterContext<List<E>> ctx) throws SQLException {
    ctx.statement().registerOutParameter(ctx.index(), json(ctx) ? Types.VARCHAR : Types.ARRAY);
  }

  @Override
  public void set(BindingSetStatementContext<List<E>> ctx) throws SQLException {
    List<E> value = ctx.value();
    if (json(ctx)) {
      if (value == null) {
        ctx.statement().setNull(ctx.index(), Types.VARCHAR);
      } else {
        ctx.statement().setString(ctx.index(), toJson.apply(value));
      }
      return;
    }
    if (value == null) {
      ctx.statement().setNull(ctx.index(), Types.ARRAY);
    } else {
      Array array = ctx.statement().getConnection().createArrayOf(arrayType, value.toArray());
      ctx.statement().setArray(ctx.index(), array);
    }
  }

  @Override
  public void get(BindingGetResultSetContext<List<E>> ctx) throws SQLException {
    if (json(ctx)) {
      String text = ctx.resultSet().getString(ctx.index());
      ctx.value(text == null ? null : fromJson.apply(text));
    } else {
      ctx.value(list(ctx.resultSet().getArray(ctx.index())));
    }
  }

  @Override
  public void get(BindingGetStatementContext<List<E>> ctx) throws SQLException {
    if (json(ctx)) {
      String text = ctx.statement().getString(ctx.index());
      ctx.value(text == null ? null : fromJson.apply(text));
    } else {
      ctx.value(list(ctx.statement().getArray(ctx.index())));
    }
  }

  private List<E> list(Array array) throws SQLException {
    if (array == null) {
      return null;
    }
    Object[] values = (Object[]) array.getArray();
    List<E> out = new ArrayList<>(values.length);
    for (Object value : values) {
      out.add(value == null ? null : elementType.cast(value instanceof Number n && elementType == Integer.class ? n.intValue() : value));
    }
    return out;
  }

  @Override
  public void set(BindingSetSQLOutputContext<List<E>> ctx) throws SQLException {
    throw new SQLFeatureNotSupportedException("lists are not used in user-defined types");
  }

  @Override
  public void get(BindingGetSQLInputContext<List<E>> ctx) throws SQLException {
    throw new SQLFeatureNotSupportedException("lists are not used in user-defined types");
  }

  @Override
  public String toString() {
    return "ListBinding" + Arrays.asList(elementType.getSimpleName(), arrayType);
  }
}
