package dev.strata.bench.schema;

import dev.strata.annotations.Schema;

/** The accessor benchmarks' schema, compiled by the Strata processor like any application's. */
@Schema(tables = {Event.class}, released = 1)
public interface BenchSchema {}
