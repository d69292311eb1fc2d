-- Strata undo of V1 (MySQL/MariaDB): create schema
-- Generated from com.example.shop.ShopSchema by the Strata annotation processor. Returns the schema to V0.

DROP TABLE `item_tags`;

DROP TABLE `tag`;

DROP TABLE `items`;

DROP TABLE `Order`;

DROP TABLE `authors`;
