-- Strata undo of V4 (PostgreSQL): rename comments author name to commenter name
-- Generated from dev.strata.sample.BlogSchema by the Strata annotation processor. Returns the schema to V3.

SET LOCAL lock_timeout = '5s';

ALTER TABLE "comments" RENAME COLUMN "commenter_name" TO "author_name";
