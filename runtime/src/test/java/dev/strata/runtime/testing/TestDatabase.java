package dev.strata.runtime.testing;

import dev.strata.runtime.Vendor;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.opentest4j.TestAbortedException;

/**
 * A fresh, uniquely named database for one test, dropped when closed: in-memory H2, or a new database on
 * the PostgreSQL (127.0.0.1:5432, user postgres) or MariaDB (127.0.0.1:3306, user root) server. When a
 * server is unreachable the test is skipped with a message saying so, except when {@code CI=true}: then it
 * fails, so that CI never passes by skipping.
 */
public final class TestDatabase implements AutoCloseable {

  public static final String POSTGRES_URL = env("STRATA_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/");
  public static final String POSTGRES_USER = env("STRATA_TEST_POSTGRES_USER", "postgres");
  public static final String MARIADB_URL = env("STRATA_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/");
  public static final String MARIADB_USER = env("STRATA_TEST_MARIADB_USER", "root");

  private final Vendor vendor;
  private final String name;
  private final String url;
  private final String user;
  private final DataSource dataSource;

  private TestDatabase(Vendor vendor, String name, String url, String user) {
    this.vendor = vendor;
    this.name = name;
    this.url = url;
    this.user = user;
    this.dataSource = new SimpleDataSource(url, user, "");
  }

  /** A new database of the vendor; PostgreSQL and MariaDB need their server running. */
  public static TestDatabase create(Vendor vendor) {
    String name = "strata_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    switch (vendor) {
      case H2:
        return new TestDatabase(vendor, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa");
      case POSTGRESQL:
        admin(POSTGRES_URL + "postgres", POSTGRES_USER, "CREATE DATABASE " + name, "PostgreSQL");
        return new TestDatabase(vendor, name, POSTGRES_URL + name, POSTGRES_USER);
      case MYSQL:
        admin(MARIADB_URL, MARIADB_USER, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin", "MariaDB");
        return new TestDatabase(vendor, name, MARIADB_URL + name, MARIADB_USER);
      default:
        throw new IllegalArgumentException(vendor.toString());
    }
  }

  /** An H2 database in a file under the given directory (for tests that need several processes). */
  public static TestDatabase h2File(java.nio.file.Path directory) {
    String name = "strata_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    String url = "jdbc:h2:file:" + directory.resolve(name).toAbsolutePath() + ";AUTO_SERVER=TRUE";
    return new TestDatabase(Vendor.H2, name, url, "sa");
  }

  private static void admin(String url, String user, String sql, String server) {
    DriverManager.setLoginTimeout(5);
    try (Connection connection = DriverManager.getConnection(url, user, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      String message =
          server + " is not reachable at " + url + " (" + e.getMessage() + "); start it with "
              + (server.equals("PostgreSQL")
                  ? "'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'"
                  : "'start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd'");
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError(message + ". CI=true: a test that needs the server fails instead of skipping.", e);
      }
      throw new TestAbortedException("Skipped: " + message);
    }
  }

  public Vendor vendor() {
    return vendor;
  }

  public String name() {
    return name;
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** The jOOQ dialect of this database. */
  public SQLDialect dialect() {
    return switch (vendor) {
      case POSTGRESQL -> SQLDialect.POSTGRES;
      case MYSQL -> SQLDialect.MARIADB;
      case H2 -> SQLDialect.H2;
    };
  }

  public DSLContext dsl() {
    return DSL.using(dataSource, dialect());
  }

  public Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void close() {
    try {
      switch (vendor) {
        case H2 -> {
          try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
          }
        }
        case POSTGRESQL -> admin(POSTGRES_URL + "postgres", POSTGRES_USER, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "PostgreSQL");
        case MYSQL -> admin(MARIADB_URL, MARIADB_USER, "DROP DATABASE IF EXISTS " + name, "MariaDB");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop test database " + name, e);
    }
  }

  @Override
  public String toString() {
    return vendor.id().toLowerCase(Locale.ROOT) + ":" + name;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** A data source over DriverManager: each call opens a new connection. */
  public static final class SimpleDataSource implements DataSource {
    private final String url;
    private final String user;
    private final String password;

    public SimpleDataSource(String url, String user, String password) {
      this.url = url;
      this.user = user;
      this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public Connection getConnection(String username, String pw) throws SQLException {
      return DriverManager.getConnection(url, username, pw);
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
}
