-- Strata undo of V2 (MySQL/MariaDB): create user and more
-- Generated from dev.strata.sample.BlogSchema by the Strata annotation processor. Returns the schema to V1.

ALTER TABLE `authors` DROP FOREIGN KEY `authors_user_id_fkey`;

ALTER TABLE `posts` DROP FOREIGN KEY `posts_author_id_fkey`;

ALTER TABLE `authors` DROP INDEX `authors_user_id_key`;

ALTER TABLE `authors` DROP COLUMN `user_id`;

DROP TABLE `invitation`;

DROP TABLE `member`;

DROP TABLE `organization`;

DROP TABLE `twoFactor`;

DROP TABLE `verification`;

DROP TABLE `account`;

DROP TABLE `session`;

DROP TABLE `user`;

ALTER TABLE `posts` ADD CONSTRAINT `posts_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`) ON DELETE CASCADE;
