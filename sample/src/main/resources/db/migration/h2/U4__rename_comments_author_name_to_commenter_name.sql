-- Strata undo of V4 (H2): rename comments author name to commenter name
-- Generated from dev.strata.sample.BlogSchema by the Strata annotation processor. Returns the schema to V3.

ALTER TABLE "comments" ALTER COLUMN "commenter_name" RENAME TO "author_name";
