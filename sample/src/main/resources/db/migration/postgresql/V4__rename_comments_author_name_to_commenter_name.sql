-- Strata migration V4 (PostgreSQL): rename comments author name to commenter name
-- Generated from dev.strata.sample.BlogSchema by the Strata annotation processor. Review it and commit it; do not edit it.

SET LOCAL lock_timeout = '5s';

ALTER TABLE "comments" RENAME COLUMN "author_name" TO "commenter_name";
