-- Strata undo of V1 (MySQL/MariaDB): create schema
-- Generated from com.example.blog.BlogSchema by the Strata annotation processor. Returns the schema to V0.

DROP TABLE `posts`;

DROP TABLE `invitation`;

DROP TABLE `member`;

DROP TABLE `organization`;

DROP TABLE `twoFactor`;

DROP TABLE `verification`;

DROP TABLE `account`;

DROP TABLE `session`;

DROP TABLE `user`;
