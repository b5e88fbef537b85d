/**
 * Two real app processes on one PostgreSQL database: a revocation on one is honoured by the other
 * within a second — through Redis pub/sub, through Redis while Redis is down (the database poll),
 * and through PostgreSQL LISTEN/NOTIFY without Redis — and rate limits and login throttling are
 * counted across both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppProcess,
  baseEnv,
  call,
  dataDir,
  freshPostgres,
  login,
  logoutDelay,
  refusedAfter,
  registerUser,
  startApp,
  startRedis,
  waitFor,
} from './services.ts';

/** The contract: a revocation reaches every process within this many milliseconds. */
const FANOUT_BOUND_MS = 1000;

describe('with Redis', () => {
  let db: Awaited<ReturnType<typeof freshPostgres>>;
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let a: AppProcess;
  let b: AppProcess;

  beforeAll(async () => {
    db = await freshPostgres();
    redis = await startRedis();
    const env = {
      ...baseEnv(dataDir(), db.url),
      REDIS_URL: redis.url,
      RATE_LIMIT_ENABLED: 'true',
      RATE_LIMIT_MAX: '20',
      RATE_LIMIT_WINDOW: '60',
      TRUST_PROXY: 'true',
      LOGIN_MAX_FAILURES: '3',
    };
    a = await startApp(env);
    // Start B after A has generated the signing key in the shared DATA_DIR.
    b = await startApp(env);
  }, 60_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await redis?.stop();
    await db?.drop();
  });

  it('logout on A → the access token is refused on B within 1 s', async () => {
    const user = await registerUser(a.base, 'rita');
    const delay = await logoutDelay(a.base, b.base, user);
    console.log(`fan-out via Redis: refused on B ${delay.toFixed(0)} ms after logout on A`);
    expect(delay).toBeLessThan(FANOUT_BOUND_MS);
  });

  it('logout-all and session deletion on A reach B too', async () => {
    await registerUser(a.base, 'sam');
    const one = await login(a.base, 'sam');
    const two = await login(b.base, 'sam');
    const sessions = await call(a.base, 'GET', '/api/auth/sessions/', { token: one.access });
    // Newest first: the first session that is not the caller's is the one just opened on B.
    const other = ((sessions.body?.results ?? []) as { id: string; current: boolean }[]).find(
      (s) => !s.current,
    );
    expect(other).toBeDefined();
    const deleted = await refusedAfter(b.base, two.access, async () => {
      expect(
        (await call(a.base, 'DELETE', `/api/auth/sessions/${other?.id}/`, { token: one.access })).status,
      ).toBe(204);
    });
    expect(deleted).toBeLessThan(FANOUT_BOUND_MS);
    const three = await login(a.base, 'sam');
    const all = await refusedAfter(b.base, three.access, async () => {
      expect((await call(a.base, 'POST', '/api/auth/logout-all/', { token: three.access })).status).toBe(204);
    });
    expect(all).toBeLessThan(FANOUT_BOUND_MS);
  });

  it('counts the global rate limit across both processes', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.7' };
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await call(i % 2 === 0 ? a.base : b.base, 'GET', '/.well-known/jwks.json', { headers });
      statuses.push(res.status);
    }
    // 20 allowed in total, not 20 per process.
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
  });

  it('counts login failures across both processes', async () => {
    await registerUser(a.base, 'tess');
    const headers = { 'x-forwarded-for': '203.0.113.8' };
    const attempt = (base: string) =>
      call(base, 'POST', '/api/auth/login/', {
        headers,
        body: { username: 'tess', password: 'wrong password 1' },
      });
    expect((await attempt(a.base)).status).toBe(401);
    expect((await attempt(b.base)).status).toBe(401);
    expect((await attempt(a.base)).status).toBe(401);
    // The third failure locked the account everywhere; B must know within a moment.
    await waitFor(async () => (await attempt(b.base)).status === 429, FANOUT_BOUND_MS, 'lock seen on B');
  });

  it('keeps serving when Redis stops (local limits, revocations still within 1 s) and recovers', async () => {
    const user = await registerUser(a.base, 'uma');
    await redis.stop();
    // Serving goes on, rate limiting falls back to per-process counters.
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    for (const base of [a.base, b.base])
      expect((await call(base, 'GET', '/.well-known/jwks.json', { headers })).status).toBe(200);
    expect((await call(b.base, 'GET', '/api/auth/user/', { token: user.access })).status).toBe(200);
    const delay = await logoutDelay(a.base, b.base, user);
    console.log(`fan-out with Redis down (database poll): ${delay.toFixed(0)} ms`);
    expect(delay).toBeLessThan(FANOUT_BOUND_MS);
    expect(a.output()).toMatch(/Redis is unreachable/);

    redis = await startRedis(redis.port);
    await waitFor(
      async () =>
        a.output().includes('Redis is reachable again') && b.output().includes('Redis is reachable again'),
      10_000,
      'reconnect',
    );
    const again = await registerUser(a.base, 'vic');
    const after = await logoutDelay(a.base, b.base, again);
    expect(after).toBeLessThan(FANOUT_BOUND_MS);
  }, 30_000);
});

describe('without Redis: PostgreSQL LISTEN/NOTIFY', () => {
  let db: Awaited<ReturnType<typeof freshPostgres>>;
  let a: AppProcess;
  let b: AppProcess;

  beforeAll(async () => {
    db = await freshPostgres();
    const env = { ...baseEnv(dataDir(), db.url), LOGIN_MAX_FAILURES: '2' };
    a = await startApp(env);
    b = await startApp(env);
  }, 60_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await db?.drop();
  });

  it('logout on A → the access token is refused on B within 1 s', async () => {
    const user = await registerUser(a.base, 'wren');
    const delay = await logoutDelay(a.base, b.base, user);
    console.log(`fan-out via LISTEN/NOTIFY: ${delay.toFixed(0)} ms`);
    expect(delay).toBeLessThan(FANOUT_BOUND_MS);
  });

  it('login failures on A lock the account on B', async () => {
    await registerUser(a.base, 'xena');
    const attempt = (base: string) =>
      call(base, 'POST', '/api/auth/login/', { body: { username: 'xena', password: 'wrong password 2' } });
    expect((await attempt(a.base)).status).toBe(401);
    expect((await attempt(a.base)).status).toBe(401);
    await waitFor(async () => (await attempt(b.base)).status === 429, FANOUT_BOUND_MS, 'lock seen on B');
  });
});
