/**
 * Drives load with autocannon (or, given a wrk script, with wrk: bench/lib/wrk.ts) and reduces its
 * result to the figures the reports use.
 */
import autocannon from 'autocannon';
import { type RunningServer, sampleRss } from './server.ts';
import { runWrk, type WrkScript } from './wrk.ts';

/** The load generators. */
export type Generator = 'wrk' | 'autocannon';

/** A wrk script for the warm-up or the measured run (which may differ: fresh tokens, a later start). */
export type WrkPlan = (phase: 'warmup' | 'measure') => WrkScript;

/** One scenario's figures. */
export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
  /** Server RSS in MiB: the whole process tree (peak while loaded, where sampled). */
  rssMiB?: number;
  /** Peak RSS of the largest single server process, in MiB (with several workers). */
  rssMaxProcessMiB?: number;
  /** Mean response body size in bytes. */
  bytes?: number;
  /** Throughput as a share of the ceiling server measured in the same run, where one applies. */
  vsCeiling?: number;
  /** The issue's target for this figure, as text. */
  target?: string;
  /** When the measured run started and ended (`performance.now()`, ms). */
  window?: { start: number; end: number };
  /** The load generator that measured it. */
  generator?: Generator;
}

/** Options passed through to autocannon (see its README). */
export type LoadOptions = autocannon.Options;

/** autocannon options with a path on the server under test instead of a URL. */
export type ScenarioOptions = Omit<LoadOptions, 'url'> & { path?: string };

/** Command-line options bench/run.ts and bench/curve.ts share (`node:util` parseArgs). */
export const COMMON_OPTIONS = {
  db: { type: 'string', default: 'sqlite' },
  duration: { type: 'string', default: '10' },
  warmup: { type: 'string', default: '2' },
  connections: { type: 'string', default: '50' },
  seed: { type: 'string', default: 'mentalmuse' },
} as const;

/** How long and how hard to load. */
export interface LoadSettings {
  warmup: number;
  duration: number;
  connections: number;
}

/**
 * Warms a scenario up, then measures it with the server's tree RSS sampled throughout (peaks):
 * with wrk when given a wrk plan, else with autocannon.
 */
export async function measure(
  server: RunningServer,
  name: string,
  scenario: ScenarioOptions,
  settings: LoadSettings,
  wrk?: WrkPlan,
): Promise<LoadResult> {
  const { path = '', ...options } = scenario;
  const url = `${server.url}${path}`;
  const { connections } = settings;
  const once = (duration: number, phase: 'warmup' | 'measure') =>
    wrk === undefined
      ? load(name, { ...options, url, duration, connections })
      : runWrk(name, server.url, wrk(phase), { duration, connections });
  if (settings.warmup > 0) await once(settings.warmup, 'warmup');
  const stop = sampleRss(server);
  const start = performance.now();
  const result = await once(settings.duration, 'measure');
  const window = { start, end: performance.now() };
  const rss = stop();
  return { ...result, rssMiB: rss.totalMiB, rssMaxProcessMiB: rss.maxProcessMiB, window };
}

/** Runs one autocannon scenario. */
export async function load(name: string, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({ connections: 20, duration: 10, ...options });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
    bytes: result.requests.total === 0 ? 0 : Math.round(result.throughput.total / result.requests.total),
    generator: 'autocannon',
  };
}

/**
 * autocannon `requests` for refresh with rotation: each request takes an unused token from
 * `pool` and puts back its rotated successor (or, on failure, the token it took), so no token is
 * ever replayed — a replay would only measure reuse detection. Give the pool a few tokens per
 * connection.
 */
export function rotatingRefresh(pool: string[]): NonNullable<LoadOptions['requests']> {
  return [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request, context: { token?: string }) => {
        const token = pool.shift();
        context.token = token;
        return { ...request, body: JSON.stringify({ refresh: token }) };
      },
      onResponse: (status, body, context: { token?: string }) => {
        if (status === 200) pool.push(String(JSON.parse(body).refresh));
        else if (typeof context.token === 'string') pool.push(context.token);
      },
    },
  ];
}

/** A markdown table of results (a target column when any result has one, a load column with wrk). */
export function markdownTable(results: LoadResult[]): string {
  const targets = results.some((r) => r.target !== undefined);
  const generators = results.some((r) => r.generator === 'wrk');
  const header = `| scenario | req/s | p50 ms | p90 ms | p99 ms | errors | non-2xx | RSS MiB | vs ceiling |${targets ? ' target |' : ''}${generators ? ' load |' : ''}`;
  const rule = `|---|---:|---:|---:|---:|---:|---:|---:|---:|${targets ? '---|' : ''}${generators ? '---|' : ''}`;
  const rows = results.map((r) => {
    const ratio = r.vsCeiling === undefined ? '' : `${Math.round(100 * r.vsCeiling)}%`;
    const rss =
      r.rssMaxProcessMiB !== undefined && r.rssMaxProcessMiB !== r.rssMiB
        ? `${r.rssMiB} (max ${r.rssMaxProcessMiB}/proc)`
        : `${r.rssMiB ?? ''}`;
    return `| ${r.name} | ${r.requestsPerSecond} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${rss} | ${ratio} |${targets ? ` ${r.target ?? ''} |` : ''}${generators ? ` ${r.generator ?? ''} |` : ''}`;
  });
  return [header, rule, ...rows].join('\n');
}
