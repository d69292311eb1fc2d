import { relations } from "drizzle-orm";
import {
  mysqlTable,
  varchar,
  text,
  bigint,
  timestamp,
  boolean,
  int,
  mysqlEnum,
  json,
  index,
} from "drizzle-orm/mysql-core";

export const users = mysqlTable(
  "users",
  {
    id: varchar("id", { length: 36 }).primaryKey(),
    name: varchar("name", { length: 255 }).notNull(),
    email: varchar("email", { length: 255 }).notNull().unique(),
    email_verified: boolean("email_verified").default(false).notNull(),
    image: text("image"),
    created_at: timestamp("created_at", { fsp: 3 }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { fsp: 3 })
      .defaultNow()
      .$onUpdate(() => /* @__PURE__ */ new Date())
      .notNull(),
    plan: varchar("plan", { length: 255 }).default("free").notNull(),
    nickname: varchar("nickname", { length: 255 }),
    external_ref: varchar("external_ref", { length: 255 }).unique(),
    tenantKey: varchar("tenant_key", { length: 255 })
      .default("t0")
      .notNull()
      .unique(),
    loginCount: int("login_count").default(0).notNull(),
    score: bigint("score", { mode: "number" }),
    marketingOptIn: boolean("marketing_opt_in").default(false).notNull(),
    joined_at: timestamp("joined_at", { fsp: 3 }).defaultNow().notNull(),
    profileUpdatedAt: timestamp("profile_updated_at", { fsp: 3 }).$onUpdate(
      () => new Date(),
    ),
    preferences: json("preferences", { mode: "json" }),
    tags: text("tags", { mode: "json" }),
    luckyNumbers: text("lucky_numbers", { mode: "json" }),
    tier: mysqlEnum("tier", ["free", "pro", "enterprise"]),
    managerId: varchar("manager_id", { length: 36 }).references(
      () => users.id,
      { onDelete: "set null" },
    ),
  },
  (table) => [
    index("users_nickname_idx").on(table.nickname),
    index("users_managerId_idx").on(table.managerId),
  ],
);

export const sessions = mysqlTable(
  "sessions",
  {
    id: varchar("id", { length: 36 }).primaryKey(),
    expiresAt: timestamp("expires_at", { fsp: 3 }).notNull(),
    token: varchar("token", { length: 255 }).notNull().unique(),
    createdAt: timestamp("created_at", { fsp: 3 }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { fsp: 3 })
      .$onUpdate(() => /* @__PURE__ */ new Date())
      .notNull(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    user_id: varchar("user_id", { length: 36 })
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    deviceName: text("device_name"),
  },
  (table) => [index("sessions_user_id_idx").on(table.user_id)],
);

export const account = mysqlTable(
  "account",
  {
    id: varchar("id", { length: 36 }).primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: varchar("user_id", { length: 36 })
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { fsp: 3 }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { fsp: 3 }),
    scope: text("scope"),
    password: text("password"),
    createdAt: timestamp("created_at", { fsp: 3 }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { fsp: 3 })
      .$onUpdate(() => /* @__PURE__ */ new Date())
      .notNull(),
    providerLabel: varchar("provider_label", { length: 255 }),
  },
  (table) => [index("account_userId_idx").on(table.userId)],
);

export const verification = mysqlTable(
  "verification",
  {
    id: varchar("id", { length: 36 }).primaryKey(),
    identifier: varchar("identifier", { length: 255 }).notNull(),
    value: text("value").notNull(),
    expiresAt: timestamp("expires_at", { fsp: 3 }).notNull(),
    createdAt: timestamp("created_at", { fsp: 3 }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { fsp: 3 })
      .defaultNow()
      .$onUpdate(() => /* @__PURE__ */ new Date())
      .notNull(),
    attempts: int("attempts").default(0).notNull(),
  },
  (table) => [index("verification_identifier_idx").on(table.identifier)],
);

export const usersRelations = relations(users, ({ one, many }) => ({
  users: one(users, {
    fields: [users.managerId],
    references: [users.id],
  }),
  sessionss: many(sessions),
  accounts: many(account),
}));

export const sessionsRelations = relations(sessions, ({ one }) => ({
  users: one(users, {
    fields: [sessions.user_id],
    references: [users.id],
  }),
}));

export const accountRelations = relations(account, ({ one }) => ({
  users: one(users, {
    fields: [account.userId],
    references: [users.id],
  }),
}));
