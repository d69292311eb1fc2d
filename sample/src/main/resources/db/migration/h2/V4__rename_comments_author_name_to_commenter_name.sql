-- Strata migration V4 (H2): rename comments author name to commenter name
-- Generated from dev.strata.sample.BlogSchema by the Strata annotation processor. Review it and commit it; do not edit it.

ALTER TABLE "comments" ALTER COLUMN "author_name" RENAME TO "commenter_name";
