/**
 * Fault tests under bounded load against real processes: kill -9 of one of two app processes,
 * and a PostgreSQL restart. Every write the client saw acknowledged (201 with the post's id) must
 * be in the database afterwards; no other answer than 201 or 503 (+ Retry-After) is allowed from
 * a live process; recovery needs no manual action. PostgreSQL is left running whatever happens.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppProcess,
  baseEnv,
  call,
  dataDir,
  freshPostgres,
  logoutDelay,
  registerUser,
  startApp,
  waitFor,
} from './services.ts';

/** What a bounded load run saw. */
interface LoadResult {
  /** Ids of posts the server acknowledged (201). */
  acknowledged: string[];
  /** Count per HTTP status (non-201). */
  statuses: Map<number, number>;
  /** 503 answers without Retry-After. */
  missingRetryAfter: number;
  /** Requests that got no HTTP answer (connection refused or reset). */
  connectionErrors: number;
  /** Slowest answer, in ms. */
  slowest: number;
  /** Time of the first non-201 answer or error (ms, performance.now). */
  firstFailureAt: number;
  /** Time of the last non-201 answer or error, and of the first 201 after it (ms, performance.now). */
  lastFailureAt: number;
  firstSuccessAfterFailureAt: number;
}

/** Writes posts from `concurrency` loops, spread over `targets`, until `stop` is called. */
function startLoad(targets: () => string[], token: string, concurrency = 6) {
  const result: LoadResult = {
    acknowledged: [],
    statuses: new Map(),
    missingRetryAfter: 0,
    connectionErrors: 0,
    slowest: 0,
    firstFailureAt: 0,
    lastFailureAt: 0,
    firstSuccessAfterFailureAt: 0,
  };
  let running = true;
  let counter = 0;
  const loop = async () => {
    while (running) {
      const list = targets();
      const base = list[counter++ % list.length] ?? '';
      const sent = performance.now();
      try {
        const res = await fetch(`${base}/api/post/`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ body: `load ${counter}` }),
          signal: AbortSignal.timeout(10_000),
        });
        const text = await res.text();
        result.slowest = Math.max(result.slowest, performance.now() - sent);
        if (res.status === 201) {
          result.acknowledged.push(String((JSON.parse(text) as { id: string }).id));
          if (result.lastFailureAt > result.firstSuccessAfterFailureAt)
            result.firstSuccessAfterFailureAt = performance.now();
        } else {
          result.statuses.set(res.status, (result.statuses.get(res.status) ?? 0) + 1);
          if (res.status === 503 && res.headers.get('retry-after') === null) result.missingRetryAfter += 1;
          result.lastFailureAt = performance.now();
          result.firstFailureAt ||= result.lastFailureAt;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } catch {
        result.connectionErrors += 1;
        result.lastFailureAt = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
  const loops = Array.from({ length: concurrency }, loop);
  return {
    result,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return result;
    },
  };
}

async function storedPostIds(url: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = await client.query<{ public_id: string }>('select public_id from posts');
    return new Set(rows.rows.map((r) => r.public_id));
  } finally {
    await client.end();
  }
}

const execFileAsync = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function clusterOnline(): boolean {
  const out = execFileSync('pg_lsclusters', ['-h'], { encoding: 'utf8' });
  return out.split('\n').some((line) => line.includes(' online'));
}

function clusterName(): [string, string] {
  const first = execFileSync('pg_lsclusters', ['-h'], { encoding: 'utf8' }).trim().split('\n')[0] ?? '';
  const [version = '15', name = 'main'] = first.split(/\s+/);
  return [version, name];
}

let db: Awaited<ReturnType<typeof freshPostgres>>;
let a: AppProcess;
let b: AppProcess;
let token: string;
let env: Record<string, string>;

beforeAll(async () => {
  db = await freshPostgres();
  // One DATA_DIR: processes share the signing key, as processes on one machine do.
  env = { ...baseEnv(dataDir(), db.url), LOG_LEVEL: 'warn' };
  a = await startApp(env);
  b = await startApp(env);
  token = (await registerUser(a.base, 'loader')).access;
}, 60_000);

