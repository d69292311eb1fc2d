package dev.strata.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jooq.SQLDialect;

/**
 * The two databases the benchmarks run on: embedded H2 and the PostgreSQL server at 127.0.0.1:5432 (user
 * {@code postgres}, trust authentication; override with {@code STRATA_BENCH_POSTGRES_URL} and
 * {@code STRATA_BENCH_POSTGRES_USER}). Each benchmark makes its own database and drops it afterwards.
 */
public final class Databases {

  public static final String POSTGRES_URL = env("STRATA_BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/");
  public static final String POSTGRES_USER = env("STRATA_BENCH_POSTGRES_USER", "postgres");

  private Databases() {}

  /** A database made for one benchmark: its JDBC URL and user. */
  public record Database(String vendor, String name, String url, String user) {

    public SQLDialect dialect() {
      return vendor.equals("postgresql") ? SQLDialect.POSTGRES : SQLDialect.H2;
    }

    public Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, "");
    }

    public PooledDataSource pool() {
      return new PooledDataSource(url, user, "");
    }

    /** Drops a PostgreSQL database; an in-memory H2 database goes with its last connection. */
    public void drop() {
      if (vendor.equals("postgresql")) {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    }
  }

  /** A new, empty database: {@code h2} (in memory, kept open while a connection is), or {@code postgresql}. */
  public static Database create(String vendor) {
    String name = "strata_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return switch (vendor) {
      case "h2" -> new Database(vendor, name, "jdbc:h2:mem:" + name, "sa");
      case "postgresql" -> {
        admin("CREATE DATABASE " + name);
        yield new Database(vendor, name, POSTGRES_URL + name, POSTGRES_USER);
      }
      default -> throw new IllegalArgumentException("unknown database " + vendor + "; use h2 or postgresql");
    };
  }

  /** A named database that outlives the process: an H2 file under {@code dir}, or a PostgreSQL database. */
  public static Database persistent(String vendor, String name, java.nio.file.Path dir) {
    return switch (vendor) {
      case "h2" -> new Database(vendor, name, "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath(), "sa");
      case "postgresql" -> {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        admin("CREATE DATABASE " + name);
        yield new Database(vendor, name, POSTGRES_URL + name, POSTGRES_USER);
      }
      default -> throw new IllegalArgumentException("unknown database " + vendor + "; use h2 or postgresql");
    };
  }

  static void admin(String sql) {
    try (Connection connection = DriverManager.getConnection(POSTGRES_URL + "postgres", POSTGRES_USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at " + POSTGRES_URL + " (" + e.getMessage() + "): start it with"
              + " 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'",
          e);
    }
  }

  /** jOOQ prints a banner and tips once per JVM; they are not part of any measurement. */
  public static void quietJooq() {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
