#!/usr/bin/env bash
# Every test suite, once, with one closing line "N passed, N failed".
#
#   static      TypeScript type check, Biome lint and the module map (dependency-cruiser)
#   sqlite      the server suite on SQLite (:memory: and a WAL file for repository suites)
#   postgres    the server suite on PostgreSQL; needs TEST_DATABASE_URL
#   deploy      real app processes + PostgreSQL + Redis + nginx (server/test/deploy/): fan-out,
#               shared limits, nginx/TLS, kill -9, PostgreSQL restart, SIGTERM drain; needs
#               TEST_DATABASE_URL, redis-server, nginx, openssl and pg_ctlcluster (it restarts PostgreSQL)
#   web         the SPA's Vitest suite (components, API client, generated-types drift check)
#   e2e         the SPA in Debian's Chromium against a real server (web/e2e/); needs /usr/bin/chromium
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
  echo "=== ${vitest_dir:-server} tests on $name"
  (cd "${vitest_dir:-server}" && env "$@" npx vitest run ${vitest_config:+-c "$vitest_config"} --reporter=default --reporter=json --outputFile="../$out/$name.json") || exit_code=1
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

check "typecheck" bash -c "npx tsc --noEmit -p server && npx tsc -p bench && npx tsc --noEmit -p web"
check "lint" npx biome check --diagnostic-level=error .
check "module map" npx depcruise server/src --config .dependency-cruiser.cjs

vitest_suite sqlite TEST_DIALECT=sqlite

vitest_dir=web vitest_suite web
if [ -x /usr/bin/chromium ]; then
  vitest_dir=web vitest_config=e2e/vitest.config.ts vitest_suite e2e
else
  not_run+=("e2e (/usr/bin/chromium is missing — apt-get install chromium)")
fi

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  vitest_suite postgres TEST_DIALECT=postgres TEST_DATABASE_URL="$TEST_DATABASE_URL"
else
  not_run+=("postgres (TEST_DATABASE_URL is not set)")
fi

missing=""
for bin in redis-server nginx openssl pg_ctlcluster; do
  command -v "$bin" >/dev/null 2>&1 || missing="$missing $bin"
done
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  not_run+=("deploy (TEST_DATABASE_URL is not set)")
elif [ -n "$missing" ]; then
  not_run+=("deploy (missing:$missing — apt-get install redis-server nginx openssl postgresql)")
else
  vitest_config=vitest.deploy.config.ts vitest_suite deploy TEST_DATABASE_URL="$TEST_DATABASE_URL"
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
