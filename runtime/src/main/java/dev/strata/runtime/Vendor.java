package dev.strata.runtime;

import java.util.Locale;

/** The databases Strata generates migrations for, named as Flyway's vendor folders are. */
public enum Vendor {
  POSTGRESQL("postgresql", "PostgreSQL"),
  /** MySQL and MariaDB share one set of migrations. */
  MYSQL("mysql", "MySQL/MariaDB"),
  H2("h2", "H2");

  private final String id;
  private final String displayName;

  Vendor(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /** The folder name: {@code db/migration/<id>/V1__....sql}. */
  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** The vendor of a JDBC {@code DatabaseMetaData.getDatabaseProductName()}, or null if Strata has none. */
  public static Vendor ofProductName(String productName) {
    String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
    if (name.contains("postgres")) {
      return POSTGRESQL;
    }
    if (name.contains("mysql") || name.contains("mariadb")) {
      return MYSQL;
    }
    if (name.equals("h2")) {
      return H2;
    }
    return null;
  }

  public static Vendor ofId(String id) {
    for (Vendor vendor : values()) {
      if (vendor.id.equals(id)) {
        return vendor;
      }
    }
    throw new IllegalArgumentException("unknown vendor " + id);
  }
}
