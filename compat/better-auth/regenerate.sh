#!/usr/bin/env bash
# Regenerates Strata's Better Auth oracle fixtures.
#
#   compat/better-auth/regenerate.sh [dump-fixtures.mjs options]
#
# 1. `npm ci` installs the exact versions pinned in package-lock.json
#    (better-auth 1.7.25, its plugin packages, kysely, pg, and, as dev
#    dependencies, the `auth` CLI package + drizzle-kit/drizzle-orm for the
#    Drizzle fixtures). Needs Node >= 20 and npm; no database, no network
#    after the install.
# 2. `node dump-fixtures.mjs` writes, for every config in configs.mjs,
#    processor/src/test/resources/better-auth/<config>/ (tables.json,
#    plugins.json, kysely.<dialect>.sql, drizzle*.<dialect>.sql/.schema.ts)
#    and processor/src/test/resources/better-auth/VERSIONS.
#
# The output is byte-identical from run to run, except the `date` line of
# VERSIONS. Review the diff with `git diff processor/src/test/resources/better-auth`.
# Options are passed to dump-fixtures.mjs, e.g. `--only core,e2e` or `--skip-drizzle`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
npm ci --no-audit --no-fund
node dump-fixtures.mjs "$@"
