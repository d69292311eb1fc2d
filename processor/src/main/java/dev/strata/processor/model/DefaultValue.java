package dev.strata.processor.model;

/** A column's database default: a literal value, or the current time. */
public sealed interface DefaultValue {

  /**
   * A literal in canonical text form, already checked against the column type: {@code "42"},
   * {@code "true"}, {@code "2024-01-31"}, a string's exact characters. Dialects render it as an escaped
   * SQL literal of the column type.
   */
  record Literal(String value) implements DefaultValue {}

  /** The current date, time or timestamp, matching the column type. */
  record Now() implements DefaultValue {}

  /** A database-generated random UUID (PostgreSQL {@code gen_random_uuid()}). */
  record RandomUuid() implements DefaultValue {}

  Now NOW = new Now();
  RandomUuid RANDOM_UUID = new RandomUuid();
}
