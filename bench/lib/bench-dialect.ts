/**
 * One dialect's part of bench/run.ts: a server on a seeded copy, the ceilings (with each load
 * generator the scenarios use), the scenarios, the login burst, RSS right after start and at its
 * peak, and then start-up times on the same (migrated) database. With `--cpu-prof`, a fresh
 * profiled server per scenario instead, and no ceilings, burst or start-up.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { summariseProfile } from '../profile-summary.ts';
import { type LoginBurst, measureLoginBurst } from './burst.ts';
import type { Scale } from './dataset.ts';
import { getJson } from './http.ts';
import { type Generator, type LoadResult, type LoadSettings, measure } from './load.ts';
import { type Fixtures, prepare, type Scenario, wrkPlan } from './scenarios.ts';
import { seededCopy } from './seeded.ts';
import { ROOT, type RunningServer, sampleRss, startBenchServer, startCeiling } from './server.ts';
import { measureStartup, type Startup } from './startup.ts';
import type { Dialect, DialectFigures } from './targets.ts';
import { cycle } from './wrk.ts';

/** What bench/run.ts asks of one dialect. */
export interface DialectOptions {
  dialect: Dialect;
  scale: Scale;
  seed: string;
  workers: number;
  settings: LoadSettings;
  /** The preferred generator; scenarios wrk cannot drive fall back to autocannon. */
  load: Generator;
  scenarios: Scenario[];
  burst: boolean;
  startup: boolean;
  /** Where `--cpu-prof` writes profiles (undefined: no profiling). */
  profileDir?: string;
}

/** One dialect's results. */
export interface DialectRun {
  results: LoadResult[];
  figures: DialectFigures;
  profiles: { scenario: string; file: string; summary: string }[];
  notes: string[];
}

type Ceilings = Partial<Record<Generator, Record<'small' | 'large', LoadResult>>>;

const MB_PER_MIB = 2 ** 20 / 1e6;

async function ceilingRuns(
  server: RunningServer,
  f: Fixtures,
  generators: Set<Generator>,
  settings: LoadSettings,
): Promise<Ceilings> {
  const auth = f.users[1]?.auth ?? {};
  const small = (await getJson(`${server.url}/api/user/${f.otherUserId}/`, auth)).text.length;
  const large = (await getJson(`${server.url}/api/post/?cursor=`, auth)).text.length;
  const ceiling = await startCeiling(server, small);
  const out: Ceilings = {};
  try {
    for (const generator of generators) {
      const run = async (bytes: number) => {
        const path = `/api/user/x/?bytes=${bytes}`;
        const wrk = generator === 'wrk' ? () => cycle([{ method: 'GET', path, headers: auth }]) : undefined;
        const r = await measure(
          ceiling,
          `ceiling: jose verify + ${bytes} bytes`,
          { path, headers: auth },
          settings,
          wrk,
        );
        return { ...r, rssMiB: undefined, rssMaxProcessMiB: undefined };
      };
      out[generator] = { small: await run(small), large: await run(large) };
    }
  } finally {
    await ceiling.stop();
  }
  return out;
}

async function runScenario(
  server: RunningServer,
  f: Fixtures,
  s: Scenario,
  options: DialectOptions,
  ceilings?: Ceilings,
): Promise<LoadResult> {
  const wrk = options.load === 'wrk' ? wrkPlan(s, f) : undefined;
  const result = await measure(
    server,
    s.name,
    s.options(f),
    { ...options.settings, connections: s.connections ?? options.settings.connections },
    wrk,
  );
  result.name = `${s.name}${s.connections === undefined ? '' : ` (${s.connections} conn.)`}`;
  if (s.target !== undefined) result.target = s.target;
  const ceiling =
    s.ceiling === undefined ? undefined : ceilings?.[result.generator ?? 'autocannon']?.[s.ceiling];
  if (ceiling !== undefined)
    result.vsCeiling = result.requestsPerSecond / Math.max(1, ceiling.requestsPerSecond);
  process.stderr.write(
    `${options.dialect} ${result.name} → ${result.requestsPerSecond} req/s, p99 ${result.p99} ms (${result.generator})\n`,
  );
  const { exitCode, signalCode } = server.child;
  if (exitCode !== null || signalCode !== null)
    throw new Error(
      `The server exited during "${s.name}" (code ${exitCode}, signal ${signalCode}); see its stderr above.`,
    );
  return result;
}

