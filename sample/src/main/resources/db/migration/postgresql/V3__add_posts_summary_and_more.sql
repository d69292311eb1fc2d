-- Strata migration V3 (PostgreSQL): add posts summary and more
-- Generated from dev.strata.sample.BlogSchema by the Strata annotation processor. Review it and commit it; do not edit it.
-- strata:no-transaction
-- Runs outside a transaction: it builds indexes without blocking writes to live tables.

SET lock_timeout = '5s';

ALTER TABLE "posts" ADD COLUMN "summary" varchar(500);

CREATE INDEX CONCURRENTLY "comments_post_id_created_at_idx" ON "comments" ("post_id", "created_at");

RESET lock_timeout;
