package dev.strata.bench.migrations;

import dev.strata.processor.migrate.FlywayChecksum;
import dev.strata.runtime.MigrationIndex;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Vendor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * A schema history of {@code count} small migrations, the same for H2 and PostgreSQL: four of every five
 * create a table of ten columns (with a foreign key to the previous table and an index), every fifth adds
 * a column and an index to an earlier table. Built here rather than by running the processor {@code count}
 * times: a chain of 500 compiles would take longer than every benchmark together, and what the runtime
 * sees is the same — a {@link MigrationIndex} with versions, file names and Flyway checksums (computed by
 * the processor's own {@link FlywayChecksum}), and scripts as class-path resources under
 * {@code db/migration/<vendor>}, where Flyway's default scan finds them too.
 *
 * <p>{@link #finalSchemaScript()} is the whole schema after the last migration as one script: what the
 * fresh-database fast path runs instead of replaying, and what plain JDBC runs for its baseline.
 */
public final class SyntheticMigrations implements MigrationIndex {

  public static final String LOCATION = "db/migration";
  static final List<Vendor> VENDORS = List.of(Vendor.H2, Vendor.POSTGRESQL);

  private final int count;
  private final ClassLoader loader;
  private final List<MigrationInfo> migrations = new ArrayList<>();

  public SyntheticMigrations(int count, ClassLoader loader) {
    this.count = count;
    this.loader = loader;
    for (int version = 1; version <= count; version++) {
      String script = script(version);
      Map<Vendor, MigrationInfo.Script> scripts = new EnumMap<>(Vendor.class);
      for (Vendor vendor : VENDORS) {
        scripts.put(
            vendor,
            new MigrationInfo.Script(fileName(version), FlywayChecksum.of(script), true, "U" + version + "__" + slug(version) + ".sql", false));
      }
      migrations.add(new MigrationInfo(version, slug(version), true, scripts));
    }
  }

  public int count() {
    return count;
  }

  @Override
  public String schemaName() {
    return "dev.strata.bench.Synthetic" + count;
  }

  @Override
  public String location() {
    return LOCATION;
  }

  @Override
  public List<Vendor> vendors() {
    return VENDORS;
  }

  @Override
  public List<MigrationInfo> migrations() {
    return migrations;
  }

  @Override
  public ClassLoader classLoader() {
    return loader;
  }

  static boolean altersTable(int version) {
    return version % 5 == 0;
  }

  static String table(int version) {
    return String.format(Locale.ROOT, "t%04d", version);
  }

  static String slug(int version) {
    return altersTable(version) ? "add_" + table(version - 1) + "_extra_" + version : "create_" + table(version);
  }

  public static String fileName(int version) {
    return "V" + version + "__" + slug(version) + ".sql";
  }

  /** The script of one migration. */
  public static String script(int version) {
    StringBuilder sql = new StringBuilder();
    sql.append("-- migration ").append(version).append('\n');
    if (altersTable(version)) {
      String target = table(version - 1);
      sql.append("ALTER TABLE \"").append(target).append("\" ADD COLUMN \"extra_").append(version).append("\" integer;\n");
      sql.append("CREATE INDEX \"").append(target).append("_extra_").append(version).append("_idx\" ON \"")
          .append(target).append("\" (\"extra_").append(version).append("\");\n");
      return sql.toString();
    }
    createTable(sql, version, List.of());
    return sql.toString();
  }

  static void createTable(StringBuilder sql, int version, List<Integer> extras) {
    String name = table(version);
    int parent = previousTable(version);
    sql.append("CREATE TABLE \"").append(name).append("\" (\n");
    sql.append("    \"id\" bigint NOT NULL,\n");
    sql.append("    \"parent_id\" bigint,\n");
    sql.append("    \"name\" varchar(100) NOT NULL,\n");
    sql.append("    \"note\" varchar(1000),\n");
    sql.append("    \"quantity\" integer DEFAULT 0 NOT NULL,\n");
    sql.append("    \"price\" numeric(12,2),\n");
    sql.append("    \"active\" boolean DEFAULT TRUE NOT NULL,\n");
    sql.append("    \"created_at\" timestamp with time zone NOT NULL,\n");
    sql.append("    \"day\" date,\n");
    sql.append("    \"kind\" varchar(20) NOT NULL,\n");
    for (int extra : extras) {
      sql.append("    \"extra_").append(extra).append("\" integer,\n");
    }
    sql.append("    CONSTRAINT \"").append(name).append("_pkey\" PRIMARY KEY (\"id\")");
    if (parent > 0) {
      sql.append(",\n    CONSTRAINT \"").append(name).append("_parent_id_fkey\" FOREIGN KEY (\"parent_id\") REFERENCES \"")
          .append(table(parent)).append("\" (\"id\")");
    }
    sql.append("\n);\n");
    sql.append("CREATE INDEX \"").append(name).append("_name_idx\" ON \"").append(name).append("\" (\"name\");\n");
    for (int extra : extras) {
      sql.append("CREATE INDEX \"").append(name).append("_extra_").append(extra).append("_idx\" ON \"").append(name)
          .append("\" (\"extra_").append(extra).append("\");\n");
    }
  }

  static int previousTable(int version) {
    for (int v = version - 1; v >= 1; v--) {
      if (!altersTable(v)) {
        return v;
      }
    }
    return 0;
  }

  /** The schema after the last migration, as one script. */
  public String finalSchemaScript() {
    Map<Integer, List<Integer>> extras = new LinkedHashMap<>();
    for (int version = 1; version <= count; version++) {
      if (altersTable(version)) {
        extras.get(version - 1).add(version);
      } else {
        extras.put(version, new ArrayList<>());
      }
    }
    StringBuilder sql = new StringBuilder("-- schema after migration ").append(count).append('\n');
    extras.forEach((version, added) -> createTable(sql, version, added));
    return sql.toString();
  }

  /** A jar holding the scripts of {@code count} migrations under {@code db/migration/<vendor>/}. */
  public static Path writeJar(int count, Path dir) {
    Path jar = dir.resolve("migrations-" + count + ".jar");
    try {
      Files.createDirectories(dir);
      try (OutputStream file = Files.newOutputStream(jar);
          JarOutputStream out = new JarOutputStream(file)) {
        for (Vendor vendor : VENDORS) {
          String folder = LOCATION + "/" + vendor.id() + "/";
          for (String part : List.of("db/", "db/migration/", folder)) {
            if (vendor == VENDORS.get(0) || part.equals(folder)) {
              out.putNextEntry(new JarEntry(part));
              out.closeEntry();
            }
          }
          for (int version = 1; version <= count; version++) {
            out.putNextEntry(new JarEntry(folder + fileName(version)));
            out.write(script(version).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar;
  }
}
