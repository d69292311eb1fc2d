-- Strata migration V1 (MySQL/MariaDB): create schema
-- Generated from com.example.blog.BlogSchema by the Strata annotation processor. Review it and commit it; do not edit it.

CREATE TABLE `user` (
    `id` varchar(36) NOT NULL,
    `name` varchar(255) NOT NULL,
    `email` varchar(255) NOT NULL,
    `emailVerified` boolean NOT NULL,
    `image` text,
    `createdAt` timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `username` varchar(255),
    `displayUsername` text,
    `twoFactorEnabled` boolean,
    `role` text,
    `banned` boolean,
    `banReason` text,
    `banExpires` timestamp(3) NULL,
    `phone` varchar(255),
    `plan` text NOT NULL DEFAULT ('FREE'),
    `locale` varchar(255),
    `tags` json,
    `luckyNumbers` json NOT NULL DEFAULT ('[]'),
    `preferences` json,
    `loginCount` bigint NOT NULL DEFAULT 0,
    CONSTRAINT `user_pkey` PRIMARY KEY (`id`),
    CONSTRAINT `user_email_key` UNIQUE (`email`),
    CONSTRAINT `user_username_key` UNIQUE (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `session` (
    `id` varchar(36) NOT NULL,
    `expiresAt` timestamp(3) NOT NULL,
    `token` varchar(255) NOT NULL,
    `createdAt` timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` timestamp(3) NOT NULL,
    `ipAddress` text,
    `userAgent` text,
    `userId` varchar(36) NOT NULL,
    `activeOrganizationId` text,
    `impersonatedBy` text,
    `deviceName` text,
    CONSTRAINT `session_pkey` PRIMARY KEY (`id`),
    CONSTRAINT `session_token_key` UNIQUE (`token`),
    CONSTRAINT `session_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `account` (
    `id` varchar(36) NOT NULL,
    `accountId` text NOT NULL,
    `providerId` text NOT NULL,
    `userId` varchar(36) NOT NULL,
    `accessToken` text,
    `refreshToken` text,
    `idToken` text,
    `accessTokenExpiresAt` timestamp(3) NULL,
    `refreshTokenExpiresAt` timestamp(3) NULL,
    `scope` text,
    `password` text,
    `createdAt` timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` timestamp(3) NOT NULL,
    CONSTRAINT `account_pkey` PRIMARY KEY (`id`),
    CONSTRAINT `account_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `verification` (
    `id` varchar(36) NOT NULL,
    `identifier` varchar(255) NOT NULL,
    `value` text NOT NULL,
    `expiresAt` timestamp(3) NOT NULL,
    `createdAt` timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT `verification_pkey` PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `twoFactor` (
    `id` varchar(36) NOT NULL,
    `secret` varchar(255) NOT NULL,
    `backupCodes` text NOT NULL,
    `userId` varchar(36) NOT NULL,
    `verified` boolean,
    `failedVerificationCount` int,
    `lockedUntil` timestamp(3) NULL,
    CONSTRAINT `twoFactor_pkey` PRIMARY KEY (`id`),
    CONSTRAINT `twoFactor_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `organization` (
    `id` varchar(36) NOT NULL,
    `name` varchar(255) NOT NULL,
    `slug` varchar(255) NOT NULL,
    `logo` text,
    `createdAt` timestamp(3) NOT NULL,
    `metadata` text,
    CONSTRAINT `organization_pkey` PRIMARY KEY (`id`),
    CONSTRAINT `organization_slug_key` UNIQUE (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `member` (
    `id` varchar(36) NOT NULL,
    `organizationId` varchar(36) NOT NULL,
    `userId` varchar(36) NOT NULL,
    `role` varchar(255) NOT NULL,
    `createdAt` timestamp(3) NOT NULL,
    CONSTRAINT `member_pkey` PRIMARY KEY (`id`),
    CONSTRAINT `member_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
    CONSTRAINT `member_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `invitation` (
    `id` varchar(36) NOT NULL,
    `organizationId` varchar(36) NOT NULL,
    `email` varchar(255) NOT NULL,
    `role` varchar(255),
    `status` varchar(255) NOT NULL,
    `expiresAt` timestamp(3) NOT NULL,
    `createdAt` timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `inviterId` varchar(36) NOT NULL,
    CONSTRAINT `invitation_pkey` PRIMARY KEY (`id`),
    CONSTRAINT `invitation_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
    CONSTRAINT `invitation_inviterId_fkey` FOREIGN KEY (`inviterId`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `posts` (
    `id` bigint NOT NULL AUTO_INCREMENT,
    `author_id` varchar(36) NOT NULL,
    `organization_id` varchar(36),
    `title` text NOT NULL,
    CONSTRAINT `posts_pkey` PRIMARY KEY (`id`),
    CONSTRAINT `posts_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
    CONSTRAINT `posts_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX `user_phone_idx` ON `user` (`phone`);

CREATE INDEX `session_userId_idx` ON `session` (`userId`);

CREATE INDEX `account_userId_idx` ON `account` (`userId`);

CREATE INDEX `verification_identifier_idx` ON `verification` (`identifier`);

CREATE INDEX `twoFactor_secret_idx` ON `twoFactor` (`secret`);

CREATE INDEX `twoFactor_userId_idx` ON `twoFactor` (`userId`);

CREATE INDEX `member_organizationId_idx` ON `member` (`organizationId`);

CREATE INDEX `member_userId_idx` ON `member` (`userId`);

CREATE INDEX `invitation_organizationId_idx` ON `invitation` (`organizationId`);

CREATE INDEX `invitation_email_idx` ON `invitation` (`email`);
