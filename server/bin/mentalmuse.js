#!/usr/bin/env node
// The `mentalmuse` command. Runs the TypeScript sources directly (Node 24 strips types), so it
// must be started by the pinned Node 24 from node_modules (npm scripts and npx do that).
await import('../src/main.ts');
