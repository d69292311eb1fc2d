package dev.strata.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.google.testing.compile.Compilation;
import dev.strata.processor.testing.CompiledClasses;
import dev.strata.processor.testing.Compile;
import dev.strata.processor.testing.Generated;
import dev.strata.processor.testing.Sources;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real Better Auth server on a database Strata created. The Java twin of a Better Auth configuration is
 * compiled and migrated into PostgreSQL by {@link Migrator}; then {@code compat/better-auth/e2e.mjs} starts
 * Better Auth (pinned in its {@code package-lock.json}, runtime schema validation on) on that database,
 * signs a user up, signs in and reads the session over HTTP; and Java reads the same user, account and
 * session back through the generated accessors.
 *
 * <p>Runs where Node.js is installed; without it the test is skipped with a message, except under
 * {@code CI=true}, where it fails. The npm packages are installed on first use ({@code npm ci --omit=dev}).
 */
class BetterAuthEndToEndTest {

  static final Path ORACLE = Path.of("..", "compat", "better-auth").toAbsolutePath().normalize();

  @BeforeAll
  static void nodeAndPackages() throws Exception {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    String version = run(ORACLE, 30, "node", "--version");
    if (version == null) {
      String message = "Node.js is not installed (no 'node' on the PATH): the Better Auth end-to-end test needs Node 20 or later";
      if (ci) {
        throw new AssertionError(message + ". CI=true: it fails instead of skipping.");
      }
      assumeThat(version).as(message).isNotNull();
    }
    assertThat(version.strip()).as("Node.js version").matches("v(2\\d|[3-9]\\d)\\..*");
    if (!Files.isDirectory(ORACLE.resolve("node_modules/better-auth"))) {
      String installed = run(ORACLE, 600, "npm", "ci", "--omit=dev", "--no-audit", "--no-fund");
      assertThat(installed).as("npm ci --omit=dev in %s", ORACLE).isNotNull();
    }
  }

  /** Runs a command; its stdout, or null when it cannot start or fails. Stderr goes to the test log. */
  static String run(Path directory, int timeoutSeconds, String... command) throws Exception {
    Outcome outcome = start(directory, timeoutSeconds, command);
    return outcome != null && outcome.exit() == 0 ? outcome.stdout() : null;
  }

  record Outcome(int exit, String stdout) {}

  /** Runs a command to its end; null when it cannot start. */
  static Outcome start(Path directory, int timeoutSeconds, String... command) throws Exception {
    Process process;
    try {
      process = new ProcessBuilder(command).directory(directory.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    } catch (IOException notInstalled) {
      return null;
    }
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
    }
    return new Outcome(process.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  @TempDir static Path migrations;

  /**
   * {@code e2e}: the twin of the oracle's configuration. {@code blog-auth}: the same plugins in the same
   * order, plus extra user and session columns (NOT NULL ones with database defaults) and an application
   * table that references the user: Better Auth must accept tables that carry more than it knows.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"auth/e2e, com.example.e2e, AuthSchema", "blog-auth, com.example.blog, BlogSchema"})
  void betterAuthSignsUpAndInOnStrataTablesAndJavaReadsTheRows(String fixture, String pkg, String root) throws Exception {
    Compilation compilation = Compile.with().migrationsDir(migrations.resolve(root)).compile(Sources.fixture(fixture));
    assertThat(compilation.errors()).isEmpty();
    CompiledClasses classes = new CompiledClasses(compilation);
    Generated app = new Generated(classes, pkg);
    Generated auth = new Generated(classes, pkg + ".auth");

    try (TestDatabase db = TestDatabase.create(Vendor.POSTGRESQL)) {
      Migrator.configure(app.migrations(root)).allowUnreleased(true).apply(db.dataSource());

      String url = "postgres://" + TestDatabase.POSTGRES_USER + "@"
          + TestDatabase.POSTGRES_URL.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/$", "") + "/" + db.name();
      String email = "ana." + db.name() + "@example.com";
      Outcome e2e = start(ORACLE, 120, "node", "e2e.mjs", "--database-url", url, "--config", "e2e", "--email", email,
          "--name", "Ana Lúcia", "--username", "ana_lucia");
      assertThat(e2e).isNotNull();
      assertThat(e2e.stdout()).as("e2e.mjs exit %s (its log is in the test output)", e2e.exit()).doesNotContain("\"error\"");
      assertThat(e2e.exit()).isZero();
      Map<String, String> result = parseFlatJson(e2e.stdout().strip());

      DSLContext dsl = db.dsl();
      Object user = auth.findByKey("User", dsl, result.get("userId")).orElseThrow();
      assertThat(Generated.component(user, "email")).isEqualTo(email);
      assertThat(Generated.component(user, "name")).isEqualTo("Ana Lúcia");
      assertThat(Generated.component(user, "username")).isEqualTo(result.get("username")).isEqualTo("ana_lucia");
      assertThat(Generated.component(user, "emailVerified")).isEqualTo(false);
      assertThat((Instant) Generated.component(user, "createdAt")).isBefore(Instant.now().plusSeconds(60));

      Object session = auth.findByKey("Session", dsl, result.get("sessionId")).orElseThrow();
      assertThat(Generated.component(session, "userId")).isEqualTo(result.get("userId")).isEqualTo(result.get("sessionUserId"));
      assertThat(Generated.component(session, "token")).isEqualTo(result.get("sessionToken"));
      assertThat(Generated.component(session, "expiresAt")).isEqualTo(Instant.parse(result.get("expiresAt")));
      assertThat(session.toString()).doesNotContain(result.get("sessionToken"));

      List<Object> accounts = dsl.selectFrom(auth.table("Account")).fetch(auth.mapper("Account"));
      assertThat(accounts).hasSize(1);
      Object account = accounts.get(0);
      assertThat(Generated.component(account, "providerId")).isEqualTo("credential");
      assertThat(Generated.component(account, "userId")).isEqualTo(result.get("userId"));
      assertThat((String) Generated.component(account, "password")).as("scrypt hash").contains(":");

      if (fixture.equals("blog-auth")) {
        // Columns Better Auth does not know got their database defaults.
        assertThat(Generated.component(user, "plan").toString()).isEqualTo("FREE");
        assertThat(Generated.component(user, "loginCount")).isEqualTo(0L);
        assertThat(Generated.component(user, "luckyNumbers")).isEqualTo(List.of());
        Object post = app.insert("Post", dsl, app.row("Post", 0L, result.get("userId"), null, "Hello from Java"));
        Record row = dsl.fetchOne("select count(*) from posts where author_id = ?", result.get("userId"));
        assertThat(row.get(0, Integer.class)).isEqualTo(1);
        assertThat(Generated.component(post, "title")).isEqualTo("Hello from Java");
      }
    }
  }

  private static final Pattern FIELD = Pattern.compile("\"([^\"]+)\":(null|\"((?:\\\\.|[^\"\\\\])*)\")");

  /** e2e.mjs prints one flat JSON object of strings and nulls. */
  static Map<String, String> parseFlatJson(String line) {
    assertThat(line).startsWith("{").endsWith("}");
    Map<String, String> out = new HashMap<>();
    Matcher matcher = FIELD.matcher(line);
    while (matcher.find()) {
      out.put(matcher.group(1), matcher.group(3) == null ? null : matcher.group(3).replace("\\\"", "\"").replace("\\\\", "\\"));
    }
    assertThat(out).as("fields of %s", line).isNotEmpty();
    return out;
  }
}
