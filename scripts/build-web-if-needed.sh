#!/usr/bin/env bash
# Builds the web app (web/dist) when it is missing or older than its sources; otherwise does nothing.
# Called by `npm start`, the e2e suite and anyone who wants a fresh SPA without thinking about it.
set -euo pipefail
cd "$(dirname "$0")/.."
index=web/dist/index.html
if [ -f "$index" ] && [ -z "$(find web/src web/public web/index.html web/vite.config.ts web/package.json -newer "$index" -print -quit 2>/dev/null)" ]; then
  exit 0
fi
echo "Building the web app (web/dist is missing or older than web/src)…"
(cd web && NODE_ENV=production npx vite build --mode production --logLevel warn)
