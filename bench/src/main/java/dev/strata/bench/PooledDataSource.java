package dev.strata.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The smallest connection pool that behaves like an application's (HikariCP and friends): a closed
 * connection goes back to the pool, rolled back and in auto-commit mode, instead of being closed. Every
 * approach in a benchmark uses the same pool, so none pays for connecting more than another does.
 */
public final class PooledDataSource implements DataSource, AutoCloseable {

  private final String url;
  private final String user;
  private final String password;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private final List<Connection> all = new ArrayList<>();

  public PooledDataSource(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  @Override
  public synchronized Connection getConnection() throws SQLException {
    Connection physical = idle.pollFirst();
    if (physical == null) {
      physical = DriverManager.getConnection(url, user, password);
      all.add(physical);
    }
    Connection target = physical;
    return (Connection)
        Proxy.newProxyInstance(
            PooledDataSource.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "close" -> {
                  release(target);
                  return null;
                }
                case "isClosed" -> {
                  return false;
                }
                case "unwrap" -> {
                  return ((Class<?>) args[0]).isInstance(target) ? target : target.unwrap((Class<?>) args[0]);
                }
                default -> {
                  try {
                    return method.invoke(target, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                }
              }
            });
  }

  private synchronized void release(Connection physical) throws SQLException {
    if (!physical.getAutoCommit()) {
      physical.rollback();
      physical.setAutoCommit(true);
    }
    idle.addFirst(physical);
  }

  /** Closes every physical connection. */
  @Override
  public synchronized void close() {
    for (Connection connection : all) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
    all.clear();
    idle.clear();
  }

  @Override
  public Connection getConnection(String username, String pw) throws SQLException {
    throw new SQLFeatureNotSupportedException("one user per pool");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
