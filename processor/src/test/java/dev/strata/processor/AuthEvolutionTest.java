package dev.strata.processor;

import static dev.strata.processor.SchemaErrorsTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.strata.processor.diagnostics.Message;
import dev.strata.processor.testing.CompiledClasses;
import dev.strata.processor.testing.Compile;
import dev.strata.processor.testing.Generated;
import dev.strata.processor.testing.Databases;
import dev.strata.processor.testing.Evolution;
import dev.strata.processor.testing.Sources;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Changes to the auth configuration become migrations like changes to application tables: plugins added
 * and removed, a table and a column renamed through the configuration, an additional field renamed, added
 * and dropped. Replaying the history equals creating the last version in one step, rows survive, and a
 * rename or drop that the configuration does not declare is a compile error that says how to declare it.
 */
class AuthEvolutionTest {

  static final String POST = "public record Post(@Id @Identity long id, @References(table = \"user\") String authorId, String title) {}";

  static final String V1 = String.join("\n",
      "@AuthConfig(plugins = AuthPlugin.USERNAME)",
      "public final class AppAuth {",
      "  @AuthFields(AuthModel.USER)",
      "  record UserFields(@Nullable String phone) {}",
      "}");

  /** Two plugins added, the user table and a field renamed, a field added. */
  static final String V2 = String.join("\n",
      "@AuthConfig(plugins = {AuthPlugin.USERNAME, AuthPlugin.TWO_FACTOR, AuthPlugin.ADMIN},",
      "    tables = @AuthTable(model = AuthModel.USER, name = \"users\", renamedFrom = \"user\",",
      "        columns = @AuthColumn(field = \"emailVerified\", name = \"email_verified\", renamedFrom = \"emailVerified\")))",
      "public final class AppAuth {",
      "  @AuthFields(AuthModel.USER)",
      "  record UserFields(@Nullable @RenamedFrom(\"phone\") String mobile, @Default(\"0\") int logins) {}",
      "}");

  /** The admin plugin removed: its columns dropped, as declared. */
  static final String V3 = String.join("\n",
      "@AuthConfig(plugins = {AuthPlugin.USERNAME, AuthPlugin.TWO_FACTOR},",
      "    tables = @AuthTable(model = AuthModel.USER, name = \"users\",",
      "        columns = @AuthColumn(field = \"emailVerified\", name = \"email_verified\")))",
      "public final class AppAuth {",
      "  @AuthFields(AuthModel.USER)",
      "  @DropColumn(\"role\") @DropColumn(\"banned\") @DropColumn(\"banReason\") @DropColumn(\"banExpires\")",
      "  record UserFields(@Nullable String mobile, @Default(\"0\") int logins) {}",
      "  @AuthFields(AuthModel.SESSION)",
      "  @DropColumn(\"impersonatedBy\")",
      "  record SessionFields() {}",
      "}");

  static List<JavaFileObject> sources(String auth, int released) {
    return List.of(
        Sources.inTest("AppAuth", auth.split("\n")),
        Sources.inTest("Post", POST),
        Sources.inTest("TestSchema", "@Schema(auth = AppAuth.class, tables = Post.class, released = " + released + ")",
            "public interface TestSchema {}"));
  }

