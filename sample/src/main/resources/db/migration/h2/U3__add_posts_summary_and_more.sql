-- Strata undo of V3 (H2): add posts summary and more
-- Generated from dev.strata.sample.BlogSchema by the Strata annotation processor. Returns the schema to V2.

ALTER TABLE "comments" DROP CONSTRAINT "comments_post_id_fkey";

DROP INDEX "comments_post_id_created_at_idx";

ALTER TABLE "posts" DROP COLUMN "summary";

ALTER TABLE "comments" ADD CONSTRAINT "comments_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts" ("id") ON DELETE CASCADE;
