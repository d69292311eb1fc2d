-- Strata migration V4 (MySQL/MariaDB): rename comments author name to commenter name
-- Generated from dev.strata.sample.BlogSchema by the Strata annotation processor. Review it and commit it; do not edit it.

ALTER TABLE `comments` RENAME COLUMN `author_name` TO `commenter_name`;
