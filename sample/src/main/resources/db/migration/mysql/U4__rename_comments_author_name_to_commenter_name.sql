-- Strata undo of V4 (MySQL/MariaDB): rename comments author name to commenter name
-- Generated from dev.strata.sample.BlogSchema by the Strata annotation processor. Returns the schema to V3.

ALTER TABLE `comments` RENAME COLUMN `commenter_name` TO `author_name`;
