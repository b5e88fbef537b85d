/**
 * The benchmark of issue #8: starts the ceiling server and MentalMuse on a copy of a seeded
 * database (seeding it on first use), warms each scenario up, measures it with autocannon and
 * reports req/s, p50/p90/p99, errors, server RSS (every process of the tree) and the ratio to the
 * ceiling measured in the same run, as a markdown table and JSON in bench/results/.
 *
 *   npm run bench -- [--db sqlite|postgres] [--workers N] [--scale S|M|L] [--duration 10]
 *                    [--connections 50] [--only key,key] [--cpu-prof] [--seed mentalmuse]
 *
 * PostgreSQL needs BENCH_DATABASE_URL (an admin URL; a database per run is created and dropped).
 * `--workers N` > 1 needs PostgreSQL (the server refuses several processes on one SQLite file).
 * `--cpu-prof` starts a fresh server per scenario (default: user-detail,feed-cursor) under
 * `node --cpu-prof`, and summarises each profile (bench/profile-summary.ts).
 * autocannon runs in this process: on a small machine it competes with the server for cores.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SCALES } from './lib/dataset.ts';
import { getJson } from './lib/http.ts';
import { COMMON_OPTIONS, type LoadResult, markdownTable, measure } from './lib/load.ts';
import { describeMachine, machine } from './lib/machine.ts';
import { type Fixtures, prepare, SCENARIOS, type Scenario } from './lib/scenarios.ts';
import { seededCopy } from './lib/seeded.ts';
import { ROOT, type RunningServer, startBenchServer, startCeiling } from './lib/server.ts';
import { summariseProfile } from './profile-summary.ts';

const { values: flags } = parseArgs({
  options: {
    ...COMMON_OPTIONS,
    workers: { type: 'string', default: '1' },
    scale: { type: 'string', default: 'S' },
    only: { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
  },
});
const scale = SCALES[flags.scale.toUpperCase()];
const dialect = flags.db === 'postgres' ? 'postgres' : flags.db === 'sqlite' ? 'sqlite' : undefined;
const workers = Number(flags.workers);
const duration = Number(flags.duration);
const warmup = Number(flags.warmup);
const connections = Number(flags.connections);
if (
  scale === undefined ||
  dialect === undefined ||
  !(workers >= 1) ||
  !(duration > 0) ||
  !(connections >= 1)
) {
  process.stderr.write(
    'Usage: npm run bench -- [--db sqlite|postgres] [--workers N] [--scale S|M|L] [--duration 10]\n',
  );
  process.exit(2);
}
const profiling = flags['cpu-prof'];
const only = (flags.only ?? (profiling ? 'user-detail,feed-cursor' : '')).split(',').filter(Boolean);
const unknown = only.filter((k) => !SCENARIOS.some((s) => s.key === k));
if (unknown.length > 0) {
  process.stderr.write(
    `Unknown scenario(s) ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.key).join(', ')}\n`,
  );
  process.exit(2);
}
const chosen = SCENARIOS.filter((s) => only.length === 0 || only.includes(s.key));
const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
const label = `${dialect}-${scale.name}-w${workers}`;
const profileDir = path.join(ROOT, 'bench/results/profiles', `${label}-${stamp}`);

const settings = { warmup, duration, connections };
const startServer = (env: Record<string, string>, profile: boolean) =>
  startBenchServer(env, {
    dialect: dialect as 'sqlite' | 'postgres',
    workers,
    nodeArgs: profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });

async function ceilingRuns(
  server: RunningServer,
  f: Fixtures,
): Promise<Record<'small' | 'large', LoadResult>> {
  const auth = f.users[1]?.auth ?? {};
  const small = (await getJson(`${server.url}/api/user/${f.otherUserId}/`, auth)).text.length;
  const large = (await getJson(`${server.url}/api/post/?cursor=`, auth)).text.length;
  const ceiling = await startCeiling(server, small);
  try {
    const run = async (bytes: number) => {
      const r = await measure(
        ceiling,
        `ceiling: jose verify + ${bytes} bytes`,
        { path: `/api/user/x/?bytes=${bytes}`, headers: auth },
        settings,
      );
      return { ...r, rssMiB: undefined, rssMaxProcessMiB: undefined };
    };
    return { small: await run(small), large: await run(large) };
  } finally {
    await ceiling.stop();
  }
}

async function runScenario(
  server: RunningServer,
  f: Fixtures,
  s: Scenario,
  ceilings?: Record<string, LoadResult>,
) {
  const result = await measure(server, s.name, s.options(f), {
    ...settings,
    connections: s.connections ?? connections,
  });
  result.name = `${s.name}${s.connections === undefined ? '' : ` (${s.connections} conn.)`}`;
  if (s.target !== undefined) result.target = s.target;
  const ceiling = s.ceiling === undefined ? undefined : ceilings?.[s.ceiling];
  if (ceiling !== undefined)
    result.vsCeiling = result.requestsPerSecond / Math.max(1, ceiling.requestsPerSecond);
  process.stderr.write(`${result.name} → ${result.requestsPerSecond} req/s, p99 ${result.p99} ms\n`);
  const { exitCode, signalCode } = server.child;
  if (exitCode !== null || signalCode !== null)
    throw new Error(
      `The server exited during "${s.name}" (code ${exitCode}, signal ${signalCode}); see its stderr above.`,
    );
  return result;
}

async function main(): Promise<void> {
  const m = machine();
  process.stderr.write(`${label}: ${describeMachine(m)}\n`);
  const copy = await seededCopy({
    dialect: dialect as 'sqlite' | 'postgres',
    scale: scale as NonNullable<typeof scale>,
    seed: flags.seed,
    adminUrl: process.env.BENCH_DATABASE_URL,
  });
  const results: LoadResult[] = [];
  const profiles: { scenario: string; file: string; summary: string }[] = [];
  try {
    if (profiling) {
      mkdirSync(profileDir, { recursive: true });
      for (const s of chosen) {
        const before = new Set(readdirSync(profileDir));
        const server = await startServer(copy.env, true);
        let result: LoadResult;
        try {
          result = await runScenario(server, await prepare(server.url, 50, connections * 3), s);
          results.push(result);
        } finally {
          await server.stop();
        }
        const window = result.window && {
          fromMs: result.window.start - server.startedAt,
          toMs: result.window.end - server.startedAt,
        };
        for (const file of readdirSync(profileDir).filter((n) => !before.has(n))) {
          const summary = summariseProfile(path.join(profileDir, file), 25, window);
          profiles.push({ scenario: s.key, file: path.relative(ROOT, path.join(profileDir, file)), summary });
          process.stdout.write(`\n## ${s.name}: ${file}\n\n${summary}\n`);
        }
      }
    } else {
      const server = await startServer(copy.env, false);
      try {
        const fixtures = await prepare(server.url, 50, connections * 3);
        const ceilings = await ceilingRuns(server, fixtures);
        results.push(ceilings.small, ceilings.large);
        for (const s of chosen) results.push(await runScenario(server, fixtures, s, ceilings));
      } finally {
        await server.stop();
      }
    }
  } finally {
    await copy.dispose();
  }
  const table = markdownTable(results);
  const described = `${dialect}, scale ${scale?.name}, ${workers} worker process${workers === 1 ? '' : 'es'}, ${connections} connections, ${duration} s per scenario after ${warmup} s warm-up`;
  const report = {
    date: new Date().toISOString(),
    machine: m,
    settings: described,
    dialect,
    scale,
    workers,
    duration,
    connections,
    results,
    profiles,
  };
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  const base = path.join(ROOT, 'bench/results', `run-${label}${profiling ? '-cpu-prof' : ''}-${stamp}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${base}.md`, `Machine: ${describeMachine(m)}\nSettings: ${described}\n\n${table}\n`);
  process.stdout.write(
    `\nMachine: ${describeMachine(m)}\nSettings: ${described}\n\n${table}\n\nWrote ${path.relative(ROOT, base)}.{json,md}\n`,
  );
}

await main();