afterAll(async () => {
  for (const app of [a, b])
    if (app !== undefined && app.process.exitCode !== null && app.process.signalCode === null)
      console.log(`An app process died:\n${app.output().slice(-4000)}`);
  // Whatever happened, PostgreSQL must be running for whoever comes next.
  if (!clusterOnline()) execFileSync('pg_ctlcluster', [...clusterName(), 'start']);
  await a?.stop();
  await b?.stop();
  await db?.drop().catch(() => {});
});

describe('kill -9 of one app process under load', () => {
  it('the other keeps serving and every acknowledged write is stored', async () => {
    let targets = [a.base, b.base];
    const load = startLoad(() => targets, token);
    await sleep(1500);
    a.process.kill('SIGKILL');
    await a.exited;
    const killedAt = performance.now();
    // A load balancer takes the dead process out; until then its requests fail to connect.
    await sleep(300);
    targets = [b.base];
    const before = load.result.acknowledged.length;
    await sleep(1500);
    const result = await load.stop();
    expect(result.acknowledged.length - before).toBeGreaterThan(10);
    // No HTTP error from the surviving process; only connection failures to the dead one.
    expect([...result.statuses.keys()]).toEqual([]);
    const stored = await storedPostIds(db.url);
    const lost = result.acknowledged.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
    console.log(
      `kill -9: ${result.acknowledged.length} writes acknowledged, all stored; ${result.connectionErrors} connection errors to the killed process in ${(performance.now() - killedAt).toFixed(0)} ms`,
    );
  }, 30_000);
});

describe('PostgreSQL restart under load', () => {
  it('answers 503 + Retry-After during the outage, recovers by itself, loses no acknowledged write', async () => {
    if (a.process.exitCode !== null || a.process.signalCode !== null) a = await startApp(env);
    const load = startLoad(() => [a.base, b.base], token);
    await sleep(1000);
    const restartStarted = performance.now();
    // Asynchronously: the load keeps running in this process while PostgreSQL restarts.
    await execFileAsync('pg_ctlcluster', [...clusterName(), 'restart'], { timeout: 60_000 });
    const restartDone = performance.now();
    await waitFor(
      async () => load.result.firstSuccessAfterFailureAt > 0 || load.result.lastFailureAt === 0,
      20_000,
      'recovery',
    );
    await sleep(1000);
    const result = await load.stop();
    const outage = result.firstSuccessAfterFailureAt - result.firstFailureAt;
    console.log(
      `PostgreSQL restart: pg_ctlcluster restart took ${(restartDone - restartStarted).toFixed(0)} ms; clients saw 503s for ${outage.toFixed(0)} ms (first 503 → first 201 after the last 503); answers during the outage: ${JSON.stringify(Object.fromEntries(result.statuses))}; slowest answer ${result.slowest.toFixed(0)} ms; ${result.acknowledged.length} acknowledged, all stored`,
    );
    // The outage was seen, and only as 503s with Retry-After: no 500, no dropped connection, no crash.
    expect(result.statuses.get(503) ?? 0).toBeGreaterThan(0);
    expect([...result.statuses.keys()].filter((s) => s !== 503)).toEqual([]);
    expect(result.missingRetryAfter).toBe(0);
    expect(result.connectionErrors).toBe(0);
    expect(a.process.exitCode).toBeNull();
    expect(b.process.exitCode).toBeNull();
    const stored = await storedPostIds(db.url);
    expect(result.acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    // Health and readiness are green again, and the LISTEN connection came back: revocations fan out.
    for (const app of [a, b]) expect((await call(app.base, 'GET', '/api/ready/')).status).toBe(200);
    const user = await registerUser(a.base, 'after-restart');
    const delay = await logoutDelay(a.base, b.base, user);
    expect(delay).toBeLessThan(1000);
  }, 90_000);
});
