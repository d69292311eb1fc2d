#!/usr/bin/env node
// End-to-end oracle run: does a real Better Auth server accept a database
// whose tables were created by someone else (Strata's own migrations)?
//
//   node e2e.mjs --database-url postgres://postgres@127.0.0.1:5432/<db>
//                [--config e2e] [--email E] [--password P] [--name N]
//                [--username U] [--timeout-ms 30000]
//
// It never creates, alters or drops anything itself. It starts Better Auth
// (options from configs.mjs, `database` = a pg Pool on --database-url) behind
// node:http on an ephemeral 127.0.0.1 port, then over HTTP:
//   POST /api/auth/sign-up/email   {email, password, name[, username]}
//   POST /api/auth/sign-in/email   {email, password}      -> session cookie
//   GET  /api/auth/get-session     Cookie: <from sign-in>
//
// stdout: exactly one JSON line.
//   success (exit 0):
//     {"userId","email","username","sessionToken","sessionId","sessionUserId","expiresAt"}
//     username is null when the config has no username plugin; expiresAt is an
//     ISO-8601 UTC string.
//   failure (exit 1), any stage, including Better Auth's SchemaMismatchError:
//     {"error":"<stage>: <message>"}
// Everything else (Better Auth's own log lines) goes to stderr.

import http from "node:http";
import { parseArgs } from "node:util";

const stdoutWrite = process.stdout.write.bind(process.stdout);
// Keep stdout for the single result line, whatever a library prints.
console.log = (...args) => console.error(...args);
console.info = (...args) => console.error(...args);
console.debug = (...args) => console.error(...args);

let finished = false;
function finish(code, payload) {
  if (finished) return;
  finished = true;
  process.exitCode = code;
  stdoutWrite(`${JSON.stringify(payload)}\n`, () => process.exit(code));
}

function fail(message) {
  finish(1, { error: String(message).replace(/\s*\n\s*/g, " | ") });
}

class StageError extends Error {
  constructor(stage, message) {
    super(`${stage}: ${message}`);
  }
}

// Error lines Better Auth logged, appended to an HTTP failure's message.
const loggedErrors = [];
// The stage in progress; names the stage of any error that escapes the
// request chain (safety net: the result line is still printed).
let stage = "startup";
process.on("unhandledRejection", (error) => fail(`${stage}: ${describeError(error)}`));
process.on("uncaughtException", (error) => fail(`${stage}: ${describeError(error)}`));

/** Better Auth logger: everything to stderr; errors also kept for the result. */
function stderrLogger() {
  return {
    level: "info",
    log(level, message, ...args) {
      const rest = args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === "string" ? a : JSON.stringify(a)));
      const line = [message, ...rest].join(" ");
      process.stderr.write(`[better-auth ${level}] ${line}\n`);
      if (level === "error") loggedErrors.push(line);
    },
  };
}

function describeError(error) {
  if (!error) return "unknown error";
  if (typeof error !== "object") return String(error);
  const ctor = error.constructor?.name;
  const name = ctor && ctor !== "Error" && ctor !== "Object" ? ctor : error.name && error.name !== "Error" ? error.name : "";
  const code = typeof error.code === "string" ? ` (${error.code})` : "";
  return `${name}${code}${name || code ? ": " : ""}${error.message ?? String(error)}`;
}

async function readJson(response, stage) {
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  if (!response.ok) {
    const detail = body?.message ?? body?.error ?? body?.code ?? text ?? "";
    const logged = loggedErrors.length ? ` [server log: ${loggedErrors.join(" || ")}]` : "";
    throw new StageError(stage, `HTTP ${response.status}${detail ? ` ${detail}` : ""}${logged}`);
  }
  return body;
}

