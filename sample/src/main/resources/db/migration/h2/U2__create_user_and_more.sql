-- Strata undo of V2 (H2): create user and more
-- Generated from dev.strata.sample.BlogSchema by the Strata annotation processor. Returns the schema to V1.

ALTER TABLE "authors" DROP CONSTRAINT "authors_user_id_fkey";

ALTER TABLE "posts" DROP CONSTRAINT "posts_author_id_fkey";

ALTER TABLE "authors" DROP CONSTRAINT "authors_user_id_key";

ALTER TABLE "authors" DROP COLUMN "user_id";

DROP TABLE "invitation";

DROP TABLE "member";

DROP TABLE "organization";

DROP TABLE "twoFactor";

DROP TABLE "verification";

DROP TABLE "account";

DROP TABLE "session";

DROP TABLE "user";

ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "authors" ("id") ON DELETE CASCADE;
