package dev.strata.runtime;

import java.util.List;

/**
 * Every migration of one schema, compiled in by the Strata processor as {@code <Schema>Migrations}: the
 * runtime needs no classpath scanning to find them. Each script's text is a class-path resource under
 * {@link #location()}; versions and checksums are constants, so checking an up-to-date database reads no
 * script at all.
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

  /** The class loader that sees the scripts: the one that loaded the generated index. */
  default ClassLoader classLoader() {
    return getClass().getClassLoader();
  }
}
