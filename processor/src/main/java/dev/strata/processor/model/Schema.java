package dev.strata.processor.model;

import java.util.List;
import java.util.Optional;

/** A database schema: every table, auth tables first, each group in dependency order. */
public record Schema(List<Table> tables) {

  public static final Schema EMPTY = new Schema(List.of());

  public Schema {
    tables = List.copyOf(tables);
  }

  public Optional<Table> table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
