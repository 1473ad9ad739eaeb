#!/usr/bin/env bash
# `npm test`: everything, in the order that fails fastest. The app is built before the Vitest run:
# its server tests (graceful shutdown) start the built app; the browser suite reuses the build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

echo "== lint"; npx eslint .
echo "== type check"; npx tsc --noEmit
echo "== build"; NODE_ENV=production npx next build > .tmp-build.log 2>&1 || { cat .tmp-build.log; exit 1; }; rm -f .tmp-build.log
echo "== unit and integration tests (SQLite and PostgreSQL)"; npx vitest run
echo "== browser tests"; node scripts/ensure-chromium.mjs; npx playwright test
