-- Strata undo of V1 (PostgreSQL): create schema
-- Generated from com.example.shop.ShopSchema by the Strata annotation processor. Returns the schema to V0.

SET LOCAL lock_timeout = '5s';

DROP TABLE "item_tags";

DROP TABLE "tag";

DROP TABLE "items";

DROP TABLE "Order";

DROP TABLE "authors";
