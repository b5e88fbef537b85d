/**
 * Process life cycle: `serve --workers N` (a cluster on one port, metrics gathered from every
 * worker, drained by SIGTERM), refusal of several workers on SQLite, and the SIGTERM drain of a
 * single process with a request in flight.
 */
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseEnv, call, dataDir, freePort, freshPostgres, startApp, waitFor } from './services.ts';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(true));
  });
}

let db: Awaited<ReturnType<typeof freshPostgres>>;
beforeAll(async () => {
  db = await freshPostgres();
});
afterAll(async () => {
  await db?.drop();
});

describe('serve --workers', () => {
  it('refuses several workers on SQLite with a clear message (exit 2)', () => {
    const result = spawnSync(process.execPath, ['src/main.ts', 'serve', '--workers', '2'], {
      cwd: SERVER_DIR,
      env: { ...baseEnv(dataDir(), 'sqlite::memory:'), PORT: '0' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Refusing to start 2 workers on SQLite/);
  });

  it('runs two workers on one port, aggregates metrics, drains on SIGTERM and exits 0', async () => {
    const app = await startApp({ ...baseEnv(dataDir(), db.url), METRICS_ENABLED: 'true' }, [
      '--workers',
      '2',
    ]);
    try {
      // Both workers answer (the primary hands connections out round-robin) and /metrics shows both.
      const seen = new Set<string>();
      await waitFor(
        async () => {
          const res = await fetch(`${app.base}/metrics`);
          const text = await res.text();
          for (const match of text.matchAll(/mentalmuse_http_requests_total\{worker="(\d+)"/g))
            seen.add(match[1] ?? '');
          await fetch(`${app.base}/api/health/`, { headers: { connection: 'close' } });
          return seen.size === 2;
        },
        10_000,
        'metrics from both workers',
      );
      expect(seen.size).toBe(2);
      app.process.kill('SIGTERM');
      expect(await app.exited).toBe(0);
    } finally {
      await app.stop();
    }
  }, 40_000);
});

describe('SIGTERM drain', () => {
  it('finishes the request in flight, refuses new connections and exits 0 within 10 s', async () => {
    const app = await startApp(baseEnv(dataDir(), db.url));
    try {
      // A login whose body arrives slowly: in flight when SIGTERM lands.
      const body = JSON.stringify({ username: 'nobody', password: 'some password 9' });
      const answer = new Promise<number>((resolve, reject) => {
        const req = request(
          `${app.base}/api/auth/login/`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.write(body.slice(0, 10));
        setTimeout(() => req.end(body.slice(10)), 1500);
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = performance.now();
      app.process.kill('SIGTERM');
      // The listening socket closes at once: a new connection is refused while the old one finishes.
      await waitFor(() => refused(app.port), 2000, 'new connections refused');
      expect(await answer).toBe(401);
      const answered = performance.now();
      expect(await app.exited).toBe(0);
      expect(performance.now() - started).toBeLessThan(10_000);
      // The drained connection was closed, not left to a keep-alive timeout.
      expect(performance.now() - answered).toBeLessThan(2000);
    } finally {
      await app.stop();
    }
  });

  it('a second port is free again after exit (nothing left listening)', async () => {
    const port = await freePort();
    const app = await startApp({ ...baseEnv(dataDir(), db.url), PORT: String(port) });
    app.process.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    const again = await startApp({ ...baseEnv(dataDir(), db.url), PORT: String(port) });
    expect((await call(again.base, 'GET', '/api/ready/')).status).toBe(200);
    await again.stop();
  });
});
