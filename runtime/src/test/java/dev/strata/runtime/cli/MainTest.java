package dev.strata.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The CLI, run in-process: output, exit codes, and one-line errors without stack traces. */
class MainTest {

  Path app;
  final Map<String, String> env = new HashMap<>();

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  /** The application's class path: a folder whose services file lists the given indexes. */
  static Path appWith(Path dir, Class<?>... indexes) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    StringBuilder lines = new StringBuilder();
    for (Class<?> index : indexes) {
      lines.append(index.getName()).append('\n');
    }
    Files.writeString(services.resolve("dev.strata.runtime.MigrationIndex"), lines.toString());
    return dir;
  }

  @BeforeEach
  void app(@TempDir Path dir) throws IOException {
    app = appWith(dir, CliIndexes.Blog.class);
  }

  Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (!all.contains("--classpath") && app != null) {
      all.add("--classpath");
      all.add(app.toString());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(all.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static void assertOneLineError(Run run, int exit, String start) {
    assertThat(run.exit()).as(run.err()).isEqualTo(exit);
    assertThat(run.errLines()).as(run.err()).hasSize(1);
    assertThat(run.err()).startsWith("strata: " + start).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @ParameterizedTest
  @EnumSource(value = Vendor.class, names = {"H2", "POSTGRESQL"})
  void everyCommandAgainstARealDatabase(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      String[] connection = {"--url", db.url(), "--user", db.user()};

      Run status = run(concat(new String[] {"status"}, connection));
      assertThat(status.exit()).isEqualTo(Main.FOUND);
      assertThat(status.out()).startsWith(vendor.displayName() + " database at V0 (test.blog): 3 pending");

      Run plan = run(concat(new String[] {"plan"}, connection));
      assertThat(plan.exit()).isZero();
      assertThat(plan.out()).startsWith("-- Strata plan for the " + vendor.displayName() + " database at V0 (test.blog): 3 steps")
          .contains("-- V1 create authors (V1__create_authors.sql, ");

      Run migrate = run(concat(new String[] {"migrate"}, connection));
      assertThat(migrate.exit()).as(migrate.err()).isZero();
      assertThat(migrate.out()).contains("Applying V1 (create authors) ...\n", "Applied V3 (drop notes) in ")
          .contains(vendor.displayName() + " schema applied V1, V2, V3 at V3 in ");
      assertThat(migrate.err()).isEmpty();

      assertThat(run(concat(new String[] {"migrate"}, connection)).out()).contains("schema up to date at V3");
      assertThat(run(concat(new String[] {"status"}, connection)).exit()).isZero();
      Run validate = run(concat(new String[] {"validate"}, connection));
      assertThat(validate.exit()).isZero();
      assertThat(validate.out()).isEqualTo(vendor.displayName() + " history of test.blog is valid\n");
      assertThat(run(concat(new String[] {"drift"}, connection)).exit()).isZero();

      Run refused = run(concat(new String[] {"undo", "--to", "1"}, connection));
      assertOneLineError(refused, Main.FAILED, "Refusing to undo V3 (drop notes): it deleted data");
      Run undo = run(concat(new String[] {"undo", "--to", "2", "--force"}, connection));
      assertThat(undo.exit()).as(undo.err()).isZero();
      assertThat(undo.out()).contains("Undoing V3 (drop notes) with U3__drop_notes.sql ...", "schema undid V3, now at V2");

      execute(db, vendor == Vendor.H2 ? "DROP INDEX \"posts_title_idx\"" : "DROP INDEX \"posts_title_idx\"");
      Run drift = run(concat(new String[] {"drift"}, connection));
      assertThat(drift.exit()).isEqualTo(Main.FOUND);
      assertThat(drift.out()).contains("index posts.posts_title_idx: expected (title), found missing");
    }
  }

  @Test
  void aWrongPasswordIsOneLineAndVerboseAddsTheStackTrace() throws SQLException {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (Connection owner = DriverManager.getConnection(url, "sa", "right")) {
      Run wrong = run("status", "--url", url, "--user", "sa", "--password", "wrong");
      assertOneLineError(wrong, Main.FAILED, "Cannot connect to the database: Wrong user name or password");

      Run verbose = run("status", "--url", url, "--user", "sa", "--password", "wrong", "--verbose");
      assertThat(verbose.exit()).isEqualTo(Main.FAILED);
      assertThat(verbose.err()).startsWith("strata: Cannot connect to the database: Wrong user name or password").contains("\tat ");

      // The password may come from the environment instead of the command line.
      env.put("STRATA_DB_PASSWORD", "right");
      assertThat(run("status", "--url", url, "--user", "sa").exit()).isEqualTo(Main.FOUND);
    }
  }

  @Test
  void aWrongPasswordOnMariaDb() throws SQLException {
    try (TestDatabase db = TestDatabase.create(Vendor.MYSQL)) {
      String user = "strata_cli_" + db.name().substring(7, 15);
      execute(db, "CREATE USER '" + user + "'@'%' IDENTIFIED BY 'right'");
      try {
        Run wrong = run("migrate", "--url", db.url(), "--user", user, "--password", "wrong");
        assertOneLineError(wrong, Main.FAILED, "Cannot connect to the database: ");
        assertThat(wrong.err()).contains("Access denied for user '" + user + "'");
      } finally {
        execute(db, "DROP USER '" + user + "'@'%'");
      }
    }
  }

  @Test
  void anUnreachableHostIsOneLine() {
    Run run = run("migrate", "--url", "jdbc:postgresql://127.0.0.1:1/app", "--user", "app");
    assertOneLineError(run, Main.FAILED, "Cannot connect to the database: Connection to 127.0.0.1:1 refused.");
  }

  @Test
  void aDatabaseOfTheWrongVendorIsRefused(@TempDir Path dir) throws IOException {
    app = appWith(dir, CliIndexes.PostgresOnly.class);
    try (TestDatabase db = TestDatabase.create(Vendor.H2)) {
      Run run = run("migrate", "--url", db.url(), "--user", db.user());
      assertOneLineError(run, Main.FAILED,
          "The database is H2, but schema test.postgresonly has migrations only for postgresql. Add h2 to the processor"
              + " option -Astrata.dialects and rebuild.");
    }
  }

  @Test
  void anUnknownDriverIsOneLine() {
    Run run = run("status", "--url", "jdbc:nosuchdb://127.0.0.1/app");
    assertOneLineError(run, Main.FAILED, "Cannot connect to the database: no JDBC driver for jdbc:nosuchdb://127.0.0.1/app");
  }

  @Test
  void severalSchemasNeedSchema(@TempDir Path dir) throws IOException {
    app = appWith(dir, CliIndexes.Blog.class, CliIndexes.PostgresOnly.class);
    try (TestDatabase db = TestDatabase.create(Vendor.H2)) {
      Run ambiguous = run("status", "--url", db.url(), "--user", db.user());
      assertOneLineError(ambiguous, Main.USAGE, "several Strata schemas on the class path");
      assertThat(ambiguous.err()).contains("choose one with --schema");
      assertThat(run("status", "--url", db.url(), "--user", db.user(), "--schema", "Blog").exit()).isEqualTo(Main.FOUND);
    }
  }

  @Test
  void noSchemaOnTheClassPath(@TempDir Path empty) {
    app = empty;
    Run run = run("status", "--url", "jdbc:h2:mem:x");
    assertOneLineError(run, Main.FAILED, "No Strata schema on the class path");
  }

  @Test
  void usageErrorsExitTwo() {
    assertOneLineError(run(), Main.USAGE, "missing command: migrate, status, validate, plan, undo, drift");
    assertOneLineError(run("status"), Main.USAGE, "missing --url <jdbc-url>");
    assertOneLineError(run("undo", "--url", "jdbc:h2:mem:x"), Main.USAGE, "undo needs --to <version>");
    assertOneLineError(run("migrate", "--bogus"), Main.USAGE, "unknown option --bogus");
    assertOneLineError(run("migrate", "--url"), Main.USAGE, "--url needs a value");
    assertOneLineError(run("undo", "--to", "two"), Main.USAGE, "--to needs a version number, not 'two'");
    assertOneLineError(run("frobnicate"), Main.USAGE, "unknown command 'frobnicate'");
  }

  @Test
  void helpListsCommandsOptionsAndExitCodes() {
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).startsWith("Usage: strata <command> --url <jdbc-url> [options]")
        .contains("  migrate ", "  status ", "  validate ", "  plan ", "  undo ", "  drift ", "STRATA_DB_PASSWORD",
            "Exit codes:", "  3  status: migrations pending");
  }

  static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  static void execute(TestDatabase db, String sql) {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
