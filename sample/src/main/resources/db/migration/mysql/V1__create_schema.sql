-- Strata migration V1 (MySQL/MariaDB): create schema
-- Generated from dev.strata.sample.BlogSchema by the Strata annotation processor. Review it and commit it; do not edit it.

CREATE TABLE `authors` (
    `id` bigint NOT NULL AUTO_INCREMENT,
    `email` varchar(320) NOT NULL,
    `display_name` text NOT NULL,
    `bio` text,
    `joined_at` datetime(6) NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    CONSTRAINT `authors_pkey` PRIMARY KEY (`id`),
    CONSTRAINT `authors_email_key` UNIQUE (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `posts` (
    `id` bigint NOT NULL AUTO_INCREMENT,
    `author_id` bigint NOT NULL,
    `title` varchar(200) NOT NULL,
    `slug` varchar(200) NOT NULL,
    `content` text,
    `status` varchar(255) NOT NULL DEFAULT 'DRAFT',
    `created_at` datetime(6) NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    CONSTRAINT `posts_pkey` PRIMARY KEY (`id`),
    CONSTRAINT `posts_author_id_slug_key` UNIQUE (`author_id`, `slug`),
    CONSTRAINT `posts_status_enum_check` CHECK (`status` IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT `posts_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `comments` (
    `id` bigint NOT NULL AUTO_INCREMENT,
    `post_id` bigint NOT NULL,
    `author_name` text NOT NULL,
    `body` text NOT NULL,
    `created_at` datetime(6) NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    CONSTRAINT `comments_pkey` PRIMARY KEY (`id`),
    CONSTRAINT `comments_body_check` CHECK (char_length(`body`) > 0),
    CONSTRAINT `comments_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `tags` (
    `id` int NOT NULL AUTO_INCREMENT,
    `name` varchar(50) NOT NULL,
    CONSTRAINT `tags_pkey` PRIMARY KEY (`id`),
    CONSTRAINT `tags_name_key` UNIQUE (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `post_tags` (
    `post_id` bigint NOT NULL,
    `tag_id` int NOT NULL,
    CONSTRAINT `post_tags_pkey` PRIMARY KEY (`post_id`, `tag_id`),
    CONSTRAINT `post_tags_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
    CONSTRAINT `post_tags_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX `posts_status_created_at_idx` ON `posts` (`status`, `created_at`);
