package dev.strata.processor.model;

/** A table column as the database sees it. */
public record Column(
    String name, SqlType type, boolean nullable, DefaultValue defaultValue, boolean identity) {

  /** Whether the column has a database default ({@code defaultValue} is null otherwise). */
  public boolean hasDefault() {
    return defaultValue != null;
  }

  public Column withName(String newName) {
    return new Column(newName, type, nullable, defaultValue, identity);
  }

  public Column withType(SqlType newType) {
    return new Column(name, newType, nullable, defaultValue, identity);
  }

  public Column withDefault(DefaultValue newDefault) {
    return new Column(name, type, nullable, newDefault, identity);
  }

  public Column withNullable(boolean newNullable) {
    return new Column(name, type, newNullable, defaultValue, identity);
  }
}
