/**
 * The soak test of issue #22: MentalMuse on a copy of the seeded database, the realistic mix of
 * bench/lib/mix.ts first at full speed (the measured peak), then at 80% of that peak for
 * SOAK_SECONDS (default 600), all on 127.0.0.1. Every window (60 s, or a fifth of a shorter run)
 * records p99, errors (and how many of them were load-shedding 503s, from the server's metrics),
 * server RSS, open file descriptors and database connections. It passes with zero errors, a
 * last-window p99 within 1.5× of the first, RSS drift under 10% after the first window (warm-up),
 * and no growth in descriptors or database connections.
 *
 *   npm run bench:soak                       # SQLite, 10 minutes
 *   SOAK_SECONDS=120 npm run bench:soak -- --db postgres   # needs BENCH_DATABASE_URL
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { SCALES } from './lib/dataset.ts';
import { describeMachine, machine } from './lib/machine.ts';
import { MIX, mixedRequests } from './lib/mix.ts';
import { prepare } from './lib/scenarios.ts';
import { seededCopy } from './lib/seeded.ts';
import { ROOT, type RunningServer, startBenchServer } from './lib/server.ts';

const { values: flags } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    connections: { type: 'string', default: '50' },
    seed: { type: 'string', default: 'mentalmuse' },
  },
});
const dialect = flags.db === 'postgres' ? 'postgres' : 'sqlite';
const seconds = Number(process.env.SOAK_SECONDS ?? 600);
const peakSeconds = Number(process.env.SOAK_PEAK_SECONDS ?? 20);
const connections = Number(flags.connections);
const windowSeconds = Math.min(60, Math.max(5, Math.floor(seconds / 5)));

/** One window of the soak. */
interface Window {
  index: number;
  requests: number;
  errors: number;
  p50: number;
  p99: number;
  rssMiB: number;
  openFds: number;
  dbConnections: number | null;
  /** Requests the server shed with 503 in this window (event loop lagging past MAX_EVENT_LOOP_DELAY). */
  shed: number | null;
}

/** The server's load-shedding counter from its Prometheus metrics (loopback access). */
async function shedTotal(server: RunningServer): Promise<number | null> {
  try {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    const match = /^mentalmuse_shed_requests_total(?:\{[^}]*\})? (\d+)/m.exec(text);
    return match === null ? null : Number(match[1]);
  } catch {
    return null;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function openFds(pid: number | undefined): number {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return -1;
  }
}

async function dbConnections(url: string | undefined): Promise<number | null> {
  if (url === undefined) return null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ n: string }>(
      'SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    return Number(r.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/** Runs the mix for `duration` seconds (at `rate` req/s overall when given), windowed. */
async function drive(
  server: RunningServer,
  requests: ReturnType<typeof mixedRequests>,
  duration: number,
  rate: number | undefined,
  databaseUrl: string | undefined,
): Promise<{ windows: Window[]; requestsPerSecond: number; statuses: Record<string, number> }> {
  const windows: Window[] = [];
  const statuses: Record<string, number> = {};
  let latencies: number[] = [];
  let errors = 0;
  let shedBefore = await shedTotal(server);
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: server.url,
      connections,
      duration,
      requests,
      ...(rate === undefined ? {} : { overallRate: rate }),
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) {
      errors++;
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    }
  });
  instance.on('reqError', () => {
    errors++;
    statuses.connection = (statuses.connection ?? 0) + 1;
  });
  const closeWindow = async () => {
    const sorted = latencies.sort((a, b) => a - b);
    const shedNow = await shedTotal(server);
    const shed = shedNow === null || shedBefore === null ? null : shedNow - shedBefore;
    shedBefore = shedNow;
    windows.push({
      index: windows.length + 1,
      requests: sorted.length,
      errors,
      p50: Math.round(percentile(sorted, 50) * 10) / 10,
      p99: Math.round(percentile(sorted, 99) * 10) / 10,
      rssMiB: Math.round(server.rssMiB()),
      openFds: openFds(server.child.pid),
      dbConnections: await dbConnections(databaseUrl).catch(() => null),
      shed,
    });
    const w = windows.at(-1);
    if (rate !== undefined && w !== undefined)
      process.stderr.write(
        `window ${w.index}: ${w.requests} req, p99 ${w.p99} ms, errors ${w.errors} (shed ${w.shed ?? 'n/a'}), RSS ${w.rssMiB} MiB, fds ${w.openFds}${w.dbConnections === null ? '' : `, db conns ${w.dbConnections}`}\n`,
      );
    latencies = [];
    errors = 0;
  };
  const timer = setInterval(() => void closeWindow(), windowSeconds * 1000);
  const result = await done;
  clearInterval(timer);
  if (latencies.length > windowSeconds * 10 && rate === undefined) await closeWindow();
  return { windows, requestsPerSecond: Math.round(result.requests.average), statuses };
}

