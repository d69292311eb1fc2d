package dev.strata.runtime;

import java.util.List;

/**
 * How the live schema differs from the schema the code expects: {@code Migrator.configure(index).drift(dataSource)}.
 * Types and defaults are compared as the database normalizes them (e.g. {@code varchar(200)} and
 * {@code character varying(200)} are the same type on PostgreSQL).
 *
 * @param vendor the database
 * @param schemaName the schema root
 * @param version the version whose schema was expected (the newest of the code)
 * @param differences what differs, table by table
 */
public record DriftReport(Vendor vendor, String schemaName, int version, List<Difference> differences) {

  public DriftReport {
    differences = List.copyOf(differences);
  }

  /**
   * One difference.
   *
   * @param object what differs, e.g. {@code column posts.title}
   * @param expected what the code expects ({@code absent} for an unexpected object)
   * @param actual what the database has ({@code missing} for a missing object)
   */
  public record Difference(String object, String expected, String actual) {
    @Override
    public String toString() {
      return object + ": expected " + expected + ", found " + actual;
    }
  }

  public boolean hasDrift() {
    return !differences.isEmpty();
  }

  @Override
  public String toString() {
    if (differences.isEmpty()) {
      return vendor.displayName() + " schema matches " + schemaName + " at V" + version + ": no drift";
    }
    StringBuilder out = new StringBuilder(vendor.displayName() + " schema differs from " + schemaName + " at V" + version
        + " in " + differences.size() + (differences.size() == 1 ? " place:" : " places:"));
    for (Difference difference : differences) {
      out.append(System.lineSeparator()).append("  ").append(difference);
    }
    return out.toString();
  }
}
