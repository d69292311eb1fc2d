// Named matrix of Better Auth option sets used as a compatibility oracle.
//
// Every entry is a factory: it returns a fresh options object (fresh plugin
// instances) on each call, because Better Auth may keep state in plugin objects.
// The options never contain `database`: dump-fixtures.mjs and e2e.mjs add it.
//
// Each Strata test fixture under processor/src/test/resources/better-auth/<name>/
// is generated from the entry with the same name. Keep the Java-side
// annotation of a fixture in step with the entry here.

import { twoFactor } from "better-auth/plugins/two-factor";
import { username } from "better-auth/plugins/username";
import { admin } from "better-auth/plugins/admin";
import { organization } from "better-auth/plugins/organization";
import { jwt } from "better-auth/plugins/jwt";
import { anonymous } from "better-auth/plugins/anonymous";
import { phoneNumber } from "better-auth/plugins/phone-number";
import { siwe } from "better-auth/plugins/siwe";
import { deviceAuthorization } from "better-auth/plugins/device-authorization";
import { magicLink } from "better-auth/plugins/magic-link";
import { emailOTP } from "better-auth/plugins/email-otp";
import { multiSession } from "better-auth/plugins/multi-session";
import { oneTimeToken } from "better-auth/plugins/one-time-token";
import { bearer } from "better-auth/plugins/bearer";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import { apiKey } from "@better-auth/api-key";
import { passkey } from "@better-auth/passkey";
import { sso } from "@better-auth/sso";
import { oauthProvider } from "@better-auth/oauth-provider";
import { stripe } from "@better-auth/stripe";
import Stripe from "stripe";

/** Fixed secret: no randomness anywhere in the oracle runs. */
export const SECRET = "strata-better-auth-compat-secret-0123456789abcdef";

const noop = async () => {};

/** In-memory `secondaryStorage` stub (get/set/delete). Never persisted. */
export function memorySecondaryStorage() {
  const values = new Map();
  return {
    async get(key) {
      return values.has(key) ? values.get(key) : null;
    },
    async set(key, value) {
      values.set(key, value);
    },
    async delete(key) {
      values.delete(key);
    },
  };
}

/** A Stripe client object; constructing it makes no network call. */
function stripeClient() {
  return new Stripe("sk_test_strata_placeholder");
}

const base = () => ({
  secret: SECRET,
  baseURL: "http://127.0.0.1:3000",
  emailAndPassword: { enabled: true },
});

/**
 * Plugins that declare no database schema. `plugins-more` includes them and
 * dump-fixtures.mjs checks that removing them leaves getAuthTables unchanged.
 */
export const SCHEMA_LESS_PLUGIN_IDS = [
  "magic-link",
  "email-otp",
  "multi-session",
  "one-time-token",
  "bearer",
  "generic-oauth",
];

