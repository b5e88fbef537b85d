/**
 * Start-up time: `serve` (one process, migrations checked: the database is already at the latest)
 * from spawn to Fastify's "Server listening" log line, and to the first 2xx of GET /api/health/
 * (polled every 2 ms), over several starts; the median of each.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { BENCH_SERVER_ENV, freePort, ROOT, SERVE_NODE_FLAGS } from './server.ts';

/** Start-up figures in ms. */
export interface Startup {
  starts: number;
  /** Median spawn → "Server listening" log line. */
  listeningMs: number;
  /** Median spawn → first 2xx of GET /api/health/. */
  healthMs: number;
  /** Every start's [listening, health] in ms. */
  each: [number, number][];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function startOnce(env: Record<string, string>): Promise<[number, number]> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...SERVE_NODE_FLAGS, path.join(ROOT, 'server/src/main.ts'), 'serve'],
    {
      env: { ...process.env, ...BENCH_SERVER_ENV, ...env, LOG_LEVEL: 'info', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let listening = Number.NaN;
  let out = '';
  child.stdout.on('data', (chunk) => {
    if (!Number.isNaN(listening)) return;
    out += chunk;
    if (out.includes('Server listening')) listening = performance.now() - started;
  });
  let health = Number.NaN;
  try {
    const deadline = started + 30_000;
    while (Number.isNaN(health) && performance.now() < deadline && child.exitCode === null) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health/`)).ok) health = performance.now() - started;
      } catch {
        await new Promise((r) => setTimeout(r, 2));
      }
    }
    if (Number.isNaN(health))
      throw new Error(`serve did not answer /api/health/ (exit code ${child.exitCode})`);
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  }
  return [Number.isNaN(listening) ? health : listening, health];
}

/** Starts and stops `serve` on the database of `env` (no other server on it) `starts` times. */
export async function measureStartup(env: Record<string, string>, starts = 5): Promise<Startup> {
  const each: [number, number][] = [];
  for (let i = 0; i < starts; i++) each.push(await startOnce(env));
  const round = (ms: number) => Math.round(ms);
  return {
    starts,
    listeningMs: round(median(each.map((e) => e[0]))),
    healthMs: round(median(each.map((e) => e[1]))),
    each: each.map(([a, b]) => [round(a), round(b)]),
  };
}
