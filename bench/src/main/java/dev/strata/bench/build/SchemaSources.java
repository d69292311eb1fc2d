package dev.strata.bench.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes an application schema of {@code n} tables as annotated records, for the build-cost benchmark:
 * ten columns each (identity key, a foreign key to the previous table, text with and without a length,
 * int, numeric, boolean, instant with a default, date, enum), one single-column and one composite index,
 * and the {@code @Schema} root that names every table.
 */
public final class SchemaSources {

  public static final String PACKAGE = "gen.schema";

  private SchemaSources() {}

  public static Path write(Path root, int n) {
    Path dir = root.resolve(PACKAGE.replace('.', '/'));
    try {
      Files.createDirectories(dir);
      write(dir.resolve("Kind.java"), "package " + PACKAGE + ";\n\npublic enum Kind { SMALL, MEDIUM, LARGE }\n");
      StringBuilder tables = new StringBuilder();
      for (int i = 1; i <= n; i++) {
        write(dir.resolve(name(i) + ".java"), record(i));
        tables.append(i == 1 ? "" : ", ").append(i % 8 == 0 ? "\n    " : "").append(name(i)).append(".class");
      }
      write(
          dir.resolve("GenSchema.java"),
          "package " + PACKAGE + ";\n\nimport dev.strata.annotations.Schema;\n\n"
              + "@Schema(tables = {" + tables + "}, released = 0)\npublic interface GenSchema {}\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return root;
  }

  static String name(int i) {
    return String.format(Locale.ROOT, "T%04d", i);
  }

  static String record(int i) {
    String parent = i == 1 ? "    long ownerId,\n" : "    @References(" + name(i - 1) + ".class) long parentId,\n";
    return "package " + PACKAGE + ";\n\n"
        + "import dev.strata.annotations.Column;\n"
        + "import dev.strata.annotations.DefaultNow;\n"
        + "import dev.strata.annotations.Id;\n"
        + "import dev.strata.annotations.Identity;\n"
        + "import dev.strata.annotations.Index;\n"
        + (i == 1 ? "" : "import dev.strata.annotations.References;\n")
        + "import dev.strata.annotations.Table;\n"
        + "import java.math.BigDecimal;\n"
        + "import java.time.Instant;\n"
        + "import java.time.LocalDate;\n"
        + "import org.jspecify.annotations.Nullable;\n\n"
        + "@Table(\"" + name(i).toLowerCase(Locale.ROOT) + "\")\n"
        + "@Index(columns = {\"kind\", \"createdAt\"})\n"
        + "public record " + name(i) + "(\n"
        + "    @Id @Identity long id,\n"
        + parent
        + "    @Index @Column(length = 100) String name,\n"
        + "    @Nullable String note,\n"
        + "    int quantity,\n"
        + "    @Column(precision = 12, scale = 2) BigDecimal price,\n"
        + "    boolean active,\n"
        + "    @DefaultNow Instant createdAt,\n"
        + "    LocalDate day,\n"
        + "    Kind kind) {}\n";
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
