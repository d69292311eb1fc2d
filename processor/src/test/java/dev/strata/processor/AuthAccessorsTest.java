package dev.strata.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.strata.processor.testing.CompiledClasses;
import dev.strata.processor.testing.Compile;
import dev.strata.processor.testing.Generated;
import dev.strata.processor.testing.Sources;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated auth accessors on every database and in both namings: a user with every kind of extra
 * field (enum, lists, JSON, bigint) written and read back, sessions and accounts whose credentials stay out
 * of {@code toString()}, and an application table whose foreign key to the user cascades.
 */
class AuthAccessorsTest {

  static final Instant CREATED = Instant.parse("2026-01-31T10:15:30.123Z");

  private static final Map<String, Generated[]> COMPILED = new HashMap<>();

  @TempDir static Path migrations;

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String naming : List.of("BETTER_AUTH", "DRIZZLE")) {
      for (Vendor vendor : Vendor.values()) {
        cases.add(Arguments.of(naming, vendor));
      }
    }
    return cases.stream();
  }

  /** [0]: com.example.blog, [1]: its auth package. */
  static synchronized Generated[] compile(String naming) {
    return COMPILED.computeIfAbsent(naming, n -> {
      List<JavaFileObject> sources =
          Sources.fixture("blog-auth", Map.of("naming = AuthNaming.BETTER_AUTH", "naming = AuthNaming." + n));
      Compilation compilation = Compile.with().migrationsDir(migrations.resolve(n)).compile(sources);
      assertThat(compilation.errors()).isEmpty();
      CompiledClasses classes = new CompiledClasses(compilation);
      return new Generated[] {new Generated(classes, "com.example.blog"), new Generated(classes, "com.example.blog.auth")};
    });
  }

  /** A row record from values by component name; the others null, false or 0. */
  static Object row(Generated generated, String record, Map<String, Object> values) {
    Class<?> type = generated.type(record);
    List<Object> arguments = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      Object value = values.get(component.getName());
      if (value == null && component.getType() == boolean.class) {
        value = false;
      } else if (value == null && component.getType() == int.class) {
        value = 0;
      } else if (value == null && component.getType() == long.class) {
        value = 0L;
      }
      arguments.add(value);
    }
    assertThat(type.getRecordComponents()).extracting(RecordComponent::getName).containsAll(values.keySet());
    return generated.row(record, arguments.toArray());
  }

  static Object plan(Generated blog, String name) {
    return blog.constant("AppAuth$Plan", name);
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void authRowsRoundTripAndAppRowsReferenceThem(String naming, Vendor vendor) {
    Generated[] compiled = compile(naming);
    Generated blog = compiled[0];
    Generated auth = compiled[1];
    try (TestDatabase db = TestDatabase.create(vendor)) {
      Migrator.configure(blog.migrations("BlogSchema")).allowUnreleased(true).apply(db.dataSource());
      DSLContext dsl = db.dsl();

      Map<String, Object> values = new LinkedHashMap<>();
      values.put("id", "u1");
      values.put("name", "Ana Lúcia 🌸");
      values.put("email", "ana@example.com");
      values.put("emailVerified", true);
      values.put("createdAt", CREATED);
      values.put("updatedAt", CREATED.plusMillis(1));
      values.put("username", "ana");
      values.put("role", "admin");
      values.put("plan", plan(blog, "PRO"));
      values.put("tags", List.of("a", "ü \"quoted\" \\ back"));
      values.put("luckyNumbers", List.of(7, -1, 2147483647));
      values.put("preferences", "{\"theme\":\"dark\"}");
      values.put("loginCount", 9_000_000_000L);
      Object user = row(auth, "User", values);
      auth.insert("User", dsl, user);
      Object read = auth.findByKey("User", dsl, "u1").orElseThrow();
      for (Map.Entry<String, Object> entry : values.entrySet()) {
        Object actual = Generated.component(read, entry.getKey());
        if (entry.getKey().equals("preferences")) {
          actual = actual.toString().replaceAll("\\s", "");
        }
        assertThat(actual).as(entry.getKey()).isEqualTo(entry.getValue());
      }
      assertThat(Generated.component(read, "phone")).isNull();

      // Defaults the database fills: the enum, the empty list and the counter.
      dsl.insertInto(auth.table("User"))
          .columns(column(auth, "User", "id"), column(auth, "User", "name"), column(auth, "User", "email"),
              column(auth, "User", "emailVerified"), column(auth, "User", "updatedAt"))
          .values("u2", "Bo", "bo@example.com", false, CREATED)
          .execute();
      Object bo = auth.findByKey("User", dsl, "u2").orElseThrow();
      assertThat(Generated.component(bo, "plan")).isEqualTo(plan(blog, "FREE"));
      assertThat(Generated.component(bo, "luckyNumbers")).isEqualTo(List.of());
      assertThat(Generated.component(bo, "loginCount")).isEqualTo(0L);
      assertThat(Generated.component(bo, "tags")).isNull();

      // The direct JDBC path reads and writes the same values: lists, enums, JSON, instants, bigint.
      @SuppressWarnings("unchecked")
      List<Object> direct = (List<Object>) auth.invoke("UserTable", "fetchRows", dsl,
          dsl.selectFrom(auth.table("User")).orderBy(auth.table("User").field(0)));
      assertThat(direct).containsExactly(read, bo);
      dsl.deleteFrom(auth.table("User")).where(column(auth, "User", "id").eq("u2")).execute();
      auth.invoke("UserTable", "insertBatch", dsl, List.of(bo));
      assertThat(auth.findByKey("User", dsl, "u2")).contains(bo);

      Object session = row(auth, "Session", Map.of(
          "id", "s1", "expiresAt", CREATED.plusSeconds(3600), "token", "secret-session-token", "createdAt", CREATED,
          "updatedAt", CREATED, "userId", "u1", "deviceName", "laptop"));
      auth.insert("Session", dsl, session);
      assertThat(auth.findByKey("Session", dsl, "s1").orElseThrow()).isEqualTo(session);
      assertThat(session.toString()).contains("token=<redacted>", "deviceName=laptop").doesNotContain("secret-session-token");
      Object account = row(auth, "Account", Map.of(
          "id", "a1", "accountId", "u1", "providerId", "credential", "userId", "u1", "password", "scrypt$hash",
          "createdAt", CREATED, "updatedAt", CREATED));
      assertThat(account.toString()).contains("password=<redacted>", "accessToken=null").doesNotContain("scrypt$hash");

      Object post = blog.insert("Post", dsl, blog.row("Post", 0L, "u1", null, "Hello"));
      long postId = (long) Generated.component(post, "id");
      assertThat(blog.findByKey("Post", dsl, postId)).isPresent();
      assertThat(auth.deleteByKey("User", dsl, "u1")).isEqualTo(1);
      assertThat(blog.findByKey("Post", dsl, postId)).as("ON DELETE CASCADE from user").isEmpty();
      assertThat(auth.findByKey("Session", dsl, "s1")).as("Better Auth's own cascade").isEmpty();
    }
  }

  @SuppressWarnings("unchecked")
  static org.jooq.Field<Object> column(Generated generated, String record, String component) {
    org.jooq.Table<?> table = generated.table(record);
    for (org.jooq.Field<?> field : table.fields()) {
      String name = field.getName();
      if (name.equals(component) || name.equals(dev.strata.processor.model.Names.snakeCase(component))) {
        return (org.jooq.Field<Object>) DSL.field(DSL.name(name), field.getDataType());
      }
    }
    throw new IllegalArgumentException(component);
  }
}
