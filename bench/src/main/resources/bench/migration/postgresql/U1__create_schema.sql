-- Strata undo of V1 (PostgreSQL): create schema
-- Generated from dev.strata.bench.schema.BenchSchema by the Strata annotation processor. Returns the schema to V0.

SET LOCAL lock_timeout = '5s';

DROP TABLE "events";
