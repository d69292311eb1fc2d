-- Strata migration V2 (PostgreSQL): create user and more
-- Generated from dev.strata.sample.BlogSchema by the Strata annotation processor. Review it and commit it; do not edit it.
-- strata:no-transaction
-- Runs outside a transaction: it builds indexes without blocking writes to live tables.

SET lock_timeout = '5s';

CREATE TABLE "user" (
    "id" text NOT NULL,
    "name" text NOT NULL,
    "email" text NOT NULL,
    "emailVerified" boolean NOT NULL,
    "image" text,
    "createdAt" timestamptz DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamptz DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "username" text,
    "displayUsername" text,
    "twoFactorEnabled" boolean,
    "role" text,
    "banned" boolean,
    "banReason" text,
    "banExpires" timestamptz,
    "locale" text,
    "newsletter" boolean DEFAULT FALSE NOT NULL,
    CONSTRAINT "user_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "user_email_key" UNIQUE ("email"),
    CONSTRAINT "user_username_key" UNIQUE ("username")
);

CREATE TABLE "session" (
    "id" text NOT NULL,
    "expiresAt" timestamptz NOT NULL,
    "token" text NOT NULL,
    "createdAt" timestamptz DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    "ipAddress" text,
    "userAgent" text,
    "userId" text NOT NULL,
    "activeOrganizationId" text,
    "impersonatedBy" text,
    CONSTRAINT "session_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "session_token_key" UNIQUE ("token"),
    CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE
);

CREATE TABLE "account" (
    "id" text NOT NULL,
    "accountId" text NOT NULL,
    "providerId" text NOT NULL,
    "userId" text NOT NULL,
    "accessToken" text,
    "refreshToken" text,
    "idToken" text,
    "accessTokenExpiresAt" timestamptz,
    "refreshTokenExpiresAt" timestamptz,
    "scope" text,
    "password" text,
    "createdAt" timestamptz DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamptz NOT NULL,
    CONSTRAINT "account_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE
);

CREATE TABLE "verification" (
    "id" text NOT NULL,
    "identifier" text NOT NULL,
    "value" text NOT NULL,
    "expiresAt" timestamptz NOT NULL,
    "createdAt" timestamptz DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamptz DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "twoFactor" (
    "id" text NOT NULL,
    "secret" text NOT NULL,
    "backupCodes" text NOT NULL,
    "userId" text NOT NULL,
    "verified" boolean,
    "failedVerificationCount" integer,
    "lockedUntil" timestamptz,
    CONSTRAINT "twoFactor_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "twoFactor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE
);

CREATE TABLE "organization" (
    "id" text NOT NULL,
    "name" text NOT NULL,
    "slug" text NOT NULL,
    "logo" text,
    "createdAt" timestamptz NOT NULL,
    "metadata" text,
    CONSTRAINT "organization_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "organization_slug_key" UNIQUE ("slug")
);

CREATE TABLE "member" (
    "id" text NOT NULL,
    "organizationId" text NOT NULL,
    "userId" text NOT NULL,
    "role" text NOT NULL,
    "createdAt" timestamptz NOT NULL,
    CONSTRAINT "member_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "member_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "member_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE
);

CREATE TABLE "invitation" (
    "id" text NOT NULL,
    "organizationId" text NOT NULL,
    "email" text NOT NULL,
    "role" text,
    "status" text NOT NULL,
    "expiresAt" timestamptz NOT NULL,
    "createdAt" timestamptz DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "inviterId" text NOT NULL,
    CONSTRAINT "invitation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "invitation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "invitation_inviterId_fkey" FOREIGN KEY ("inviterId") REFERENCES "user" ("id") ON DELETE CASCADE
);

ALTER TABLE "authors" ADD COLUMN "user_id" text;

CREATE UNIQUE INDEX CONCURRENTLY "authors_user_id_key" ON "authors" ("user_id");

ALTER TABLE "authors" ADD CONSTRAINT "authors_user_id_key" UNIQUE USING INDEX "authors_user_id_key";

CREATE INDEX "session_userId_idx" ON "session" ("userId");

CREATE INDEX "account_userId_idx" ON "account" ("userId");

CREATE INDEX "verification_identifier_idx" ON "verification" ("identifier");

CREATE INDEX "twoFactor_secret_idx" ON "twoFactor" ("secret");

CREATE INDEX "twoFactor_userId_idx" ON "twoFactor" ("userId");

CREATE INDEX "member_organizationId_idx" ON "member" ("organizationId");

CREATE INDEX "member_userId_idx" ON "member" ("userId");

CREATE INDEX "invitation_organizationId_idx" ON "invitation" ("organizationId");

CREATE INDEX "invitation_email_idx" ON "invitation" ("email");

ALTER TABLE "authors" ADD CONSTRAINT "authors_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL NOT VALID;

ALTER TABLE "authors" VALIDATE CONSTRAINT "authors_user_id_fkey";

RESET lock_timeout;
