package dev.strata.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BlogAppTest {

  @Test
  void mainMigratesAnEmbeddedDatabaseAndPrintsWhatItDid(@TempDir Path dir) {
    String url = "jdbc:h2:file:" + dir.resolve("blog").toAbsolutePath();
    String first = runMain(url);
    assertThat(first)
        .contains("Schema: H2 schema applied V1, V2, V3, V4 at V4")
        .contains("Signed up user user-1 (@ada1, role user) in the auth tables")
        .contains("Inserted author #1 Ada Lovelace")
        .contains("Inserted posts #1 (PUBLISHED) and #2 (DRAFT, the default)")
        .contains("  - Notes on the Analytical Engine [PUBLISHED] tags [history, mathematics]")
        .contains("Published #2: PUBLISHED")
        .contains("Ada Lovelace signs in as @ada1")
        .contains("Blog has 2 posts by 1 authors.");

    // A second run finds the schema up to date and adds to the same database.
    String second = runMain(url);
    assertThat(second).contains("Schema: H2 schema up to date at V4").contains("Blog has 4 posts by 2 authors.");
  }

  @ParameterizedTest
  @EnumSource(value = Vendor.class, names = {"POSTGRESQL", "MYSQL"})
  void runsOnServerDatabasesToo(Vendor vendor) {
    try (TestDatabase db = TestDatabase.create(vendor)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      var titles = BlogApp.run(db.dataSource(), db.dialect().name(), new PrintStream(out, true, StandardCharsets.UTF_8));
      assertThat(titles).containsExactly("Notes on the Analytical Engine", "Bernoulli numbers");
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("applied V1, V2, V3, V4").contains("Blog has 2 posts by 1 authors.");
    }
  }

  private static String runMain(String url) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      BlogApp.main(new String[] {url, "sa", ""});
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
