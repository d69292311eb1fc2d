-- Strata undo of V1 (PostgreSQL): create schema
-- Generated from com.example.blog.BlogSchema by the Strata annotation processor. Returns the schema to V0.

SET LOCAL lock_timeout = '5s';

DROP TABLE "posts";

DROP TABLE "invitation";

DROP TABLE "member";

DROP TABLE "organization";

DROP TABLE "twoFactor";

DROP TABLE "verification";

DROP TABLE "account";

DROP TABLE "session";

DROP TABLE "user";