const startServer = (env: Record<string, string>, o: DialectOptions) =>
  startBenchServer(env, {
    dialect: o.dialect,
    workers: o.workers,
    nodeArgs: o.profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${o.profileDir}`],
  });

const largestMB = (server: RunningServer) => Math.max(0, ...server.rssPerProcessMiB()) * MB_PER_MIB;

/** Runs one dialect; RSS figures are of the largest server process, in MB. */
export async function benchDialect(o: DialectOptions): Promise<DialectRun> {
  const copy = await seededCopy({
    dialect: o.dialect,
    scale: o.scale,
    seed: o.seed,
    adminUrl: process.env.BENCH_DATABASE_URL,
  });
  const results: LoadResult[] = [];
  const profiles: DialectRun['profiles'] = [];
  const notes: string[] = [];
  const figures: DialectFigures = { dialect: o.dialect, byKey: {} };
  const fixturesFor = (server: RunningServer) => prepare(server.url, 50, o.settings.connections * 3);
  const record = (s: Scenario, r: LoadResult) => {
    results.push(r);
    figures.byKey[s.key] = r;
  };
  try {
    if (o.profileDir !== undefined) {
      mkdirSync(o.profileDir, { recursive: true });
      let peak = 0;
      for (const s of o.scenarios) {
        const before = new Set(readdirSync(o.profileDir));
        const server = await startServer(copy.env, o);
        figures.rssIdleMB ??= largestMB(server);
        const stopRss = sampleRss(server);
        let result: LoadResult;
        try {
          result = await runScenario(server, await fixturesFor(server), s, o);
          record(s, result);
        } finally {
          peak = Math.max(peak, stopRss().maxProcessMiB);
          await server.stop();
        }
        const window = result.window && {
          fromMs: result.window.start - server.startedAt,
          toMs: result.window.end - server.startedAt,
        };
        for (const file of readdirSync(o.profileDir).filter((n) => !before.has(n))) {
          const summary = summariseProfile(path.join(o.profileDir, file), 25, window);
          profiles.push({
            scenario: s.key,
            file: path.relative(ROOT, path.join(o.profileDir, file)),
            summary,
          });
          process.stdout.write(`\n## ${o.dialect}, ${s.name}: ${file}\n\n${summary}\n`);
        }
      }
      figures.rssPeakMB = peak * MB_PER_MIB;
      notes.push('--cpu-prof: a fresh server per scenario; no ceilings, login burst or start-up.');
    } else {
      // On the fresh copy, before any scenario writes: measured after the write scenarios, SQLite's
      // start-up was 3.3 s against 1.3–1.5 s on the untouched migrated copy.
      if (o.startup) {
        try {
          figures.startup = await measureStartup(copy.env);
          process.stderr.write(`${o.dialect} ${describeStartup(figures.startup)}\n`);
        } catch (error) {
          notes.push(`Start-up not measured: ${String(error)}`);
        }
      }
      const server = await startServer(copy.env, o);
      figures.rssIdleMB = largestMB(server);
      const stopRss = sampleRss(server);
      try {
        const fixtures = await fixturesFor(server);
        const generators = new Set<Generator>();
        for (const s of o.scenarios) {
          const generator = o.load === 'wrk' && wrkPlan(s, fixtures) !== undefined ? 'wrk' : 'autocannon';
          if (s.ceiling !== undefined) generators.add(generator);
          if (generator !== o.load) notes.push(`${s.name}: autocannon (wrk cannot drive it).`);
          else if (generator === 'wrk' && s.wrkNote !== undefined) notes.push(s.wrkNote);
        }
        if (generators.size === 0) generators.add(o.load);
        const ceilings = await ceilingRuns(server, fixtures, generators, o.settings);
        for (const c of Object.values(ceilings)) results.push(c.small, c.large);
        for (const s of o.scenarios) record(s, await runScenario(server, fixtures, s, o, ceilings));
        if (o.burst)
          figures.burst = await loginBurst(server, fixtures, o, results, notes).catch((error) => {
            notes.push(`Login burst failed: ${String(error)}`);
            return undefined;
          });
      } finally {
        figures.rssPeakMB = stopRss().maxProcessMiB * MB_PER_MIB;
        await server.stop();
      }
    }
  } finally {
    await copy.dispose();
  }
  return { results, figures, profiles, notes };
}

async function loginBurst(
  server: RunningServer,
  fixtures: Fixtures,
  o: DialectOptions,
  results: LoadResult[],
  notes: string[],
): Promise<LoginBurst> {
  const burst = await measureLoginBurst(server, fixtures, o.load, o.settings.duration);
  results.push(burst.alone, burst.during, burst.logins);
  notes.push(`Login burst (${o.load}): ${burst.settings}; p99 ratio ${burst.ratio.toFixed(2)}.`);
  process.stderr.write(
    `${o.dialect} login burst: p99 ${burst.alone.p99} ms alone, ${burst.during.p99} ms during ${burst.logins.requestsPerSecond} logins/s\n`,
  );
  return burst;
}

/** Start-up figures as a line for the report. */
export function describeStartup(s: Startup): string {
  return `start-up over ${s.starts} starts: median ${s.listeningMs} ms to "Server listening", ${s.healthMs} ms to the first GET /api/health/ answer (each [listening, health] ms: ${s.each.map((e) => `[${e.join(', ')}]`).join(' ')})`;
}
