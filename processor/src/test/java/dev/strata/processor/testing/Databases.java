package dev.strata.processor.testing;

import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * What a test needs to show that a migration did what it says and nothing else: the names of every
 * table, view and sequence in the test database, and a canary table whose row must survive.
 */
public final class Databases {

  /** The canary's name: no schema under test declares it. */
  public static final String CANARY = "strata_canary";

  /** The canary row's text, which must read back unchanged. */
  public static final String CANARY_TEXT = "still here";

  private Databases() {}

  /**
   * The ways a test reaches a database: each vendor, and once more with the session setting that makes
   * a backslash in a string mean something else: PostgreSQL with {@code standard_conforming_strings} off
   * (backslashes escape in standard strings), MariaDB with {@code NO_BACKSLASH_ESCAPES} (they do not).
   */
  public enum Target {
    H2(Vendor.H2),
    POSTGRESQL(Vendor.POSTGRESQL),
    POSTGRESQL_NON_STANDARD_STRINGS(Vendor.POSTGRESQL),
    MARIADB(Vendor.MYSQL),
    MARIADB_NO_BACKSLASH_ESCAPES(Vendor.MYSQL);

    public final Vendor vendor;

    Target(Vendor vendor) {
      this.vendor = vendor;
    }

    /** The folder of the vendor's migrations ({@code postgresql}, {@code mysql}, {@code h2}). */
    public String folder() {
      return vendor.id().toLowerCase(Locale.ROOT);
    }

    /** The data source every connection of the test goes through, with this target's session settings. */
    public DataSource dataSource(TestDatabase db) {
      return switch (this) {
        case POSTGRESQL_NON_STANDARD_STRINGS ->
            new TestDatabase.SimpleDataSource(db.url() + "?options=-c%20standard_conforming_strings=off", db.user(), "");
        case MARIADB_NO_BACKSLASH_ESCAPES ->
            new TestDatabase.SimpleDataSource(db.url() + "?sessionVariables=sql_mode=NO_BACKSLASH_ESCAPES", db.user(), "");
        default -> db.dataSource();
      };
    }
  }

  /** A name quoted for the vendor, so that it keeps its case. */
  public static String quote(Vendor vendor, String name) {
    return vendor == Vendor.MYSQL ? "`" + name.replace("`", "``") + "`" : "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /**
   * Creates the canary table with its one row, and a Flyway history that holds only a baseline at version
   * 0: Flyway refuses to migrate a schema with tables and no history, and both Flyway and Strata apply
   * every migration above a baseline.
   */
  public static void plantCanary(DataSource dataSource, Vendor vendor) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE " + quote(vendor, CANARY) + " (id int PRIMARY KEY, note varchar(40) NOT NULL)");
      s.execute("INSERT INTO " + quote(vendor, CANARY) + " (id, note) VALUES (1, '" + CANARY_TEXT + "')");
    }
    Flyway.configure().dataSource(dataSource).baselineVersion("0").load().baseline();
  }

  /** The canary's rows, as {@code id:note}. */
  public static Set<String> canaryRows(DataSource dataSource, Vendor vendor) throws SQLException {
    Set<String> rows = new TreeSet<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, note FROM " + quote(vendor, CANARY))) {
      while (rs.next()) {
        rows.add(rs.getInt(1) + ":" + rs.getString(2));
      }
    }
    return rows;
  }

  /**
   * Every table, view and sequence of the test database's own schema, by its exact name; indexes are
   * left out (they belong to their table).
   */
  public static Set<String> objects(DataSource dataSource, Vendor vendor) throws SQLException {
    Set<String> names = new TreeSet<>();
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      String catalog = vendor == Vendor.MYSQL ? c.getCatalog() : null;
      String schema = switch (vendor) {
        case H2 -> "PUBLIC";
        case POSTGRESQL -> "public";
        case MYSQL -> null;
      };
      try (ResultSet rs = meta.getTables(catalog, schema, "%", null)) {
        while (rs.next()) {
          String type = rs.getString("TABLE_TYPE");
          if (type == null || !type.toUpperCase(Locale.ROOT).contains("INDEX")) {
            names.add(rs.getString("TABLE_NAME"));
          }
        }
      }
      if (vendor == Vendor.POSTGRESQL) {
        // Functions, procedures and triggers would not show as tables.
        addRoutines(c, names,
            "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'"
                + " UNION ALL SELECT tgname FROM pg_trigger WHERE NOT tgisinternal");
      }
      if (vendor == Vendor.MYSQL) {
        addRoutines(c, names,
            "SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()"
                + " UNION ALL SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()");
      }
    }
    return names;
  }

  private static void addRoutines(Connection c, Set<String> names, String query) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        names.add("routine or trigger " + rs.getString(1));
      }
    }
  }
}
