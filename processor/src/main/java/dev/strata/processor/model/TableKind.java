package dev.strata.processor.model;

/** Where a table comes from: the auth configuration, or the application's records. */
public enum TableKind {
  AUTH,
  APP
}