  static Compilation compile(Path dir, List<JavaFileObject> sources) {
    Compilation compilation = Compile.with().migrationsDir(dir).compile(sources);
    CompilationSubject.assertThat(compilation).succeeded();
    return compilation;
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void replayingAuthChangesEqualsTheLastVersionCreatedInOneStep(Vendor vendor, @TempDir Path history, @TempDir Path oneStep)
      throws Exception {
    Generated v1 = new Generated(new CompiledClasses(compile(history, sources(V1, 0))), "test");
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(v1.migrations("TestSchema")).allowUnreleased(true).apply(db.dataSource());
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        s.execute(("INSERT INTO \"user\" (\"id\", \"name\", \"email\", \"emailVerified\", \"updatedAt\", \"phone\")"
            + " VALUES ('u1', 'Ana', 'ana@example.com', TRUE, CURRENT_TIMESTAMP, '+49 30 1234')").replace('"', quote(vendor)));
      }

      compile(history, sources(V2, 1));
      String v2 = script(history, 2);
      assertThat(v2).contains("ALTER TABLE \"user\" RENAME TO \"users\"", "RENAME COLUMN \"phone\" TO \"mobile\"",
          "RENAME COLUMN \"emailVerified\" TO \"email_verified\"", "CREATE TABLE \"twoFactor\"", "ADD COLUMN \"role\" text");
      Generated v3 = new Generated(new CompiledClasses(compile(history, sources(V3, 2))), "test");
      assertThat(script(history, 3))
          .contains("DROP COLUMN \"role\"", "DROP COLUMN \"impersonatedBy\"");
      Migrator.configure(v3.migrations("TestSchema")).allowUnreleased(true).apply(db.dataSource());

      Generated last = new Generated(new CompiledClasses(compile(oneStep, sources(V3, 0))), "test");
      try (TestDatabase fresh = TestDatabase.create(vendor)) {
        Migrator.configure(last.migrations("TestSchema")).allowUnreleased(true).apply(fresh.dataSource());
        assertThat(Evolution.catalog(db)).isEqualTo(Evolution.catalog(fresh));
      }
      try (Connection c = db.connect(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT " + Databases.quote(vendor, "mobile") + ", " + Databases.quote(vendor, "email_verified") + ", "
              + Databases.quote(vendor, "logins") + " FROM " + Databases.quote(vendor, "users") + " WHERE " + Databases.quote(vendor, "id") + " = 'u1'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("+49 30 1234");
        assertThat(rs.getBoolean(2)).isTrue();
        assertThat(rs.getInt(3)).isZero();
      }
    }
  }

  /** The PostgreSQL script of a version. */
  static String script(Path dir, int version) throws java.io.IOException {
    try (java.util.stream.Stream<Path> files = Files.list(dir.resolve("postgresql"))) {
      Path file = files.filter(f -> f.getFileName().toString().startsWith("V" + version + "__") && f.toString().endsWith(".sql"))
          .findFirst().orElseThrow();
      return Files.readString(file);
    }
  }

  private static char quote(Vendor vendor) {
    return vendor == Vendor.MYSQL ? '`' : '"';
  }

  @Test
  void aRenamedAuthTableWithoutRenamedFromIsAnErrorThatSaysHowToDeclareIt(@TempDir Path dir) {
    compile(dir, sources(V1, 0));
    JavaFileObject schema = Sources.inTest("TestSchema", "@Schema(auth = AppAuth.class, tables = Post.class, released = 1)",
        "public interface TestSchema {}");
    Compilation compilation = Compile.with().migrationsDir(dir).compile(
        Sources.inTest("AppAuth", V2.replace(", renamedFrom = \"user\"", "").split("\n")), Sources.inTest("Post", POST), schema);
    assertError(compilation, Message.AUTH_TABLE_GONE, schema, "@Schema(auth", "'user'", "renamedFrom = \"user\"", "@DropTable");
  }

  @Test
  void aRemovedPluginsColumnsNeedADeclaredDrop(@TempDir Path dir) {
    compile(dir, sources(V2, 0));
    JavaFileObject auth = Sources.inTest("AppAuth", V3.replaceAll("  @DropColumn[^\n]*\n", "").split("\n"));
    Compilation compilation = Compile.with().migrationsDir(dir).compile(auth, Sources.inTest("Post", POST),
        Sources.inTest("TestSchema", "@Schema(auth = AppAuth.class, tables = Post.class, released = 1)", "public interface TestSchema {}"));
    assertError(compilation, Message.AUTH_COLUMN_GONE, auth, "public final class AppAuth", "'role'", "@DropColumn(\"role\")");
  }
}
