-- Strata undo of V3 (PostgreSQL): add posts summary and more
-- Generated from dev.strata.sample.BlogSchema by the Strata annotation processor. Returns the schema to V2.
-- strata:no-transaction

SET lock_timeout = '5s';

ALTER TABLE "comments" DROP CONSTRAINT "comments_post_id_fkey";

DROP INDEX "comments_post_id_created_at_idx";

ALTER TABLE "posts" DROP COLUMN "summary";

ALTER TABLE "comments" ADD CONSTRAINT "comments_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts" ("id") ON DELETE CASCADE NOT VALID;

ALTER TABLE "comments" VALIDATE CONSTRAINT "comments_post_id_fkey";

RESET lock_timeout;
