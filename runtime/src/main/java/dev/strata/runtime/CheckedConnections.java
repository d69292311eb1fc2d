package dev.strata.runtime;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source Flyway migrates PostgreSQL through: each connection asks the server to check, during
 * long statements, that the client is still there ({@code client_connection_check_interval}, PostgreSQL
 * 14+). Without it, when an instance is killed in the middle of a long migration, its statement runs on to
 * the end, holding the migration lock and the transaction, before the server notices and rolls back.
 */
final class CheckedConnections implements DataSource {

  private final DataSource delegate;

  CheckedConnections(DataSource delegate) {
    this.delegate = delegate;
  }

  private static Connection checked(Connection connection) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET client_connection_check_interval = 1000");
    } catch (SQLException older) {
      // PostgreSQL before 14 has no such setting; the migration still rolls back when the statement ends.
    }
    return connection;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return checked(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return checked(delegate.getConnection(username, password));
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(delegate) ? type.cast(delegate) : delegate.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(delegate) || delegate.isWrapperFor(type);
  }
}