export const configs = {
  core: () => ({
    ...base(),
  }),

  "core-plugins": () => ({
    ...base(),
    plugins: [
      twoFactor(),
      username(),
      admin(),
      organization({ teams: { enabled: true } }),
      jwt(),
      anonymous(),
      phoneNumber({ sendOTP: noop }),
    ],
  }),

  "organization-full": () => ({
    ...base(),
    plugins: [
      organization({
        teams: { enabled: true },
        dynamicAccessControl: { enabled: true },
      }),
    ],
  }),

  "ids-uuid": () => ({
    ...base(),
    advanced: { database: { generateId: "uuid" } },
    plugins: [username(), organization()],
  }),

  "ids-serial": () => ({
    ...base(),
    advanced: { database: { generateId: "serial" } },
    plugins: [twoFactor(), organization()],
  }),

  "renames-additional": () => ({
    ...base(),
    user: {
      modelName: "users",
      fields: { emailVerified: "email_verified", createdAt: "created_at" },
      additionalFields: {
        // string: required, static string default, sortable
        plan: { type: "string", required: true, defaultValue: "free", sortable: true },
        // string: optional, non-unique index
        nickname: { type: "string", required: false, index: true },
        // string: optional, unique, physical name through fieldName
        externalRef: { type: "string", required: false, unique: true, fieldName: "external_ref" },
        // string: required, unique AND index (unique wins)
        tenantKey: { type: "string", required: true, unique: true, index: true, defaultValue: "t0" },
        // number: required, static number default
        loginCount: { type: "number", required: true, defaultValue: 0 },
        // number: optional, bigint
        score: { type: "number", required: false, bigint: true },
        // boolean: required, static boolean default, not accepted as input
        marketingOptIn: { type: "boolean", required: true, defaultValue: false, input: false },
        // date: required, function default, fieldName
        joinedAt: { type: "date", required: true, defaultValue: () => new Date(), fieldName: "joined_at" },
        // date: optional, onUpdate function only, never returned
        profileUpdatedAt: { type: "date", required: false, onUpdate: () => new Date(), returned: false },
        // json
        preferences: { type: "json", required: false },
        // string[] / number[]
        tags: { type: "string[]", required: false },
        luckyNumbers: { type: "number[]", required: false },
        // string enum (string-literal array type)
        tier: { type: ["free", "pro", "enterprise"], required: false },
        // self reference, ON DELETE SET NULL, indexed
        managerId: {
          type: "string",
          required: false,
          references: { model: "user", field: "id", onDelete: "set null" },
          index: true,
        },
      },
    },
    session: {
      modelName: "sessions",
      fields: { userId: "user_id" },
      additionalFields: {
        deviceName: { type: "string", required: false },
      },
    },
    account: {
      additionalFields: {
        providerLabel: { type: "string", required: false, sortable: true },
      },
    },
    verification: {
      additionalFields: {
        attempts: { type: "number", required: true, defaultValue: 0 },
      },
    },
  }),

  "secondary-ratelimit": () => ({
    ...base(),
    secondaryStorage: memorySecondaryStorage(),
    session: { storeSessionInDatabase: true },
    rateLimit: { enabled: true, storage: "database" },
  }),

  // Companion of secondary-ratelimit: the other secondaryStorage switch
  // (verification kept, session dropped) and a renamed rateLimit table.
  "ratelimit-renamed": () => ({
    ...base(),
    secondaryStorage: memorySecondaryStorage(),
    verification: { storeInDatabase: true },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "rate_limit",
      fields: { lastRequest: "last_request" },
    },
  }),

  "plugins-more": () => ({
    ...base(),
    plugins: [
      apiKey(),
      passkey(),
      sso({ domainVerification: { enabled: true } }),
      siwe({
        domain: "example.com",
        getNonce: async () => "strata-nonce",
        verifyMessage: async () => false,
      }),
      deviceAuthorization(),
      jwt(),
      oauthProvider({ loginPage: "/login", consentPage: "/consent" }),
      stripe({
        stripeClient: stripeClient(),
        stripeWebhookSecret: "whsec_strata_placeholder",
        subscription: {
          enabled: true,
          plans: [{ name: "basic", priceId: "price_strata_basic" }],
        },
      }),
      // schema-less plugins (see SCHEMA_LESS_PLUGIN_IDS)
      magicLink({ sendMagicLink: noop }),
      emailOTP({ sendVerificationOTP: noop }),
      multiSession(),
      oneTimeToken(),
      bearer(),
      genericOAuth({
        config: [
          {
            providerId: "strata-example",
            clientId: "client-id",
            clientSecret: "client-secret",
            authorizationUrl: "https://idp.example.com/authorize",
            tokenUrl: "https://idp.example.com/token",
          },
        ],
      }),
    ],
  }),

  "plugin-schema-renames": () => ({
    ...base(),
    plugins: [
      twoFactor({
        schema: {
          twoFactor: { modelName: "two_factor", fields: { userId: "user_id" } },
          user: { fields: { twoFactorEnabled: "two_factor_enabled" } },
        },
      }),
      organization({
        schema: {
          organization: { modelName: "orgs" },
          member: { fields: { organizationId: "org_id" } },
        },
      }),
      username({ displayUsername: false }),
    ],
  }),

  "stripe-org": () => ({
    ...base(),
    plugins: [
      organization(),
      stripe({
        stripeClient: stripeClient(),
        stripeWebhookSecret: "whsec_strata_placeholder",
        subscription: {
          enabled: true,
          plans: [{ name: "team", priceId: "price_strata_team" }],
        },
        organization: { enabled: true },
      }),
    ],
  }),

  // The end-to-end oracle configuration (e2e.mjs). Default naming, default
  // text ids, runtime schema validation on.
  e2e: () => ({
    ...base(),
    advanced: { database: { validateSchema: true } },
    plugins: [username(), twoFactor(), organization(), admin()],
  }),
};

/**
 * Variants for the Drizzle generator only: `<config>` rendered with the
 * Drizzle adapter's `usePlural: true`.
 */
export const drizzlePluralConfigs = ["core-plugins"];

export const configNames = Object.keys(configs);

export function getConfig(name) {
  const factory = configs[name];
  if (!factory) {
    throw new Error(`Unknown config "${name}". Known: ${configNames.join(", ")}`);
  }
  return factory();
}
