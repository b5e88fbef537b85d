/**
 * Live-events benchmark (issue 16), two figures:
 *
 * 1. Idle streams: one server process (SQLite) holds BENCH_STREAMS (default 10,000) open
 *    `GET /api/events/` streams; the process's RSS is read at 0 streams and with all of them open
 *    (after a short settle), giving bytes per idle stream — and the same for the ceiling
 *    (`bench/ceiling-sse.ts`, a bare `node:http` server holding the same responses) in the same
 *    run, so the figure is also a ratio to the runtime's floor.
 * 2. Cross-process latency (needs BENCH_DATABASE_URL, PostgreSQL): two processes on one database;
 *    a listener on A, BENCH_EVENTS (default 1,000) comments on its post made through B, each
 *    notification timed from the start of its comment request to its arrival on A's stream —
 *    through Redis pub/sub (when `redis-server` is installed) and through PostgreSQL LISTEN/NOTIFY.
 *    The same user also listens on B, where the comment is made: the gap between the two arrivals
 *    is what crossing processes adds (the relay alone, without the comment's own write).
 *
 *   npm run bench:live                      # idle streams only
 *   BENCH_DATABASE_URL=postgres://postgres:postgres@127.0.0.1:5432/postgres npm run bench:live
 *
 * Writes bench/results/live-<date>.json and prints markdown tables.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BENCH_PASSWORD } from './lib/dataset.ts';
import { postJson } from './lib/http.ts';
import { describeMachine } from './lib/machine.ts';
import { createDatabase } from './lib/postgres.ts';
import { BENCH_SERVER_ENV, freePort, ROOT, type RunningServer, startProcess } from './lib/server.ts';

const STREAMS = Number(process.env.BENCH_STREAMS ?? 10_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000);
const MAIN = path.join(ROOT, 'server/src/main.ts');

/** An open SSE stream held by this process: a callback per event, and how to close it. */
interface Held {
  close(): void;
}

/** Opens one stream; resolves once the server's first bytes (`retry:`) arrived. */
function openStream(
  base: string,
  token: string,
  onEvent?: (event: string, data: string) => void,
): Promise<Held> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      `${base}/api/events/`,
      { agent: false, headers: { authorization: `Bearer ${token}` } },
      (response) => {
        if (response.statusCode !== 200) {
          reject(new Error(`stream → ${response.statusCode}`));
          response.resume();
          return;
        }
        let buffer = '';
        let opened = false;
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (!opened) {
            opened = true;
            resolve({ close: () => request.destroy() });
          }
          if (onEvent === undefined) return;
          buffer += chunk;
          let at = buffer.indexOf('\n\n');
          while (at >= 0) {
            const block = buffer.slice(0, at);
            buffer = buffer.slice(at + 2);
            at = buffer.indexOf('\n\n');
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event !== undefined && data !== undefined) onEvent(event, data);
          }
        });
      },
    );
    request.on('error', reject);
  });
}

async function register(base: string, username: string): Promise<string> {
  const answer = await postJson(`${base}/api/auth/register/`, {
    username,
    email: `${username}@example.com`,
    password: BENCH_PASSWORD,
  });
  return String(answer.access);
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Figure 1: RSS at 0 and at STREAMS idle streams on one process (MentalMuse, or the ceiling). */
async function idleStreams(ceiling: boolean): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mm-bench-live-'));
  const env = { ...BENCH_SERVER_ENV, DATA_DIR: dataDir, DATABASE_URL: `sqlite:${dataDir}/db.sqlite3` };
  const server = ceiling
    ? await startProcess(path.join(ROOT, 'bench/ceiling-sse.ts'), [], {}, await freePort(), '/health/')
    : await startProcess(MAIN, ['serve'], env, await freePort(), '/api/health/');
  try {
    const token = ceiling ? 'none' : await register(server.url, 'listener');
    // Warm the route (JIT, lazily built objects) so the baseline is a serving process.
    for (const held of await Promise.all(Array.from({ length: 50 }, () => openStream(server.url, token))))
      held.close();
    await settle(2000);
    const before = server.rssMiB();
    const held: Held[] = [];
    const started = performance.now();
    while (held.length < STREAMS) {
      const batch = Math.min(500, STREAMS - held.length);
      held.push(...(await Promise.all(Array.from({ length: batch }, () => openStream(server.url, token)))));
    }
    const openSeconds = (performance.now() - started) / 1000;
    await settle(3000);
    const after = server.rssMiB();
    for (const h of held) h.close();
    const perStreamBytes = ((after - before) * 1024 * 1024) / STREAMS;
    console.error(
      `idle streams${ceiling ? ' (ceiling)' : ''}: ${STREAMS} opened in ${openSeconds.toFixed(1)} s; RSS ${before.toFixed(1)} → ${after.toFixed(1)} MiB; ${(perStreamBytes / 1024).toFixed(2)} KiB per stream`,
    );
    return { streams: STREAMS, rssBeforeMiB: before, rssAfterMiB: after, perStreamBytes, openSeconds };
  } finally {
    await server.stop();
  }
}

