#!/usr/bin/env node
// Writes the Better Auth oracle fixtures for Strata's annotation processor.
//
//   node dump-fixtures.mjs [--out DIR] [--only NAME[,NAME...]] [--skip-drizzle]
//
// For every config in configs.mjs, into DIR/<config>/ (default
// ../../processor/src/test/resources/better-auth):
//   tables.json            getAuthTables(options), Better Auth's order kept;
//                          functions as {"fn": true}; undefined values left out
//   plugins.json           each plugin's id and the schema keys it declares
//   kysely.<dialect>.sql   getMigrations(options).compileMigrations() against an
//                          empty database (postgres, mysql, sqlite, mssql), one
//                          statement per line, each ending with ";"
//   drizzle.<dialect>.sql  Better Auth's Drizzle generator (npm package `auth`,
//                          the code behind `auth generate --adapter drizzle
//                          --dialect postgresql|mysql|sqlite`) turned into SQL
//                          by drizzle-kit, byte for byte what `drizzle-kit
//                          generate` writes into its first migration file
//                          (postgres, mysql, sqlite)
//   drizzle.<dialect>.schema.ts  the generated Drizzle schema itself
//   drizzle-plural.*       the same with the Drizzle adapter's usePlural: true,
//                          for the configs listed in drizzlePluralConfigs
// and DIR/VERSIONS (package versions, node, and the date: the only line that
// changes between two runs on the same lockfile).

import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";

import { getAuthTables } from "better-auth/db";
import { getMigrations } from "better-auth/db/migration";

import { configNames, drizzlePluralConfigs, getConfig, SCHEMA_LESS_PLUGIN_IDS } from "./configs.mjs";
import { createEmptyDatabase } from "./lib/empty-database.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const KYSELY_DIALECTS = ["postgres", "mysql", "sqlite", "mssql"];
// fixture dialect name -> Drizzle provider (what `--dialect` maps to in the CLI)
const DRIZZLE_DIALECTS = { postgres: "pg", mysql: "mysql", sqlite: "sqlite" };
// drizzle-kit migration files separate statements with this marker
const DRIZZLE_BREAKPOINT = "--> statement-breakpoint\n";

function parseArgs(argv) {
  const args = {
    out: path.resolve(here, "../../processor/src/test/resources/better-auth"),
    only: null,
    drizzle: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--out") args.out = path.resolve(argv[++i]);
    else if (a === "--only") args.only = argv[++i].split(",");
    else if (a === "--skip-drizzle") args.drizzle = false;
    else if (a === "--help" || a === "-h") {
      console.log("usage: node dump-fixtures.mjs [--out DIR] [--only NAME[,NAME...]] [--skip-drizzle]");
      process.exit(0);
    } else throw new Error(`Unknown argument: ${a}`);
  }
  return args;
}

// ---------------------------------------------------------------- tables.json

