// A Kysely database that is empty and has no server behind it.
//
// It is Kysely's DummyDriver (every query returns no rows) with two answers
// added for PostgreSQL, so that Better Auth's migration planner sees an
// existing but empty `public` schema instead of warning that it is missing:
//   SELECT pg_catalog.current_schema()       -> public
//   SELECT nspname FROM pg_catalog.pg_namespace -> public
// Everything else (table, column and index introspection) returns no rows, so
// getMigrations() plans the full CREATE path. Nothing is ever executed.

import {
  DummyDriver,
  Kysely,
  MssqlAdapter,
  MssqlIntrospector,
  MssqlQueryCompiler,
  MysqlAdapter,
  MysqlIntrospector,
  MysqlQueryCompiler,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from "kysely";

export const DIALECTS = ["postgres", "mysql", "sqlite", "mssql"];

const dialectParts = {
  postgres: [PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler],
  mysql: [MysqlAdapter, MysqlIntrospector, MysqlQueryCompiler],
  sqlite: [SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler],
  mssql: [MssqlAdapter, MssqlIntrospector, MssqlQueryCompiler],
};

class EmptyDatabaseConnection {
  constructor(type, log) {
    this.type = type;
    this.log = log;
  }

  async executeQuery(compiledQuery) {
    const text = compiledQuery.sql;
    this.log.push(text);
    if (this.type === "postgres") {
      if (/pg_catalog\.current_schema\(\)/.test(text)) {
        return { rows: [{ schema: "public" }] };
      }
      if (/from "pg_catalog"\."pg_namespace"/i.test(text) && /"nspname"/.test(text)) {
        return { rows: [{ nspname: "public" }] };
      }
    }
    return { rows: [] };
  }

  async *streamQuery() {}
}

class EmptyDatabaseDriver extends DummyDriver {
  constructor(type, log) {
    super();
    this.type = type;
    this.log = log;
  }

  async acquireConnection() {
    return new EmptyDatabaseConnection(this.type, this.log);
  }
}

/**
 * Returns `{ db, queries }`: a Kysely instance for `type` over an empty
 * database, and the list of SQL texts it was asked to run (introspection).
 */
export function createEmptyDatabase(type) {
  const parts = dialectParts[type];
  if (!parts) throw new Error(`Unsupported dialect "${type}"`);
  const [Adapter, Introspector, QueryCompiler] = parts;
  const queries = [];
  const db = new Kysely({
    dialect: {
      createAdapter: () => new Adapter(),
      createDriver: () => new EmptyDatabaseDriver(type, queries),
      createIntrospector: (kysely) => new Introspector(kysely),
      createQueryCompiler: () => new QueryCompiler(),
    },
  });
  return { db, queries };
}