function cookieHeaderFrom(response) {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        "database-url": { type: "string" },
        config: { type: "string", default: "e2e" },
        email: { type: "string", default: "strata-e2e@example.com" },
        password: { type: "string", default: "Strata-e2e-password-1" },
        name: { type: "string", default: "Strata E2E" },
        username: { type: "string", default: "strata_e2e" },
        "timeout-ms": { type: "string", default: "30000" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new StageError("arguments", e.message);
  }
  const databaseUrl = values["database-url"];
  if (!databaseUrl) throw new StageError("arguments", "--database-url is required");
  const timeoutMs = Number(values["timeout-ms"]);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new StageError("arguments", "--timeout-ms must be a positive number");
  setTimeout(() => fail(`timeout: no result after ${timeoutMs} ms`), timeoutMs).unref();

  const [{ betterAuth }, { toNodeHandler }, pg, { getConfig }] = await Promise.all([
    import("better-auth"),
    import("better-auth/node"),
    import("pg"),
    import("./configs.mjs"),
  ]);

  let options;
  try {
    options = getConfig(values.config);
  } catch (e) {
    throw new StageError("arguments", e.message);
  }
  const hasUsername = (options.plugins ?? []).some((p) => p.id === "username");

  const pool = new pg.default.Pool({ connectionString: databaseUrl, max: 4 });
  pool.on("error", (e) => process.stderr.write(`[pg pool] ${describeError(e)}\n`));

  let handler = null;
  const server = http.createServer((req, res) => {
    if (!handler) {
      res.statusCode = 503;
      res.end();
      return;
    }
    // toNodeHandler rejects when Better Auth throws outside its own error
    // handling (e.g. SchemaMismatchError from the schema check in onRequest).
    handler(req, res).catch((error) => {
      const message = describeError(error);
      process.stderr.write(`[e2e server] ${req.method} ${req.url}: ${message}\n`);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader("content-type", "application/json");
      }
      res.end(JSON.stringify({ message }));
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const baseURL = `http://127.0.0.1:${server.address().port}`;

  try {
    const auth = betterAuth({
      ...options,
      baseURL,
      trustedOrigins: [baseURL],
      database: pool,
      logger: stderrLogger(),
    });
    handler = toNodeHandler(auth);

    const api = `${baseURL}/api/auth`;
    const headers = { "content-type": "application/json", origin: baseURL };

    stage = "sign-up";
    const signUp = await readJson(
      await fetch(`${api}/sign-up/email`, {
        method: "POST",
        headers,
        body: JSON.stringify({
          email: values.email,
          password: values.password,
          name: values.name,
          ...(hasUsername ? { username: values.username } : {}),
        }),
      }),
      "sign-up",
    );
    const userId = signUp?.user?.id;
    if (!userId) throw new StageError("sign-up", `no user id in response ${JSON.stringify(signUp)}`);

    stage = "sign-in";
    const signInResponse = await fetch(`${api}/sign-in/email`, {
      method: "POST",
      headers,
      body: JSON.stringify({ email: values.email, password: values.password }),
    });
    const cookie = cookieHeaderFrom(signInResponse);
    const signIn = await readJson(signInResponse, "sign-in");
    if (!cookie.includes("session_token=")) throw new StageError("sign-in", "no session cookie in the response");

    stage = "get-session";
    const current = await readJson(
      await fetch(`${api}/get-session`, { headers: { cookie, origin: baseURL } }),
      "get-session",
    );
    if (!current?.session) throw new StageError("get-session", "no session for the sign-in cookie");
    const { session, user } = current;
    if (String(session.userId) !== String(userId)) {
      throw new StageError("get-session", `session.userId ${session.userId} is not the signed-up user ${userId}`);
    }
    if (signIn?.token && signIn.token !== session.token) {
      throw new StageError("get-session", "session token differs from the sign-in token");
    }

    return {
      userId: String(userId),
      email: user?.email ?? signUp.user.email,
      username: hasUsername ? (user?.username ?? null) : null,
      sessionToken: session.token,
      sessionId: String(session.id),
      sessionUserId: String(session.userId),
      expiresAt: new Date(session.expiresAt).toISOString(),
    };
  } finally {
    server.close();
    server.closeAllConnections?.();
    await pool.end().catch(() => {});
  }
}

main().then(
  (result) => finish(0, result),
  (error) => fail(error instanceof StageError ? error.message : `unexpected: ${describeError(error)}`),
);
