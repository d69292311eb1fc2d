-- Strata undo of V3 (MySQL/MariaDB): add posts summary and more
-- Generated from dev.strata.sample.BlogSchema by the Strata annotation processor. Returns the schema to V2.

ALTER TABLE `comments` DROP FOREIGN KEY `comments_post_id_fkey`;

DROP INDEX `comments_post_id_created_at_idx` ON `comments`;

ALTER TABLE `posts` DROP COLUMN `summary`;

ALTER TABLE `comments` ADD CONSTRAINT `comments_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE;
