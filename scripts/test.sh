#!/usr/bin/env bash
# `npm test`: everything, in the order that fails fastest. The app is built before the Vitest run:
# its server tests (graceful shutdown) start the built app; the browser suite reuses the build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

echo "== lint"; npx eslint .
echo "== type check"; npx tsc --noEmit
echo "== build"; NODE_ENV=production npx next build > .tmp-build.log 2>&1 || { cat .tmp-build.log; exit 1; }; rm -f .tmp-build.log
echo "== unit and integration tests (SQLite and PostgreSQL)"; npx tsx scripts/ensure-postgres.ts; npx vitest run
echo "== browser tests (SQLite, two servers)"; node scripts/ensure-chromium.mjs; npx playwright test
echo "== browser tests (PostgreSQL, two servers)"; E2E_DATABASE=postgresql npx playwright test
