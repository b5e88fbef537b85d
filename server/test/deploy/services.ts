/**
 * Real services for the deployment suite: free ports, a private `redis-server`, app processes
 * started exactly as in production (`node src/main.ts serve` on the pinned Node), a fresh
 * PostgreSQL database, and a tiny HTTP client with timings. Nothing here is shared between test
 * files; every child is killed in `stop()`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createPostgresDatabase, tempDir } from '../helpers/database.ts';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Polls `check` until it returns true, or throws after `timeoutMs`; resolves to the ms it took. */
export async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await check().catch(() => false)) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A running child process with its collected output. */
export interface Child {
  process: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | string>;
  stop: () => Promise<void>;
}

function track(child: ChildProcess): Child {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? -1));
  });
  return {
    process: child,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

/** A private Redis on a free port, without persistence. */
export async function startRedis(port?: number): Promise<Child & { port: number; url: string }> {
  const chosen = port ?? (await freePort());
  const child = track(
    spawn(
      'redis-server',
      ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    ),
  );
  await waitFor(
    async () => child.output().includes('Ready to accept connections'),
    10_000,
    'redis-server start',
  );
  return { ...child, port: chosen, url: `redis://127.0.0.1:${chosen}` };
}

/** A fresh, migrated PostgreSQL database on TEST_DATABASE_URL's server. */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const created = await createPostgresDatabase();
  const database = openDatabase({ dialect: 'postgres', url: created.url }, { poolSize: 1 });
  await migrateToLatest(database);
  await database.close();
  return created;
}

/** An app process. */
export interface AppProcess extends Child {
  port: number;
  base: string;
}

/** Environment every app process in this suite shares unless overridden. */
export function baseEnv(dataDir: string, databaseUrl: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '5',
    SECRET_KEY: 'deploy-suite-secret-key-0123456789abcdef',
    EMAIL_VERIFICATION: 'none',
    EMAIL_BACKEND: 'console',
    LOG_LEVEL: 'info',
    RATE_LIMIT_ENABLED: 'false',
    // The write-load drills post hundreds of times from a fresh account; the first-day posting
    // limits have their own tests (community/posting-limits.test.ts).
    NEW_ACCOUNT_HOURS: '0',
  };
}

/**
 * Starts `mentalmuse serve` (no migration: the database is migrated once) and waits until
 * `/api/health/` answers. Processes sharing `DATA_DIR` share the generated signing keys.
 */
export async function startApp(env: Record<string, string>, args: string[] = []): Promise<AppProcess> {
  const port = env.PORT === undefined ? await freePort() : Number(env.PORT);
  const child = track(
    spawn(process.execPath, ['src/main.ts', 'serve', '--no-migrate', ...args], {
      cwd: SERVER_DIR,
      env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => (await fetch(`${base}/api/health/`)).status === 200, 20_000, `app on ${port}`);
  } catch (error) {
    await child.stop();
    throw new Error(`${(error as Error).message}\n${child.output()}`);
  }
  return { ...child, port, base };
}

/** A temporary DATA_DIR. */
export function dataDir(): string {
  return tempDir('mm-deploy-');
}

/** JSON request helper: status, headers and parsed body (null when not JSON). */
export async function call(
  base: string,
  method: string,
  url: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> | null }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${url}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: Record<string, unknown> | null = null;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = null;
  }
  return { status: response.status, headers: response.headers, body };
}

/** Registers a user through the API and returns its tokens. */
export async function registerUser(
  base: string,
  username: string,
): Promise<{ access: string; refresh: string; id: string }> {
  const res = await call(base, 'POST', '/api/auth/register/', {
    body: { username, email: `${username}@example.com`, password: 'quiet harbour lights 72' },
  });
  if (res.status !== 201 || res.body === null)
    throw new Error(`register ${res.status} ${JSON.stringify(res.body)}`);
  const user = res.body.user as { id: string };
  return { access: String(res.body.access), refresh: String(res.body.refresh), id: user.id };
}

/** Logs in and returns the tokens of the new session. */
export async function login(base: string, username: string): Promise<{ access: string; refresh: string }> {
  const res = await call(base, 'POST', '/api/auth/login/', {
    body: { username, password: 'quiet harbour lights 72' },
  });
  if (res.status !== 200 || res.body === null) throw new Error(`login ${res.status}`);
  return { access: String(res.body.access), refresh: String(res.body.refresh) };
}

/** Measures how long after `action` resolves an access token stops working on `base`. */
export async function refusedAfter(
  base: string,
  access: string,
  action: () => Promise<void>,
): Promise<number> {
  // The rate limiter runs before authentication, so a burst of probes from one address would be
  // answered 429 instead of 401: each probe comes from its own documentation address (honoured
  // where TRUST_PROXY is on), and the limiter stays out of what is measured.
  let probe = 0;
  const ask = () =>
    call(base, 'GET', '/api/auth/user/', {
      token: access,
      headers: { 'x-forwarded-for': `198.51.100.${(probe++ % 254) + 1}` },
    });
  expectStatus((await ask()).status, 200);
  await action();
  return waitFor(async () => (await ask()).status === 401, 5000, 'token refused on the other process');
}

/** Logs `user` out on `from` (204 expected) and returns how long until `on` refuses its token. */
export function logoutDelay(
  from: string,
  on: string,
  user: { access: string; refresh: string },
): Promise<number> {
  return refusedAfter(on, user.access, async () => {
    const res = await call(from, 'POST', '/api/auth/logout/', {
      token: user.access,
      body: { refresh: user.refresh },
    });
    expectStatus(res.status, 204);
  });
}

function expectStatus(actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`expected HTTP ${expected}, got ${actual}`);
}

/** True when the suite runs under CI (services must then be present). */
export const IN_CI = process.env.CI === 'true';

/** PostgreSQL admin URL for this suite (required). */
export function postgresAdminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined || url === '')
    throw new Error(
      'The deploy suite needs TEST_DATABASE_URL (a PostgreSQL server it may create databases on).',
    );
  return url;
}

/** One event received on a live stream. */
export interface LiveEvent {
  /** `event:` field. */
  event: string;
  /** Parsed `data:` field. */
  data: Record<string, unknown>;
  /** When it arrived (performance.now()). */
  at: number;
}

/**
 * Opens `GET /api/events/` on `base` with a ticket or a Bearer token and collects its events as
 * they arrive (the fetch body is read chunk by chunk, so buffering anywhere on the way shows).
 */
export async function openLiveStream(
  base: string,
  auth: { ticket: string } | { token: string },
): Promise<{ status: number; events: LiveEvent[]; close: () => void }> {
  const controller = new AbortController();
  const url = 'ticket' in auth ? `${base}/api/events/?ticket=${auth.ticket}` : `${base}/api/events/`;
  const headers: Record<string, string> = 'token' in auth ? { authorization: `Bearer ${auth.token}` } : {};
  const response = await fetch(url, { headers, signal: controller.signal });
  const events: LiveEvent[] = [];
  if (response.body !== null && response.status === 200) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let at = buffer.indexOf('\n\n');
          while (at >= 0) {
            const block = buffer.slice(0, at);
            buffer = buffer.slice(at + 2);
            at = buffer.indexOf('\n\n');
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event !== undefined && data !== undefined)
              events.push({ event, data: JSON.parse(data), at: performance.now() });
          }
        }
      } catch {
        // aborted
      }
    })();
  }
  return { status: response.status, events, close: () => controller.abort() };
}