/** A redis-server on a free port, or null when the binary is missing. */
async function startRedis(): Promise<{ url: string; stop: () => void } | null> {
  const port = await freePort();
  let child: ChildProcess;
  try {
    child = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
  } catch {
    return null;
  }
  const failed = await new Promise<boolean>((resolve) => {
    child.once('error', () => resolve(true));
    setTimeout(() => resolve(false), 300);
  });
  if (failed) return null;
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

/** Percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Figure 2 for one transport: EVENTS notifications made on B, timed until they arrive on A. */
async function crossProcess(
  admin: string,
  transport: 'redis' | 'postgres',
): Promise<Record<string, number> | null> {
  const redis = transport === 'redis' ? await startRedis() : null;
  if (transport === 'redis' && redis === null) {
    console.error('cross-process via Redis: NOT RUN (redis-server is missing)');
    return null;
  }
  const database = await createDatabase(admin, `mm_bench_live_${transport}_${Date.now()}`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mm-bench-live-'));
  const env = {
    ...BENCH_SERVER_ENV,
    DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    ...(redis === null ? {} : { REDIS_URL: redis.url }),
  };
  const servers: RunningServer[] = [];
  try {
    // A migrates; B starts on the migrated database.
    servers.push(await startProcess(MAIN, ['serve'], env, await freePort(), '/api/health/'));
    servers.push(await startProcess(MAIN, ['serve', '--no-migrate'], env, await freePort(), '/api/health/'));
    const [a, b] = servers as [RunningServer, RunningServer];
    const listener = await register(b.url, 'listener');
    const commenter = await register(b.url, 'commenter');
    const post = await postJson(
      `${b.url}/api/post/`,
      { body: 'Timing post' },
      { authorization: `Bearer ${listener}` },
    );
    const arrivals = new Map<string, number>();
    let arrived: (() => void) | null = null;
    const stream = await openStream(a.url, listener, (event, data) => {
      if (event !== 'notification') return;
      arrivals.set(String((JSON.parse(data) as { comment: string }).comment), performance.now());
      arrived?.();
    });
    const local = new Map<string, number>();
    const onB = await openStream(b.url, listener, (event, data) => {
      if (event === 'notification')
        local.set(String((JSON.parse(data) as { comment: string }).comment), performance.now());
    });
    const latencies: number[] = [];
    const relay: number[] = [];
    for (let i = 0; i < EVENTS; i++) {
      const sent = performance.now();
      const comment = await postJson(
        `${b.url}/api/post/${String(post.id)}/comment/`,
        { body: `Comment ${i}` },
        { authorization: `Bearer ${commenter}` },
      );
      const id = String(comment.id);
      while (!arrivals.has(id)) {
        await new Promise<void>((resolve) => {
          arrived = resolve;
          setTimeout(resolve, 2000);
        });
        if (performance.now() - sent > 5000) throw new Error(`notification ${i} did not arrive within 5 s`);
      }
      latencies.push((arrivals.get(id) ?? 0) - sent);
      const here = local.get(id);
      if (here !== undefined) relay.push((arrivals.get(id) ?? 0) - here);
    }
    stream.close();
    onB.close();
    latencies.sort((x, y) => x - y);
    relay.sort((x, y) => x - y);
    const result = {
      events: EVENTS,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      maxMs: latencies[latencies.length - 1] ?? Number.NaN,
      relayP50Ms: percentile(relay, 50),
      relayP99Ms: percentile(relay, 99),
    };
    console.error(
      `cross-process via ${transport}: p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, max ${result.maxMs.toFixed(1)} ms over ${EVENTS} events; relay alone p50 ${result.relayP50Ms.toFixed(1)} ms, p99 ${result.relayP99Ms.toFixed(1)} ms`,
    );
    return result;
  } finally {
    for (const s of servers) await s.stop();
    redis?.stop();
    await database.drop();
  }
}

async function main(): Promise<void> {
  const idle = await idleStreams(false);
  const floor = await idleStreams(true);
  const admin = process.env.BENCH_DATABASE_URL;
  const cross: Record<string, Record<string, number> | null> = {};
  if (admin === undefined || admin === '') {
    console.error('cross-process latency: NOT RUN (set BENCH_DATABASE_URL to a PostgreSQL server)');
  } else {
    cross.redis = await crossProcess(admin, 'redis');
    cross.postgres = await crossProcess(admin, 'postgres');
  }
  const machine = describeMachine();
  const date = new Date().toISOString().slice(0, 10);
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    path.join(ROOT, `bench/results/live-${date}.json`),
    `${JSON.stringify({ date, machine, idle, ceiling: floor, cross }, null, 2)}\n`,
  );
  console.log(`Machine: ${machine}\n`);
  console.log('| server | idle streams | RSS at 0 | RSS with all open | per stream | vs ceiling |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, r] of [
    ['MentalMuse', idle],
    ['ceiling (bare node:http)', floor],
  ] as const)
    console.log(
      `| ${name} | ${r.streams} | ${r.rssBeforeMiB?.toFixed(1)} MiB | ${r.rssAfterMiB?.toFixed(1)} MiB | ${((r.perStreamBytes ?? 0) / 1024).toFixed(2)} KiB | ${((r.perStreamBytes ?? 0) / Math.max(1, floor.perStreamBytes ?? 1)).toFixed(2)}× |`,
    );
  if (Object.keys(cross).length > 0) {
    console.log('\n| transport | events | p50 | p99 | max | relay alone p50 | relay alone p99 |');
    console.log('|---|---|---|---|---|---|---|');
    for (const [name, r] of Object.entries(cross))
      console.log(
        r === null
          ? `| ${name} | NOT RUN | | | | | |`
          : `| ${name} | ${r.events} | ${r.p50Ms?.toFixed(1)} ms | ${r.p99Ms?.toFixed(1)} ms | ${r.maxMs?.toFixed(1)} ms | ${r.relayP50Ms?.toFixed(1)} ms | ${r.relayP99Ms?.toFixed(1)} ms |`,
      );
  }
}

await main();
