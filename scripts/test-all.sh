#!/usr/bin/env bash
# `npm test` (and CI): everything the test suite needs is installed here, then every test runs.
source "$(dirname "$0")/lib/common.sh"
started=$(date +%s)
ensure_pnpm
install_dependencies
ensure_chromium
ensure_java_and_maven
ensure_schemathesis
echo "» lint"
pnpm exec eslint --max-warnings 0 --cache --cache-location "$CACHE/eslint/" .
echo "» typecheck"
pnpm exec tsc -b
build_server
build_web
echo "» tests"
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile="$CACHE/vitest-results.json" || status=$?
node scripts/lib/test-summary.mjs "$CACHE/vitest-results.json" || status=$?
echo "» done in $(( $(date +%s) - started )) s"
exit $status
