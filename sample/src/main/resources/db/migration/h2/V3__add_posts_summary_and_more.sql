-- Strata migration V3 (H2): add posts summary and more
-- Generated from dev.strata.sample.BlogSchema by the Strata annotation processor. Review it and commit it; do not edit it.

ALTER TABLE "posts" ADD COLUMN "summary" character varying(500);

CREATE INDEX "comments_post_id_created_at_idx" ON "comments" ("post_id", "created_at");
