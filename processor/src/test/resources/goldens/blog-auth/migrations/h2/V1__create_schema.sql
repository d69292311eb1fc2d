-- Strata migration V1 (H2): create schema
-- Generated from com.example.blog.BlogSchema by the Strata annotation processor. Review it and commit it; do not edit it.

CREATE TABLE "user" (
    "id" character varying NOT NULL,
    "name" character varying NOT NULL,
    "email" character varying NOT NULL,
    "emailVerified" boolean NOT NULL,
    "image" character varying,
    "createdAt" timestamp(6) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(6) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "username" character varying,
    "displayUsername" character varying,
    "twoFactorEnabled" boolean,
    "role" character varying,
    "banned" boolean,
    "banReason" character varying,
    "banExpires" timestamp(6) with time zone,
    "phone" character varying,
    "plan" character varying DEFAULT 'FREE' NOT NULL,
    "locale" character varying,
    "tags" json,
    "luckyNumbers" json DEFAULT JSON '[]' NOT NULL,
    "preferences" json,
    "loginCount" bigint DEFAULT 0 NOT NULL,
    CONSTRAINT "user_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "user_email_key" UNIQUE ("email"),
    CONSTRAINT "user_username_key" UNIQUE ("username")
);

CREATE TABLE "session" (
    "id" character varying NOT NULL,
    "expiresAt" timestamp(6) with time zone NOT NULL,
    "token" character varying NOT NULL,
    "createdAt" timestamp(6) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(6) with time zone NOT NULL,
    "ipAddress" character varying,
    "userAgent" character varying,
    "userId" character varying NOT NULL,
    "activeOrganizationId" character varying,
    "impersonatedBy" character varying,
    "deviceName" character varying,
    CONSTRAINT "session_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "session_token_key" UNIQUE ("token"),
    CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE
);

CREATE TABLE "account" (
    "id" character varying NOT NULL,
    "accountId" character varying NOT NULL,
    "providerId" character varying NOT NULL,
    "userId" character varying NOT NULL,
    "accessToken" character varying,
    "refreshToken" character varying,
    "idToken" character varying,
    "accessTokenExpiresAt" timestamp(6) with time zone,
    "refreshTokenExpiresAt" timestamp(6) with time zone,
    "scope" character varying,
    "password" character varying,
    "createdAt" timestamp(6) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(6) with time zone NOT NULL,
    CONSTRAINT "account_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE
);

CREATE TABLE "verification" (
    "id" character varying NOT NULL,
    "identifier" character varying NOT NULL,
    "value" character varying NOT NULL,
    "expiresAt" timestamp(6) with time zone NOT NULL,
    "createdAt" timestamp(6) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(6) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "twoFactor" (
    "id" character varying NOT NULL,
    "secret" character varying NOT NULL,
    "backupCodes" character varying NOT NULL,
    "userId" character varying NOT NULL,
    "verified" boolean,
    "failedVerificationCount" integer,
    "lockedUntil" timestamp(6) with time zone,
    CONSTRAINT "twoFactor_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "twoFactor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE
);

CREATE TABLE "organization" (
    "id" character varying NOT NULL,
    "name" character varying NOT NULL,
    "slug" character varying NOT NULL,
    "logo" character varying,
    "createdAt" timestamp(6) with time zone NOT NULL,
    "metadata" character varying,
    CONSTRAINT "organization_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "organization_slug_key" UNIQUE ("slug")
);

CREATE TABLE "member" (
    "id" character varying NOT NULL,
    "organizationId" character varying NOT NULL,
    "userId" character varying NOT NULL,
    "role" character varying NOT NULL,
    "createdAt" timestamp(6) with time zone NOT NULL,
    CONSTRAINT "member_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "member_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "member_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE
);

CREATE TABLE "invitation" (
    "id" character varying NOT NULL,
    "organizationId" character varying NOT NULL,
    "email" character varying NOT NULL,
    "role" character varying,
    "status" character varying NOT NULL,
    "expiresAt" timestamp(6) with time zone NOT NULL,
    "createdAt" timestamp(6) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "inviterId" character varying NOT NULL,
    CONSTRAINT "invitation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "invitation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "invitation_inviterId_fkey" FOREIGN KEY ("inviterId") REFERENCES "user" ("id") ON DELETE CASCADE
);

CREATE TABLE "posts" (
    "id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
    "author_id" character varying NOT NULL,
    "organization_id" character varying,
    "title" character varying NOT NULL,
    CONSTRAINT "posts_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "posts_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization" ("id") ON DELETE SET NULL
);

CREATE INDEX "user_phone_idx" ON "user" ("phone");

CREATE INDEX "session_userId_idx" ON "session" ("userId");

CREATE INDEX "account_userId_idx" ON "account" ("userId");

CREATE INDEX "verification_identifier_idx" ON "verification" ("identifier");

CREATE INDEX "twoFactor_secret_idx" ON "twoFactor" ("secret");

CREATE INDEX "twoFactor_userId_idx" ON "twoFactor" ("userId");

CREATE INDEX "member_organizationId_idx" ON "member" ("organizationId");

CREATE INDEX "member_userId_idx" ON "member" ("userId");

CREATE INDEX "invitation_organizationId_idx" ON "invitation" ("organizationId");

CREATE INDEX "invitation_email_idx" ON "invitation" ("email");
