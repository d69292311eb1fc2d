-- Strata undo of V1 (H2): create schema
-- Generated from dev.strata.bench.schema.BenchSchema by the Strata annotation processor. Returns the schema to V0.

DROP TABLE "events";
