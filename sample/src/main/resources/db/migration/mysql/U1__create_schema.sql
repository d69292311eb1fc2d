-- Strata undo of V1 (MySQL/MariaDB): create schema
-- Generated from dev.strata.sample.BlogSchema by the Strata annotation processor. Returns the schema to V0.

DROP TABLE `post_tags`;

DROP TABLE `tags`;

DROP TABLE `comments`;

DROP TABLE `posts`;

DROP TABLE `authors`;
