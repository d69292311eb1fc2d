package dev.strata.bench.schema;

/** What happened; stored as the constant's name. */
public enum EventKind {
  CREATED,
  UPDATED,
  SHIPPED,
  CANCELLED
}
