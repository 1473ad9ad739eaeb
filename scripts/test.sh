#!/usr/bin/env bash
# `npm test`: everything, in the order that fails fastest. The app is built before the Vitest run:
# its server tests (graceful shutdown) start the built app; the browser suite reuses the build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

# Lint and the type check each keep one core busy: they go at once, lint's report printed after.
echo "== lint and type check"
mkdir -p .tmp; npx eslint . > .tmp/lint.log 2>&1 & lint_run=$!
tsc_rc=0; npx tsc --noEmit || tsc_rc=$?
lint_rc=0; wait "$lint_run" || lint_rc=$?
cat .tmp/lint.log
[ "$lint_rc" -eq 0 ] && [ "$tsc_rc" -eq 0 ] || { echo "lint or type check failed (lint exit $lint_rc, tsc exit $tsc_rc)"; exit 1; }
echo "== build"; NODE_ENV=production CLAIMDESK_TYPES_CHECKED=1 npx next build > .tmp-build.log 2>&1 || { cat .tmp-build.log; exit 1; }; rm -f .tmp-build.log
echo "== unit and integration tests (SQLite and PostgreSQL)"; npx tsx scripts/ensure-postgres.ts; npx vitest run

# The two browser runs keep their state apart (e2e/run-paths.ts) and mostly wait on the browser,
# so they go at once: the PostgreSQL run's output is printed when both are done.
echo "== browser tests (SQLite and PostgreSQL at once, two servers each)"; node scripts/ensure-chromium.mjs
port=${E2E_PORT:-3100}
pg_log=.tmp/e2e-postgresql.log
E2E_DATABASE=postgresql E2E_PORT=$((port + 10)) npx playwright test > "$pg_log" 2>&1 & pg_run=$!
sqlite_rc=0; E2E_PORT=$port npx playwright test || sqlite_rc=$?
pg_rc=0; wait "$pg_run" || pg_rc=$?
echo "== browser tests (PostgreSQL, two servers)"; cat "$pg_log"
[ "$sqlite_rc" -eq 0 ] && [ "$pg_rc" -eq 0 ] || { echo "browser tests failed (SQLite exit $sqlite_rc, PostgreSQL exit $pg_rc)"; exit 1; }
