package dev.strata.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flyway's schema history table, read and written over plain JDBC: Strata's fast path, status, validation,
 * undo and fresh-database setup never start Flyway. The layout and the locks are Flyway's own, so Strata
 * and Flyway (in other instances, or a later fallback) see the same history and exclude each other.
 */
final class HistoryTable {

  static final String NAME = "flyway_schema_history";

  /** One row of the history. */
  record Row(
      int installedRank,
      Integer version,
      String description,
      String type,
      String script,
      Integer checksum,
      Instant installedOn,
      boolean success) {

    /** Rows Flyway writes for itself: the H2 lock marker, created schemas. */
    boolean isMarker() {
      return "TABLE".equals(type) || "SCHEMA".equals(type);
    }
  }

  private HistoryTable() {}

  /**
   * The history query of {@link #read}, written out (MySQL's quotes swapped in at run time): string
   * concatenation would cost a cold JVM's first {@code apply()} the bootstrap of its call sites.
   */
  private static final String READ =
      "SELECT \"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\", \"success\","
          + " \"installed_on\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"";

  private static final String READ_FOR_CHECK =
      "SELECT \"version\", \"type\", \"checksum\", \"success\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"";

  /**
   * The history summed up in one row, for {@link #summary}: how many rows, and each row as
   * {@code version:type:checksum:success} ({@code success} as 1 or 0, a null left empty) joined by commas in
   * rank order. Flyway's marker rows ({@code TABLE}, {@code SCHEMA}) are left out, as the up-to-date check
   * ignores them.
   */
  private static final String SUMMARY_H2 =
      "SELECT COUNT(*), LISTAGG(CONCAT(\"version\", ':', \"type\", ':', \"checksum\", ':', CASE WHEN \"success\" THEN 1 ELSE 0 END), ',')"
          + " WITHIN GROUP (ORDER BY \"installed_rank\") FROM \"flyway_schema_history\" WHERE \"type\" NOT IN ('TABLE', 'SCHEMA')";

  /**
   * The history as the database sums it up, one row read whatever its length (see {@link #SUMMARY_H2}):
   * {@link HistoryAnalysis#usualHistoryVersion} recognizes the usual history in it without reading a row.
   *
   * @param rows the rows summed up (marker rows not counted)
   * @param text the rows, or null when there are none
   */
  record Summary(long rows, String text) {}

  /**
   * Whether the up-to-date check can read the history's {@link #summary} rather than its rows: on embedded
   * H2, where every value read is the caller's own CPU time (reading 50 rows' values cost three times the
   * bare query) and H2 keeps the summary's result until the table changes. A server database's round trip
   * costs far more than the rows it sends: on PostgreSQL the summary was measured 5 % slower than the rows
   * (the server concatenating), and MySQL/MariaDB's {@code GROUP_CONCAT} cuts its result at
   * {@code group_concat_max_len}. There {@link #matchUsualHistory} reads the rows.
   */
  static boolean summarizes(Vendor vendor) {
    return vendor == Vendor.H2;
  }

