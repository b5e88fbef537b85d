/**
 * In-process checks of the observability and protection routes: `/api/ready/`, `/metrics`
 * (disabled, loopback-only, token) and load shedding. The multi-process behaviour is tested with
 * real processes in test/deploy/.
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/helpers/app.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let current: TestApp | null = null;
async function start(env: Record<string, string> = {}): Promise<TestApp> {
  current = await createTestApp({ env });
  return current;
}
afterEach(async () => {
  await current?.close();
  current = null;
});

describe('GET /api/ready/', () => {
  it('is 200 when the database answers and every migration is applied', async () => {
    const { app } = await start();
    const res = await app.inject({ method: 'GET', url: '/api/ready/' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready' });
  });

  it('is 503 with Retry-After and the pending migrations when the schema is behind', async () => {
    const { app, database } = await start();
    await sql`delete from kysely_migration where name = ${'0002_sessions'}`.execute(database.db);
    const res = await app.inject({ method: 'GET', url: '/api/ready/' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toEqual({
      detail: 'Database migrations are pending.',
      pending_migrations: ['0002_sessions'],
    });
  });

  it('is 503 when the database is gone, and needs no credentials', async () => {
    const { app, database } = await start();
    await database.close();
    const res = await app.inject({ method: 'GET', url: '/api/ready/' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ detail: 'Service temporarily unavailable, try again later.' });
  });
});

describe('GET /metrics', () => {
  it('does not exist unless METRICS_ENABLED', async () => {
    const { app } = await start();
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
  });

  it('answers direct loopback scrapes with Prometheus text: requests per route and status, latency', async () => {
    const { app } = await start({ METRICS_ENABLED: 'true' });
    await app.inject({ method: 'GET', url: '/api/health/' });
    await app.inject({ method: 'GET', url: '/api/user/' });
    const res = await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(res.body).toContain(
      'mentalmuse_http_requests_total{worker="0",method="GET",route="/api/health/",status="200"} 1',
    );
    expect(res.body).toContain(
      'mentalmuse_http_requests_total{worker="0",method="GET",route="/api/user/",status="401"} 1',
    );
    expect(res.body).toMatch(
      /mentalmuse_http_request_duration_seconds_bucket\{worker="0",method="GET",route="\/api\/health\/",le="\+Inf"\} 1/,
    );
    expect(res.body).toContain('# TYPE mentalmuse_http_request_duration_seconds histogram');
    expect(res.body).toMatch(/mentalmuse_outbox_messages\{status="pending"\} 0/);
    expect(res.body).toMatch(/mentalmuse_revoked_sessions\{worker="0"\} 0/);
  });

  it('refuses anything relayed by a proxy or from another address (403), whatever it claims', async () => {
    const { app } = await start({ METRICS_ENABLED: 'true' });
    const relayed = await app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': '127.0.0.1' },
    });
    expect(relayed.statusCode).toBe(403);
    const remote = await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '10.1.2.3' });
    expect(remote.statusCode).toBe(403);
    expect(remote.json()).toEqual({ detail: 'You do not have permission to perform this action.' });
  });

  it('with METRICS_TOKEN requires that bearer token from anywhere', async () => {
    const token = 'scrape-token-0123456789';
    const { app } = await start({ METRICS_ENABLED: 'true', METRICS_TOKEN: token });
    const url = '/metrics';
    expect((await app.inject({ method: 'GET', url, remoteAddress: '127.0.0.1' })).statusCode).toBe(403);
    const wrong = { authorization: 'Bearer scrape-token-0123456780' };
    expect((await app.inject({ method: 'GET', url, headers: wrong })).statusCode).toBe(403);
    const right = { authorization: `Bearer ${token}` };
    const res = await app.inject({ method: 'GET', url, remoteAddress: '10.1.2.3', headers: right });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('mentalmuse_http_requests_total');
  });
});

describe('load shedding', () => {
  it('answers 503 with Retry-After at once while the event loop lags, then recovers', async () => {
    const { app } = await start({ MAX_EVENT_LOOP_DELAY: '0.05', METRICS_ENABLED: 'true' });
    expect((await app.inject({ method: 'GET', url: '/api/health/' })).statusCode).toBe(200);
    // Block the loop for over a sample interval (1 s), then let the sampler run.
    const until = Date.now() + 1300;
    while (Date.now() < until) {
      // busy: the event loop cannot turn
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    const shed = await app.inject({ method: 'GET', url: '/api/health/' });
    expect(shed.statusCode).toBe(503);
    expect(shed.headers['retry-after']).toBe('1');
    expect(shed.json()).toEqual({ detail: 'Service temporarily unavailable, try again later.' });
    expect(app.shedRequests).toBeGreaterThan(0);
    // The next quiet sample clears the pressure.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await app.inject({ method: 'GET', url: '/api/health/' })).statusCode).toBe(200);
  });
});
