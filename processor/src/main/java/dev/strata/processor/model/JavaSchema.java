package dev.strata.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A schema root with everything the writers need: the database schema, the Java side of each table and
 * the names of the classes to generate.
 *
 * @param root the annotated aggregate root
 * @param schema the database schema the code declares
 * @param tables the Java side of every table, in schema order
 * @param released the highest released migration version
 * @param intent renames, drops, backfills and acknowledged risks declared in the code
 */
public record JavaSchema(ClassName root, Schema schema, List<JavaTable> tables, int released, Intent intent) {

  public JavaSchema {
    tables = List.copyOf(tables);
  }

  /** {@code <Root>Tables}: every table of the schema. */
  public ClassName tablesClass() {
    return generatedPeer(root, "Tables");
  }

  /** {@code <Root>Migrations}: the migration index the runtime applies. */
  public ClassName migrationsClass() {
    return generatedPeer(root, "Migrations");
  }

  /**
   * A top-level class next to {@code type}, named after it: {@code Blog.Schema} gives
   * {@code Blog_SchemaTables} for the suffix {@code Tables}.
   */
  public static ClassName generatedPeer(ClassName type, String suffix) {
    return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + suffix);
  }

  public JavaTable javaTable(String tableName) {
    return tables.stream()
        .filter(t -> t.table().name().equals(tableName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table " + tableName));
  }
}
