-- Strata migration V1 (MySQL/MariaDB): create schema
-- Generated from com.example.shop.ShopSchema by the Strata annotation processor. Review it and commit it; do not edit it.

CREATE TABLE `authors` (
    `id` bigint NOT NULL AUTO_INCREMENT,
    `email` varchar(320) NOT NULL,
    `display_name` text NOT NULL,
    `bio` text,
    CONSTRAINT `authors_pkey` PRIMARY KEY (`id`),
    CONSTRAINT `authors_email_key` UNIQUE (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `Order` (
    `select` bigint NOT NULL,
    `Group` text NOT NULL,
    `user` varchar(255),
    CONSTRAINT `Order_pkey` PRIMARY KEY (`select`),
    CONSTRAINT `Order_user_fkey` FOREIGN KEY (`user`) REFERENCES `authors` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `items` (
    `id` bigint NOT NULL AUTO_INCREMENT,
    `title` varchar(200) NOT NULL,
    `description` text,
    `attributes` json NOT NULL DEFAULT ('{"tags": []}'),
    `rank` smallint NOT NULL,
    `quantity` int NOT NULL DEFAULT 1,
    `views` bigint NOT NULL,
    `active` boolean NOT NULL DEFAULT TRUE,
    `featured` boolean,
    `rating` double NOT NULL,
    `weight` float NOT NULL,
    `price` decimal(12,2) NOT NULL DEFAULT 0.00,
    `thumbnail` longblob,
    `external_id` varchar(36) NOT NULL,
    `created_at` datetime(6) NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    `published_at` datetime(6),
    `local_stamp` datetime(6) NOT NULL,
    `release_date` date NOT NULL,
    `daily_at` time(6),
    `status` varchar(255) NOT NULL DEFAULT 'DRAFT',
    `motto` text NOT NULL DEFAULT (concat('it''s a "quote", a back', char(92 using utf8mb4), 'slash and ünïcödé 😀')),
    `author_id` bigint NOT NULL,
    `parent_id` bigint,
    CONSTRAINT `items_pkey` PRIMARY KEY (`id`),
    CONSTRAINT `items_author_id_title_key` UNIQUE (`author_id`, `title`),
    CONSTRAINT `items_status_enum_check` CHECK (`status` IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT `items_title_check` CHECK (char_length(`title`) > 0),
    CONSTRAINT `items_quantity_views_check` CHECK (`quantity` >= 0 and `views` >= 0),
    CONSTRAINT `items_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`) ON DELETE CASCADE,
    CONSTRAINT `items_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `items` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `tag` (
    `id` int NOT NULL AUTO_INCREMENT,
    `name` varchar(255) NOT NULL,
    CONSTRAINT `tag_pkey` PRIMARY KEY (`id`),
    CONSTRAINT `tag_name_key` UNIQUE (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `item_tags` (
    `item_id` bigint NOT NULL,
    `tag_id` int NOT NULL,
    CONSTRAINT `item_tags_pkey` PRIMARY KEY (`item_id`, `tag_id`),
    CONSTRAINT `item_tags_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`) ON DELETE CASCADE,
    CONSTRAINT `item_tags_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX `items_external_id_idx` ON `items` (`external_id`);

CREATE INDEX `items_status_created_at_idx` ON `items` (`status`, `created_at`);
