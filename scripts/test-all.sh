#!/usr/bin/env bash
# Every test suite, once, with one closing line "N passed, N failed".
#
#   static      TypeScript type check and Biome lint
#   sqlite      the server suite on SQLite (:memory: and a WAL file for repository suites)
#   postgres    the server suite on PostgreSQL; needs TEST_DATABASE_URL
#
# A suite whose service is missing prints a loud NOT RUN line; with CI=true that fails the run.
set -u
cd "$(dirname "$0")/.."
out=.test-results
rm -rf "$out" && mkdir -p "$out"

passed=0
failed=0
not_run=()
exit_code=0

node_v=$(node -v)
case "$node_v" in
  v24.*) ;;
  *) echo "ERROR: npm scripts run on Node $node_v; the project pins Node 24 (npm package 'node'). Run 'npm ci' first." >&2; exit 1 ;;
esac

check() { # name, command...
  local name=$1; shift
  echo "=== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); exit_code=1; echo "FAILED: $name"; fi
}

vitest_suite() { # name, env assignments...
  local name=$1; shift
  echo "=== server tests on $name"
  (cd server && env "$@" npx vitest run --reporter=default --reporter=json --outputFile="../$out/$name.json") || exit_code=1
  local counts
  counts=$(node -e '
    const fs = require("node:fs");
    const file = process.argv[1];
    if (!fs.existsSync(file)) { console.log("0 1"); process.exit(0); }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    const failedFiles = r.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
    console.log(`${r.numPassedTests} ${r.numFailedTests + failedFiles}`);
  ' "$out/$name.json")
  passed=$((passed + ${counts% *}))
  failed=$((failed + ${counts#* }))
}

check "typecheck" bash -c "npx tsc --noEmit -p server && npx tsc -p bench"
check "lint" npx biome check --diagnostic-level=error .

vitest_suite sqlite TEST_DIALECT=sqlite

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  vitest_suite postgres TEST_DIALECT=postgres TEST_DATABASE_URL="$TEST_DATABASE_URL"
else
  not_run+=("postgres (TEST_DATABASE_URL is not set)")
fi

for suite in "${not_run[@]}"; do
  echo
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  echo "!!! NOT RUN: $suite"
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  if [ "${CI:-}" = "true" ]; then failed=$((failed + 1)); exit_code=1; fi
done

echo
echo "$passed passed, $failed failed"
exit $exit_code