async function main(): Promise<void> {
  const m = machine();
  process.stderr.write(`soak (${dialect}): ${describeMachine(m)}\n`);
  const copy = await seededCopy({
    dialect,
    scale: SCALES.S as NonNullable<(typeof SCALES)['S']>,
    seed: flags.seed,
    adminUrl: process.env.BENCH_DATABASE_URL,
  });
  const databaseUrl = dialect === 'postgres' ? copy.env.DATABASE_URL : undefined;
  try {
    const server = await startBenchServer({ ...copy.env, METRICS_ENABLED: 'true' }, { dialect, workers: 1 });
    try {
      const fixtures = await prepare(server.url, 50, connections * 3);
      const pool = [...fixtures.refreshPool];
      const peak = await drive(server, mixedRequests(fixtures, pool), peakSeconds, undefined, databaseUrl);
      const rate = Math.round(peak.requestsPerSecond * 0.8);
      process.stderr.write(
        `peak ${peak.requestsPerSecond} req/s; soaking at ${rate} req/s for ${seconds} s\n`,
      );
      process.stderr.write(`peak run: ${JSON.stringify(peak.statuses)} non-2xx/errors\n`);
      const soak = await drive(server, mixedRequests(fixtures, pool), seconds, rate, databaseUrl);
      report(m, peak.requestsPerSecond, rate, soak, server);
    } finally {
      await server.stop();
    }
  } finally {
    await copy.dispose();
  }
}

function report(
  m: ReturnType<typeof machine>,
  peak: number,
  rate: number,
  soak: Awaited<ReturnType<typeof drive>>,
  server: RunningServer,
): void {
  const { windows } = soak;
  const first = windows[0];
  const last = windows.at(-1);
  const warm = windows[1] ?? first;
  if (first === undefined || last === undefined || warm === undefined) throw new Error('no windows measured');
  const errors = windows.reduce((sum, w) => sum + w.errors, 0);
  const p99Ratio = last.p99 / Math.max(0.1, first.p99);
  const rssDrift = (last.rssMiB - warm.rssMiB) / warm.rssMiB;
  const fdGrowth = last.openFds - warm.openFds;
  const connGrowth = (last.dbConnections ?? 0) - (warm.dbConnections ?? 0);
  const checks = [
    ['zero errors', errors === 0, `${errors} ${JSON.stringify(soak.statuses)}`],
    [
      'p99 last window ≤ 1.5× first',
      p99Ratio <= 1.5,
      `${first.p99} → ${last.p99} ms (${p99Ratio.toFixed(2)}×)`,
    ],
    [
      'RSS drift after warm-up < 10%',
      rssDrift < 0.1,
      `${warm.rssMiB} → ${last.rssMiB} MiB (${(100 * rssDrift).toFixed(1)}%)`,
    ],
    ['open descriptors do not grow', fdGrowth <= 2, `${warm.openFds} → ${last.openFds}`],
    [
      'database connections do not grow',
      connGrowth <= 0,
      `${warm.dbConnections ?? 'n/a'} → ${last.dbConnections ?? 'n/a'}`,
    ],
  ] as const;
  const settings = `${dialect}, scale S, 1 process, ${connections} connections, mix ${MIX.map((k) => `${k.name} ${k.weight}%`).join(', ')}; peak measured over ${peakSeconds} s; soak ${seconds} s at 80% of peak in ${windowSeconds} s windows`;
  const table = [
    '| window | requests | p50 ms | p99 ms | errors | of which shed | RSS MiB | open fds | db connections |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...windows.map(
      (w) =>
        `| ${w.index} | ${w.requests} | ${w.p50} | ${w.p99} | ${w.errors} | ${w.shed ?? 'n/a'} | ${w.rssMiB} | ${w.openFds} | ${w.dbConnections ?? 'n/a'} |`,
    ),
  ].join('\n');
  const verdicts = checks
    .map(([name, ok, detail]) => `- ${ok ? 'PASS' : 'FAIL'} ${name}: ${detail}`)
    .join('\n');
  const text = `Machine: ${describeMachine(m)}\nDate: ${new Date().toISOString()}\nSettings: ${settings}\nPeak: ${peak} req/s; soak rate: ${rate} req/s; server still running: ${server.child.exitCode === null}\n\n${table}\n\n${verdicts}\n`;
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
  const base = path.join(ROOT, 'bench/results', `soak-${dialect}-${stamp}`);
  writeFileSync(`${base}.md`, text);
  writeFileSync(
    `${base}.json`,
    `${JSON.stringify({ date: new Date().toISOString(), machine: m, settings, peak, rate, windows, checks, statuses: soak.statuses }, null, 2)}\n`,
  );
  process.stdout.write(`\n${text}\nWrote ${path.relative(ROOT, base)}.{json,md}\n`);
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
}

await main();
