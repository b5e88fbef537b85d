/**
 * The benchmark of issues #8 and #20: for each dialect, starts the ceiling server and MentalMuse
 * on a copy of a seeded database (seeding it on first use), warms each scenario up, measures it
 * and reports req/s, p50/p90/p99, errors, server RSS (every process of the tree) and the ratio to
 * the ceiling measured in the same run with the same load generator; then the login-burst
 * criterion (p99 of `GET /api/user/{id}/` from other clients during 50 connections of logins ÷ its
 * p99 alone) and start-up time (median of 5 starts of `serve` on the migrated database). It ends
 * with issue #20's target table (each ratio per dialect, ✓/✗), and writes everything as markdown
 * and JSON in bench/results/.
 *
 *   npm run bench -- [--db sqlite|postgres|both] [--load wrk|autocannon] [--workers N]
 *                    [--scale S|M|L] [--duration 10] [--warmup 2] [--connections 50]
 *                    [--only key,key] [--cpu-prof] [--seed mentalmuse]
 *
 * `--db both` (the default when BENCH_DATABASE_URL is set, else sqlite) runs SQLite, then
 * PostgreSQL. PostgreSQL needs BENCH_DATABASE_URL (an admin URL; a database per run is created
 * and dropped). `--workers N` > 1 needs `--db postgres` (the server refuses several processes on
 * one SQLite file).
 * `--load wrk` (the default when `wrk` is on PATH) drives load with wrk and Lua scripts
 * (bench/lib/wrk/), which leaves the server more of a small machine's cores than autocannon,
 * which runs in this process; a scenario wrk cannot drive falls back to autocannon (said in the
 * output), and ceilings are measured with each generator the scenarios use.
 * `--only` takes scenario keys (bench/lib/scenarios.ts) plus `login-burst` and `startup`.
 * `--cpu-prof` starts a fresh server per scenario (default: user-detail,feed-cursor) under
 * `node --cpu-prof`, and summarises each profile (bench/profile-summary.ts); no ceilings then.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchDialect, type DialectRun, describeStartup } from './lib/bench-dialect.ts';
import { SCALES } from './lib/dataset.ts';
import { COMMON_OPTIONS, type Generator, markdownTable } from './lib/load.ts';
import { describeMachine, machine } from './lib/machine.ts';
import { SCENARIOS } from './lib/scenarios.ts';
import { ROOT } from './lib/server.ts';
import { type Dialect, targetRows, targetTable } from './lib/targets.ts';
import { wrkAvailable } from './lib/wrk.ts';

const { values: flags } = parseArgs({
  options: {
    ...COMMON_OPTIONS,
    db: { type: 'string', default: process.env.BENCH_DATABASE_URL ? 'both' : 'sqlite' },
    load: { type: 'string', default: wrkAvailable() ? 'wrk' : 'autocannon' },
    workers: { type: 'string', default: '1' },
    scale: { type: 'string', default: 'S' },
    only: { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
  },
});
const usage = (message: string): never => {
  process.stderr.write(
    `${message}\nUsage: npm run bench -- [--db sqlite|postgres|both] [--load wrk|autocannon] [--workers N] [--scale S|M|L] [--duration 10] [--warmup 2] [--connections 50] [--only key,key] [--cpu-prof]\n`,
  );
  return process.exit(2);
};
const scale = SCALES[flags.scale.toUpperCase()] ?? usage(`Unknown scale ${flags.scale}.`);
const dialects: Dialect[] =
  flags.db === 'both'
    ? ['sqlite', 'postgres']
    : flags.db === 'sqlite' || flags.db === 'postgres'
      ? [flags.db]
      : usage(`Unknown --db ${flags.db}.`);
const workers = Number(flags.workers);
const duration = Number(flags.duration);
const warmup = Number(flags.warmup);
const connections = Number(flags.connections);
if (!(workers >= 1) || !(duration > 0) || !(warmup >= 0) || !(connections >= 1))
  usage('--workers and --connections take a number ≥ 1, --duration > 0 and --warmup ≥ 0.');
if (workers > 1 && dialects.includes('sqlite')) usage('--workers N > 1 needs --db postgres.');
if (flags.load !== 'wrk' && flags.load !== 'autocannon') usage(`Unknown --load ${flags.load}.`);
if (flags.load === 'wrk' && !wrkAvailable()) usage('--load wrk: wrk is not on PATH (apt-get install wrk).');
const load = flags.load as Generator;
const loadNote =
  load === 'autocannon' && !wrkAvailable()
    ? 'autocannon (wrk is not on PATH: install it for figures less bent by the load generator)'
    : load;
const profiling = flags['cpu-prof'];
const EXTRA = ['login-burst', 'startup'];
const only = (flags.only ?? (profiling ? 'user-detail,feed-cursor' : '')).split(',').filter(Boolean);
const unknown = only.filter((k) => !SCENARIOS.some((s) => s.key === k) && !EXTRA.includes(k));
if (unknown.length > 0)
  usage(
    `Unknown scenario(s) ${unknown.join(', ')}; known: ${[...SCENARIOS.map((s) => s.key), ...EXTRA].join(', ')}`,
  );
const chosen = SCENARIOS.filter((s) => only.length === 0 || only.includes(s.key));
const extra = (key: string) => !profiling && (only.length === 0 || only.includes(key));
const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
const label = `${dialects.length === 2 ? 'both' : dialects[0]}-${scale.name}-w${workers}`;

async function main(): Promise<void> {
  const m = machine();
  process.stderr.write(`${label}, load ${loadNote}: ${describeMachine(m)}\n`);
  const runs: (DialectRun & { dialect: Dialect })[] = [];
  for (const dialect of dialects) {
    const run = await benchDialect({
      dialect,
      scale,
      seed: flags.seed,
      workers,
      settings: { warmup, duration, connections },
      load,
      scenarios: chosen,
      burst: extra('login-burst'),
      startup: extra('startup'),
      profileDir: profiling
        ? path.join(ROOT, 'bench/results/profiles', `${dialect}-${scale.name}-w${workers}-${stamp}`)
        : undefined,
    });
    runs.push({ ...run, dialect });
  }
  const targets = targetRows(
    runs.map((r) => r.figures),
    scale.name,
  );
  const described = `${dialects.join(' then ')}, scale ${scale.name}, ${workers} worker process${workers === 1 ? '' : 'es'}, ${connections} connections, ${duration} s per scenario after ${warmup} s warm-up, load ${loadNote}`;
  const sections = runs.map((r) =>
    [
      `## ${r.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`,
      markdownTable(r.results),
      ...(r.figures.startup ? [`- ${describeStartup(r.figures.startup)}`] : []),
      ...r.notes.map((n) => `- ${n}`),
    ].join('\n\n'),
  );
  const summary = `## Targets (issue #20), scale ${scale.name}\n\n${targetTable(targets)}`;
  const text = `Machine: ${describeMachine(m)}\nSettings: ${described}\n\n${sections.join('\n\n')}\n\n${summary}\n`;
  const report = {
    date: new Date().toISOString(),
    machine: m,
    settings: described,
    dialects,
    load,
    scale,
    workers,
    duration,
    warmup,
    connections,
    runs: runs.map(({ dialect, results, figures, profiles, notes }) => ({
      dialect,
      results,
      rssIdleMB: figures.rssIdleMB && Math.round(figures.rssIdleMB),
      rssPeakMB: figures.rssPeakMB && Math.round(figures.rssPeakMB),
      startup: figures.startup,
      loginBurst: figures.burst && { ratio: figures.burst.ratio, settings: figures.burst.settings },
      profiles,
      notes,
    })),
    targets,
  };
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  const base = path.join(ROOT, 'bench/results', `run-${label}${profiling ? '-cpu-prof' : ''}-${stamp}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${base}.md`, text);
  process.stdout.write(`\n${text}\nWrote ${path.relative(ROOT, base)}.{json,md}\n`);
}

await main();
