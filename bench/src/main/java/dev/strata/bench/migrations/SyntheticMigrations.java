package dev.strata.bench.migrations;

import dev.strata.processor.migrate.FlywayChecksum;
import dev.strata.runtime.MigrationIndex;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Vendor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
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
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A schema history of {@code count} small migrations, the same for H2 and PostgreSQL: four of every five
 * create a table of ten columns (with a foreign key to the previous table and an index), every fifth adds
 * a column and an index to an earlier table. Built here rather than by running the processor {@code count}
 * times: a chain of 500 compiles would take longer than every benchmark together, and what the runtime
 * sees is the same — a {@link MigrationIndex} with versions, file names and Flyway checksums (computed by
 * the processor's own {@link FlywayChecksum}), and scripts as class-path resources under
 * {@code db/migration/<vendor>}, where Flyway's default scan finds them too.
 *
 * <p>The jar also holds {@code Synthetic<count>Migrations}, this index as the processor writes one
 * ({@link #indexSource()}: versions, file names and checksums as constants in the shape of a generated
 * {@code <Schema>Migrations}), compiled when the jar is written: a fresh JVM loads that class rather than
 * computing 100 checksums with this class, which a real application never does at startup.
 *
 * <p>{@link #finalSchemaScript()} is the whole schema after the last migration as one script. The jar holds
 * it as {@link #schemaScript(Vendor)}, {@code db/migration/strata/<vendor>/schema.sql}, with the header
 * {@code -- strata:schema-version <count>} the processor writes: the runtime's fresh-database fast path
 * ({@code freshDatabaseFastPath(true)}) runs it instead of replaying, and plain JDBC runs the same resource
 * for its baseline. Outside the vendor folders, as the processor puts it, so Flyway's scan never sees it.
 */
public final class SyntheticMigrations implements MigrationIndex {

  public static final String LOCATION = "db/migration";
  static final String INDEX_PACKAGE = "dev.strata.bench.generated";
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

  /** {@code db/migration/strata/<vendor>/schema.sql}, where the processor puts the one-step schema script. */
  @Override
  public String schemaScript(Vendor vendor) {
    return schemaScriptPath(vendor);
  }

  public static String schemaScriptPath(Vendor vendor) {
    return LOCATION + "/strata/" + vendor.id() + "/schema.sql";
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
    return finalSchemaScript(count);
  }

  /** The schema after migration {@code count}, as one script headed as the processor heads its schema.sql. */
  static String finalSchemaScript(int count) {
    Map<Integer, List<Integer>> extras = new LinkedHashMap<>();
    for (int version = 1; version <= count; version++) {
      if (altersTable(version)) {
        extras.get(version - 1).add(version);
      } else {
        extras.put(version, new ArrayList<>());
      }
    }
    StringBuilder sql = new StringBuilder("-- Schema after migration ").append(count).append(" in one step, for an empty database.\n");
    sql.append("-- strata:schema-version ").append(count).append('\n');
    extras.forEach((version, added) -> createTable(sql, version, added));
    return sql.toString();
  }

  /** The qualified name of the compiled index in the jar of {@code count} migrations. */
  public static String indexClassName(int count) {
    return INDEX_PACKAGE + ".Synthetic" + count + "Migrations";
  }

  /**
   * The compiled index ({@link #indexSource()}) from the jar of {@code count} migrations, as an application
   * has its generated one: {@code Synthetic<count>Migrations.INSTANCE}.
   */
  public static MigrationIndex compiledIndex(int count, ClassLoader loader) {
    return compiledIndex(indexClassName(count), loader);
  }

  /** {@link #compiledIndex(int, ClassLoader)} by the class's name. */
  public static MigrationIndex compiledIndex(String className, ClassLoader loader) {
    try {
      return (MigrationIndex) Class.forName(className, true, loader).getField("INSTANCE").get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(className + " is not in the migrations jar", e);
    }
  }

  /** This index as Java source, in the shape of the processor's generated {@code <Schema>Migrations}. */
  public String indexSource() {
    String name = indexClassName(count);
    String simple = name.substring(name.lastIndexOf('.') + 1);
    StringBuilder java = new StringBuilder();
    java.append("package ").append(INDEX_PACKAGE).append(";\n\n");
    java.append("import dev.strata.runtime.MigrationIndex;\nimport dev.strata.runtime.MigrationInfo;\n");
    java.append("import dev.strata.runtime.StrataGenerated;\nimport dev.strata.runtime.Vendor;\n");
    java.append("import java.util.List;\nimport java.util.Map;\n\n");
    java.append("@StrataGenerated(\"").append(schemaName()).append("\")\n");
    java.append("public final class ").append(simple).append(" implements MigrationIndex {\n");
    java.append("  public static final ").append(simple).append(" INSTANCE = new ").append(simple).append("();\n\n");
    java.append("  private static final List<MigrationInfo> MIGRATIONS = List.of(\n");
    for (int i = 0; i < migrations.size(); i++) {
      MigrationInfo migration = migrations.get(i);
      java.append("    new MigrationInfo(").append(migration.version()).append(", \"").append(migration.slug()).append("\", ")
          .append(migration.released()).append(", Map.of(\n");
      for (int j = 0; j < VENDORS.size(); j++) {
        Vendor vendor = VENDORS.get(j);
        MigrationInfo.Script script = migration.script(vendor);
        java.append("      Vendor.").append(vendor.name()).append(", new MigrationInfo.Script(\"").append(script.fileName()).append("\", ")
            .append(script.checksum()).append(", ").append(script.transactional()).append(", \"").append(script.undoFileName())
            .append("\", ").append(script.irreversible()).append(')').append(j + 1 < VENDORS.size() ? ",\n" : "))");
      }
      java.append(i + 1 < migrations.size() ? ",\n" : ");\n\n");
    }
    java.append("  @Override\n  public String schemaName() {\n    return \"").append(schemaName()).append("\";\n  }\n\n");
    java.append("  @Override\n  public String location() {\n    return \"").append(LOCATION).append("\";\n  }\n\n");
    java.append("  @Override\n  public List<Vendor> vendors() {\n    return List.of(Vendor.H2, Vendor.POSTGRESQL);\n  }\n\n");
    java.append("  @Override\n  public List<MigrationInfo> migrations() {\n    return MIGRATIONS;\n  }\n\n");
    java.append("  @Override\n  public String schemaScript(Vendor vendor) {\n    return vendors().contains(vendor) ? \"")
        .append(LOCATION).append("/strata/\" + vendor.id() + \"/schema.sql\" : null;\n  }\n}\n");
    return java.toString();
  }

  /** Compiles {@link #indexSource()} with the running JDK's javac; returns the class files' folder. */
  Path compileIndex(Path dir) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("index-src-" + count));
    Path classes = Files.createDirectories(dir.resolve("index-classes-" + count));
    String name = indexClassName(count);
    Path source = sources.resolve(name.substring(name.lastIndexOf('.') + 1) + ".java");
    Files.writeString(source, indexSource());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no javac in " + System.getProperty("java.home") + ": run the benchmarks on a JDK");
    }
    StringWriter messages = new StringWriter();
    boolean ok =
        javac.getTask(messages, null, null,
                List.of("--release", "17", "-proc:none", "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()),
                null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source.toFile()))
            .call();
    if (!ok) {
      throw new IllegalStateException("cannot compile " + source + ":\n" + messages);
    }
    return classes;
  }

  /**
   * A jar holding the scripts of {@code count} migrations under {@code db/migration/<vendor>/}, and the final
   * schema's one script under {@code db/migration/strata/<vendor>/schema.sql}, and the compiled index
   * {@link #indexClassName(int)}.
   */
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
        out.putNextEntry(new JarEntry(LOCATION + "/strata/"));
        out.closeEntry();
        String schema = finalSchemaScript(count);
        for (Vendor vendor : VENDORS) {
          out.putNextEntry(new JarEntry(LOCATION + "/strata/" + vendor.id() + "/"));
          out.closeEntry();
          out.putNextEntry(new JarEntry(schemaScriptPath(vendor)));
          out.write(schema.getBytes(StandardCharsets.UTF_8));
          out.closeEntry();
        }
        Path classes = new SyntheticMigrations(count, null).compileIndex(dir);
        try (var files = Files.walk(classes)) {
          for (Path compiled : files.sorted().toList()) {
            String entry = classes.relativize(compiled).toString().replace(java.io.File.separatorChar, '/');
            if (entry.isEmpty()) {
              continue;
            }
            out.putNextEntry(new JarEntry(Files.isDirectory(compiled) ? entry + "/" : entry));
            if (!Files.isDirectory(compiled)) {
              out.write(Files.readAllBytes(compiled));
            }
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