/** Plain JSON view of Better Auth's schema objects, key order preserved. */
function toJson(value, where) {
  if (value === undefined) return undefined;
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Non-finite number at ${where}`);
    return value;
  }
  if (typeof value === "function") return { fn: true };
  if (Array.isArray(value)) return value.map((v, i) => toJson(v, `${where}[${i}]`) ?? null);
  if (value instanceof Date) return { date: value.toISOString() };
  if (typeof value === "object") {
    if ("~standard" in value) return { standardSchema: true };
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new Error(`Unexpected non-plain object at ${where}`);
    }
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const j = toJson(v, `${where}.${k}`);
      if (j !== undefined) out[k] = j;
    }
    return out;
  }
  throw new Error(`Cannot render ${typeof value} at ${where}`);
}

function prettyJson(value) {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function pluginsSummary(options) {
  return (options.plugins ?? []).map((plugin) => ({
    id: plugin.id,
    version: plugin.version ?? null,
    schema: Object.fromEntries(
      Object.entries(plugin.schema ?? {}).map(([key, table]) => [
        key,
        {
          ...(table.modelName ? { modelName: table.modelName } : {}),
          fields: Object.keys(table.fields ?? {}),
          ...(table.indexes?.length ? { indexes: toJson(table.indexes, `${plugin.id}.${key}.indexes`) } : {}),
          ...(table.disableMigration ? { disableMigration: true } : {}),
        },
      ]),
    ),
  }));
}

/** Schema-less plugins must leave getAuthTables untouched. */
function checkSchemaLessPlugins(name, options) {
  const present = (options.plugins ?? []).filter((p) => SCHEMA_LESS_PLUGIN_IDS.includes(p.id));
  if (present.length === 0) return;
  for (const p of present) {
    if (p.schema && Object.keys(p.schema).length > 0) {
      throw new Error(`${name}: plugin ${p.id} declares a schema: ${Object.keys(p.schema).join(", ")}`);
    }
  }
  const without = { ...options, plugins: options.plugins.filter((p) => !present.includes(p)) };
  const a = toJson(getAuthTables(options), "with");
  const b = toJson(getAuthTables(without), "without");
  if (!isDeepStrictEqual(a, b)) throw new Error(`${name}: schema-less plugins changed getAuthTables`);
  console.log(`  ${name}: no schema from ${present.map((p) => p.id).join(", ")} (checked)`);
}

// ------------------------------------------------------------------- Kysely

function collectingLogger(sink) {
  return {
    level: "debug",
    log: (level, message, ...args) => {
      if (level === "warn" || level === "error") {
        sink.push(`${level}: ${message}${args.length ? ` ${args.map(String).join(" ")}` : ""}`);
      }
    },
  };
}

async function kyselySql(name, dialect) {
  const { db, queries } = createEmptyDatabase(dialect);
  const logs = [];
  const options = {
    ...getConfig(name),
    database: { db, type: dialect },
    logger: collectingLogger(logs),
  };
  const plan = await getMigrations(options);
  if (plan.schemaProblems.length || plan.unsafeChanges.length || plan.toBeAdded.length) {
    throw new Error(`${name}/${dialect}: unexpected plan on an empty database`);
  }
  const compiled = await plan.compileMigrations();
  const statements = compiled.split(";\n\n").map((s) => s.replace(/;$/, ""));
  for (const s of statements) {
    if (!s || s.includes("\n")) throw new Error(`${name}/${dialect}: unexpected statement text: ${JSON.stringify(s)}`);
  }
  for (const l of logs) console.warn(`  [better-auth ${name}/${dialect}] ${l}`);
  await db.destroy();
  return {
    sql: statements.map((s) => `${s};\n`).join(""),
    tables: plan.toBeCreated.map((t) => t.table),
    queries,
  };
}

// ------------------------------------------------------------------ Drizzle

let drizzleTools;

async function loadDrizzleTools() {
  if (drizzleTools) return drizzleTools;
  // The `auth` CLI package uses chevrotain (through @mrleebo/prisma-ast), which
  // calls Object.groupBy (Node >= 21). Node 20 needs this polyfill.
  if (typeof Object.groupBy !== "function") {
    Object.defineProperty(Object, "groupBy", {
      configurable: true,
      writable: true,
      value(items, keyOf) {
        const groups = Object.create(null);
        let index = 0;
        for (const item of items) {
          const key = keyOf(item, index++);
          (groups[key] ??= []).push(item);
        }
        return groups;
      },
    });
  }
  const { generateDrizzleSchema } = await import("auth/api");
  const { drizzleAdapter } = await import("better-auth/adapters/drizzle");
  const kit = require("drizzle-kit/api");
  drizzleTools = { generateDrizzleSchema, drizzleAdapter, kit };
  return drizzleTools;
}

/** The adapter `auth generate --adapter drizzle --dialect X` builds. */
function cliMockDrizzleAdapter(provider) {
  return { id: "drizzle", options: { adapterConfig: { adapterId: "drizzle" }, provider } };
}

async function drizzleSchemaCode(name, dialect, { plural }) {
  const { generateDrizzleSchema, drizzleAdapter } = await loadDrizzleTools();
  const options = getConfig(name);
  const provider = DRIZZLE_DIALECTS[dialect];
  let adapter;
  if (plural) {
    // A configured adapter, as `auth generate` (no --adapter flag) reads it
    // from the auth config: drizzleAdapter(db, { provider, usePlural: true }).
    adapter = drizzleAdapter({}, { provider, usePlural: true })({ ...options, logger: { disabled: true } });
  } else {
    adapter = cliMockDrizzleAdapter(provider);
  }
  const result = await generateDrizzleSchema({
    options,
    adapter,
    file: path.join(here, "node_modules/.cache/strata-drizzle/__never_written__.ts"),
  });
  return result.code;
}

async function drizzleSql(code, dialect, cacheName) {
  const { kit } = await loadDrizzleTools();
  const dir = path.join(here, "node_modules/.cache/strata-drizzle");
  await mkdir(dir, { recursive: true });
  // The generated schema is plain JavaScript apart from its file name.
  const file = path.join(dir, `${cacheName}.mjs`);
  await writeFile(file, code);
  const schema = await import(`${pathToFileURL(file).href}?v=${Date.now()}`);
  let statements;
  if (dialect === "postgres") {
    statements = await kit.generateMigration(await kit.generateDrizzleJson({}), await kit.generateDrizzleJson(schema));
  } else if (dialect === "mysql") {
    statements = await kit.generateMySQLMigration(
      await kit.generateMySQLDrizzleJson({}),
      await kit.generateMySQLDrizzleJson(schema),
    );
  } else if (dialect === "sqlite") {
    statements = await kit.generateSQLiteMigration(
      await kit.generateSQLiteDrizzleJson({}),
      await kit.generateSQLiteDrizzleJson(schema),
    );
  } else {
    throw new Error(`No Drizzle dialect ${dialect}`);
  }
  return statements.join(DRIZZLE_BREAKPOINT);
}

// ----------------------------------------------------------------- VERSIONS

async function packageVersion(name) {
  const file = path.join(here, "node_modules", name, "package.json");
  return JSON.parse(await readFile(file, "utf8")).version;
}

async function versionsText({ drizzle }) {
  const packages = [
    "better-auth",
    "@better-auth/core",
    "@better-auth/kysely-adapter",
    "@better-auth/drizzle-adapter",
    "@better-auth/api-key",
    "@better-auth/passkey",
    "@better-auth/sso",
    "@better-auth/oauth-provider",
    "@better-auth/stripe",
    "stripe",
    "kysely",
    "pg",
  ];
  if (drizzle) packages.push("auth", "drizzle-kit", "drizzle-orm", "prettier");
  const lines = [];
  for (const p of packages) lines.push(`${p} ${await packageVersion(p)}`);
  lines.push(`node ${process.version}`);
  lines.push(`date ${new Date().toISOString().slice(0, 10)}`);
  return `${lines.join("\n")}\n`;
}

// --------------------------------------------------------------------- main

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const names = args.only ?? configNames;
  for (const n of names) getConfig(n); // fail fast on unknown names

  if (args.drizzle && !existsSync(path.join(here, "node_modules/auth"))) {
    throw new Error("Drizzle tools are not installed (dev dependencies). Run `npm ci`, or pass --skip-drizzle.");
  }

  await mkdir(args.out, { recursive: true });
  if (!args.only) {
    // Remove fixture folders of configs that no longer exist.
    for (const entry of await readdir(args.out, { withFileTypes: true })) {
      if (entry.isDirectory() && !configNames.includes(entry.name) && existsSync(path.join(args.out, entry.name, "tables.json"))) {
        await rm(path.join(args.out, entry.name), { recursive: true });
        console.log(`removed stale fixture folder ${entry.name}`);
      }
    }
  }

  for (const name of names) {
    const dir = path.join(args.out, name);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const options = getConfig(name);
    checkSchemaLessPlugins(name, options);

    const tables = toJson(getAuthTables(options), name);
    await writeFile(path.join(dir, "tables.json"), prettyJson(tables));
    await writeFile(path.join(dir, "plugins.json"), prettyJson(pluginsSummary(options)));

    const created = {};
    for (const dialect of KYSELY_DIALECTS) {
      const { sql, tables: createdTables } = await kyselySql(name, dialect);
      created[dialect] = createdTables;
      await writeFile(path.join(dir, `kysely.${dialect}.sql`), sql);
    }
    console.log(`${name}: ${created.postgres.join(", ")}`);

    if (args.drizzle) {
      const variants = [{ prefix: "drizzle", plural: false }];
      if (drizzlePluralConfigs.includes(name)) variants.push({ prefix: "drizzle-plural", plural: true });
      for (const { prefix, plural } of variants) {
        for (const dialect of Object.keys(DRIZZLE_DIALECTS)) {
          const code = await drizzleSchemaCode(name, dialect, { plural });
          await writeFile(path.join(dir, `${prefix}.${dialect}.schema.ts`), code);
          const sql = await drizzleSql(code, dialect, `${name}.${prefix}.${dialect}`);
          await writeFile(path.join(dir, `${prefix}.${dialect}.sql`), sql);
        }
      }
    }
  }

  await writeFile(path.join(args.out, "VERSIONS"), await versionsText({ drizzle: args.drizzle }));
  console.log(`fixtures written to ${args.out}`);
}

main().catch((error) => {
  console.error(error?.stack ?? String(error));
  process.exit(1);
});
