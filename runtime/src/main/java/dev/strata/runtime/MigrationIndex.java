package dev.strata.runtime;

import java.util.List;

/**
 * Every migration of one schema, compiled in by the Strata processor as {@code <Schema>Migrations}: the
 * runtime needs no classpath scanning to find them. Each script's text is a class-path resource under
 * {@link #location()}; versions and checksums are constants, so checking an up-to-date database reads no
 * script at all. An index never changes once made: the runtime keeps what it derives from one (such as
 * the text of its usual history) for as long as the index lives.
 */
public interface MigrationIndex {

  /** The qualified name of the schema root, e.g. {@code com.example.BlogSchema}. */
  String schemaName();

  /** The class-path folder of the scripts, e.g. {@code db/migration}; each vendor has a subfolder. */
  String location();

  /** The databases the schema was generated for. */
  List<Vendor> vendors();

  /** Every migration, by ascending version. */
  List<MigrationInfo> migrations();

  /**
   * The class-path resource of the script that creates the whole schema of the newest migration in one
   * step, for an empty database ({@code Migrator.configure(index).freshDatabaseFastPath(true)}), or null
   * when the index has none. Its header line {@code -- strata:schema-version <n>} names that migration.
   * The Strata processor writes it as {@code <location>/strata/<vendor>/schema.sql}: outside the vendor
   * folders, so that Flyway scanning {@code <location>/<vendor>} never sees it.
   */
  default String schemaScript(Vendor vendor) {
    return null;
  }

  /**
   * The class-path resource describing the schema the newest migration leaves, in the text form of
   * {@link DatabaseSchema} (what {@code Migrator.configure(index).drift(dataSource)} compares the live
   * schema with), or null when the index has none. The processor writes
   * {@code <location>/strata/<vendor>/schema.tsv}.
   */
  default String expectedSchema(Vendor vendor) {
    return null;
  }

  /** The class loader that sees the scripts: the one that loaded the generated index. */
  default ClassLoader classLoader() {
    return getClass().getClassLoader();
  }
}