  /** The H2 history's {@link Summary}, in one query that returns one row; empty when the table does not exist. */
  static Optional<Summary> summary(Connection connection, Vendor vendor) throws SQLException {
    if (!summarizes(vendor)) {
      throw new IllegalArgumentException(vendor.displayName() + " does not sum up the history");
    }
    try (PreparedStatement statement = connection.prepareStatement(SUMMARY_H2);
        ResultSet rs = statement.executeQuery()) {
      rs.next();
      return Optional.of(new Summary(rs.getLong(1), rs.getString(2)));
    } catch (SQLException e) {
      if (isMissingTable(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Column names, quoted as Flyway created them (H2 would upper-case unquoted names). */
  static String columns(Vendor vendor, String... names) {
    StringBuilder out = new StringBuilder();
    for (String name : names) {
      out.append(out.length() == 0 ? "" : ", ").append(vendor == Vendor.MYSQL ? "`" + name + "`" : "\"" + name + "\"");
    }
    return out.toString();
  }

  static String quoted(Vendor vendor) {
    return vendor == Vendor.MYSQL ? "`" + NAME + "`" : "\"" + NAME + "\"";
  }

  /**
   * Every row, by rank, in one query; empty when the table does not exist. A version that is not a whole
   * number (never written by Strata) is read as null.
   */
  static Optional<List<Row>> read(Connection connection, Vendor vendor) throws SQLException {
    String sql = quotes(vendor, READ);
    List<Row> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        String version = rs.getString(2);
        int checksum = rs.getInt(6);
        Integer boxedChecksum = rs.wasNull() ? null : checksum;
        Timestamp installed = rs.getTimestamp(8);
        rows.add(new Row(
            rs.getInt(1),
            parseVersion(version),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            boxedChecksum,
            installed == null ? null : installed.toInstant(),
            rs.getBoolean(7)));
      }
    } catch (SQLException e) {
      if (isMissingTable(e)) {
        return Optional.empty();
      }
      throw e;
    }
    return Optional.of(rows);
  }

  /**
   * What {@code apply()} decides "up to date" on, in one small prepared query: each row's version, type,
   * checksum and success, by rank, matched against the index's usual history as it is read (no row
   * objects). The newest version when it is exactly the usual history, -1 when it is not (or not up to
   * date: then {@code apply()} reads the whole rows for its analysis), or {@link #NO_TABLE}.
   */
  static int matchUsualHistory(Connection connection, Vendor vendor, HistoryAnalysis.UsualHistoryMatcher matcher) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(quotes(vendor, READ_FOR_CHECK));
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        String version = rs.getString(1);
        String type = rs.getString(2);
        int checksum = rs.getInt(3);
        if (!matcher.accept(version, type, checksum, rs.wasNull(), rs.getBoolean(4))) {
          return -1;
        }
      }
    } catch (SQLException e) {
      if (isMissingTable(e)) {
        return NO_TABLE;
      }
      throw e;
    }
    return matcher.newest();
  }

  /** {@link #matchUsualHistory}'s answer when there is no history table. */
  static final int NO_TABLE = -2;

  /** A query written with double quotes, in the vendor's identifier quotes. */
  private static String quotes(Vendor vendor, String sql) {
    return vendor == Vendor.MYSQL ? sql.replace('"', '`') : sql;
  }

  static boolean exists(Connection connection, Vendor vendor) throws SQLException {
    String sql =
        switch (vendor) {
          case POSTGRESQL -> "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = ?";
          case MYSQL -> "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?";
          case H2 -> "SELECT count(*) FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA AND table_name = ?";
        };
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, NAME);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getInt(1) > 0;
      }
    }
  }

  private static Integer parseVersion(String version) {
    if (version == null) {
      return null;
    }
    try {
      return Integer.valueOf(version.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Undefined table, in each database's words (SQLSTATE 42P01 on PostgreSQL, 42S02 on MySQL and H2). */
  static boolean isMissingTable(SQLException e) {
    String state = e.getSQLState();
    return "42P01".equals(state) || "42S02".equals(state) || "42S01".equals(state) || e.getErrorCode() == 1146
        || e.getErrorCode() == 42102 || e.getErrorCode() == 42104;
  }

  /** Creates the table exactly as Flyway 13 does for the database (checked by a test against Flyway's own). */
  static void create(Connection connection, Vendor vendor, String installedBy) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      switch (vendor) {
        case POSTGRESQL -> {
          statement.execute(
              "CREATE TABLE \"" + NAME + "\" (\n"
                  + "    \"installed_rank\" INT NOT NULL,\n"
                  + "    \"version\" VARCHAR(50),\n"
                  + "    \"description\" VARCHAR(200) NOT NULL,\n"
                  + "    \"type\" VARCHAR(20) NOT NULL,\n"
                  + "    \"script\" VARCHAR(1000) NOT NULL,\n"
                  + "    \"checksum\" INTEGER,\n"
                  + "    \"installed_by\" VARCHAR(100) NOT NULL,\n"
                  + "    \"installed_on\" TIMESTAMP NOT NULL DEFAULT now(),\n"
                  + "    \"execution_time\" INTEGER NOT NULL,\n"
                  + "    \"success\" BOOLEAN NOT NULL\n"
                  + ")");
          statement.execute("ALTER TABLE \"" + NAME + "\" ADD CONSTRAINT \"" + NAME + "_pk\" PRIMARY KEY (\"installed_rank\")");
          statement.execute("CREATE INDEX \"" + NAME + "_s_idx\" ON \"" + NAME + "\" (\"success\")");
        }
        case MYSQL -> {
          statement.execute(
              "CREATE TABLE `" + NAME + "` (\n"
                  + "    `installed_rank` INT NOT NULL,\n"
                  + "    `version` VARCHAR(50),\n"
                  + "    `description` VARCHAR(200) NOT NULL,\n"
                  + "    `type` VARCHAR(20) NOT NULL,\n"
                  + "    `script` VARCHAR(1000) NOT NULL,\n"
                  + "    `checksum` INT,\n"
                  + "    `installed_by` VARCHAR(100) NOT NULL,\n"
                  + "    `installed_on` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,\n"
                  + "    `execution_time` INT NOT NULL,\n"
                  + "    `success` BOOL NOT NULL,\n"
                  + "    PRIMARY KEY (`installed_rank`)\n"
                  + ")");
          statement.execute("CREATE INDEX `" + NAME + "_s_idx` ON `" + NAME + "` (`success`)");
        }
        case H2 -> {
          // Flyway's marker row (rank -1) gives H2, which cannot lock an empty table, a row to lock.
          statement.execute(
              "CREATE TABLE IF NOT EXISTS \"" + NAME + "\" (\n"
                  + "    \"installed_rank\" INT NOT NULL,\n"
                  + "    \"version\" VARCHAR(50),\n"
                  + "    \"description\" VARCHAR(200) NOT NULL,\n"
                  + "    \"type\" VARCHAR(20) NOT NULL,\n"
                  + "    \"script\" VARCHAR(1000) NOT NULL,\n"
                  + "    \"checksum\" INT,\n"
                  + "    \"installed_by\" VARCHAR(100) NOT NULL,\n"
                  + "    \"installed_on\" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,\n"
                  + "    \"execution_time\" INT NOT NULL,\n"
                  + "    \"success\" BOOLEAN NOT NULL,\n"
                  + "    CONSTRAINT \"" + NAME + "_pk\" PRIMARY KEY (\"installed_rank\")\n"
                  + ") AS SELECT -1, NULL, '<< Flyway Schema History table created >>', 'TABLE', '', NULL, "
                  + H2Literal.of(installedBy) + ", CURRENT_TIMESTAMP, 0, TRUE");
          statement.execute("CREATE INDEX IF NOT EXISTS \"" + NAME + "_s_idx\" ON \"" + NAME + "\" (\"success\")");
        }
      }
    }
  }

  /**
   * Records migrations as applied, ranked from {@code firstRank} on, in one JDBC batch; the last one gets
   * {@code lastMillis} as its execution time, the others 0.
   */
  static void insertAll(Connection connection, Vendor vendor, int firstRank, List<MigrationInfo> migrations, String installedBy,
      int lastMillis) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(insertSql(vendor))) {
      int rank = firstRank;
      for (int i = 0; i < migrations.size(); i++) {
        bindInsert(statement, vendor, rank++, migrations.get(i), installedBy, i == migrations.size() - 1 ? lastMillis : 0);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  private static String insertSql(Vendor vendor) {
    String columns = columns(vendor, "installed_rank", "version", "description", "type", "script", "checksum",
        "installed_by", "execution_time", "success");
    return "INSERT INTO " + quoted(vendor) + " (" + columns + ") VALUES (?, ?, ?, 'SQL', ?, ?, ?, ?, ?)";
  }

  private static void bindInsert(PreparedStatement statement, Vendor vendor, int rank, MigrationInfo migration, String installedBy,
      int millis) throws SQLException {
    MigrationInfo.Script script = migration.script(vendor);
    statement.setInt(1, rank);
    statement.setString(2, Integer.toString(migration.version()));
    statement.setString(3, migration.description());
    statement.setString(4, script.fileName());
    statement.setInt(5, script.checksum());
    statement.setString(6, installedBy);
    statement.setInt(7, millis);
    statement.setBoolean(8, true);
  }

  /** Deletes every row of a version (its success, or its failure). */
  static int delete(Connection connection, Vendor vendor, int version) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("DELETE FROM " + quoted(vendor) + " WHERE " + columns(vendor, "version") + " = ?")) {
      statement.setString(1, Integer.toString(version));
      return statement.executeUpdate();
    }
  }

  /** The user Flyway records as {@code installed_by}, asked the way Flyway asks. */
  static String currentUser(Connection connection, Vendor vendor) throws SQLException {
    String sql =
        switch (vendor) {
          case POSTGRESQL -> "SELECT current_user";
          case MYSQL -> "SELECT SUBSTRING_INDEX(USER(),'@',1)";
          case H2 -> "SELECT USER()";
        };
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      String user = rs.getString(1);
      return user == null ? "" : user;
    }
  }

  /** The highest rank in the table. */
  static int maxRank(Connection connection, Vendor vendor) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT MAX(" + columns(vendor, "installed_rank") + ") FROM " + quoted(vendor))) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** H2 string literal. */
  private static final class H2Literal {
    static String of(String value) {
      return "'" + value.replace("'", "''") + "'";
    }
  }
}
