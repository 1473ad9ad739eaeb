#!/usr/bin/env bash
# `npm test`: everything, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

echo "== lint"; npx eslint .
echo "== type check"; npx tsc --noEmit
echo "== unit and integration tests"; npx vitest run
echo "== browser tests"; node scripts/ensure-chromium.mjs; npx playwright test
