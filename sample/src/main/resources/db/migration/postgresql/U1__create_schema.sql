-- Strata undo of V1 (PostgreSQL): create schema
-- Generated from dev.strata.sample.BlogSchema by the Strata annotation processor. Returns the schema to V0.

SET LOCAL lock_timeout = '5s';

DROP TABLE "post_tags";

DROP TABLE "tags";

DROP TABLE "comments";

DROP TABLE "posts";

DROP TABLE "authors";
