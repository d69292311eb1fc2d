package dev.strata.runtime.jooq;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.JSONB;
import org.jooq.SQLDialect;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ's own JSON binding, except on H2: there a bound character string becomes a JSON <em>string</em>
 * ({@code "{\"a\":1}"}), so the document is bound as UTF-8 bytes, which H2 reads as JSON text. Every
 * other database gets jOOQ's binding unchanged ({@code cast(? as jsonb)} on PostgreSQL).
 */
final class JsonBinding implements Binding<JSONB, JSONB> {

  private static final long serialVersionUID = 1L;

  /** jOOQ's binding of its JSONB type, from the database type to itself. */
  @SuppressWarnings("unchecked")
  private final Binding<JSONB, JSONB> jooq = (Binding<JSONB, JSONB>) SQLDataType.JSONB.getBinding();

  @Override
  public Converter<JSONB, JSONB> converter() {
    return jooq.converter();
  }

  @Override
  public void sql(BindingSQLContext<JSONB> ctx) throws SQLException {
    jooq.sql(ctx);
  }

  @Override
  public void register(BindingRegisterContext<JSONB> ctx) throws SQLException {
    jooq.register(ctx);
  }

  @Override
  public void set(BindingSetStatementContext<JSONB> ctx) throws SQLException {
    if (ctx.family() == SQLDialect.H2 && ctx.value() != null) {
      ctx.statement().setBytes(ctx.index(), ctx.value().data().getBytes(StandardCharsets.UTF_8));
    } else {
      jooq.set(ctx);
    }
  }

  @Override
  public void set(BindingSetSQLOutputContext<JSONB> ctx) throws SQLException {
    jooq.set(ctx);
  }

  @Override
  public void get(BindingGetResultSetContext<JSONB> ctx) throws SQLException {
    jooq.get(ctx);
  }

  @Override
  public void get(BindingGetStatementContext<JSONB> ctx) throws SQLException {
    jooq.get(ctx);
  }

  @Override
  public void get(BindingGetSQLInputContext<JSONB> ctx) throws SQLException {
    jooq.get(ctx);
  }
}
