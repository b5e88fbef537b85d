/**
 * Accounts benchmark (issue #3): authenticated GET /api/user/{id}/ against the ceiling server,
 * refresh with rotation (each token used exactly once, its rotated successor fed back), and
 * login (Argon2id-bound). Runs on SQLite, and on PostgreSQL when BENCH_DATABASE_URL is set.
 *
 *   npm run bench:accounts                      # SQLite only
 *   BENCH_DATABASE_URL=postgres://… npm run bench:accounts
 *
 * Writes bench/results/accounts-<date>.json and prints a markdown table.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type LoadResult, load, markdownTable } from './lib/load.ts';
import { freePort, ROOT, type RunningServer, startMentalMuse, startProcess } from './lib/server.ts';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const USERS = 50;
const PASSWORD = 'benchmark harbour lantern 42';

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url} → ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
}

async function freshPostgres(adminUrl: string): Promise<string> {
  const name = `mm_bench_${Date.now()}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function scenarios(label: string, server: RunningServer): Promise<LoadResult[]> {
  const users: { id: string; access: string; refresh: string; username: string }[] = [];
  for (let i = 0; i < USERS; i++) {
    const username = `bench${i}`;
    const body = await post(`${server.url}/api/auth/register/`, {
      username,
      email: `${username}@example.com`,
      password: PASSWORD,
    });
    const user = body.user as { id: string };
    users.push({ id: user.id, access: String(body.access), refresh: String(body.refresh), username });
  }
  const target = users[0];
  if (target === undefined) throw new Error('no users');
  const auth = { authorization: `Bearer ${target.access}` };
  const detailUrl = `${server.url}/api/user/${users[1]?.id}/`;
  const sampleBytes = (await (await fetch(detailUrl, { headers: auth })).text()).length;
  const jwks = (await (await fetch(`${server.url}/.well-known/jwks.json`)).json()) as {
    keys: Record<string, unknown>[];
  };
  const ceiling = await startProcess(
    path.join(ROOT, 'bench/ceiling.ts'),
    [],
    { CEILING_JWK: JSON.stringify(jwks.keys[0]), CEILING_BODY_BYTES: String(sampleBytes) },
    await freePort(),
    '/health/',
  );
  const results: LoadResult[] = [];
  const run = async (name: string, options: Parameters<typeof load>[1]) => {
    await load(name, { ...options, duration: 2, connections: CONNECTIONS }); // warm-up
    const result = await load(name, { ...options, duration: DURATION, connections: CONNECTIONS });
    result.rssMiB = server.rssMiB();
    results.push({ ...result, name: `${label}: ${name}` });
    console.error(`${label}: ${name} → ${result.requestsPerSecond} req/s`);
  };

  try {
    await run('GET /api/user/{id}/ (ceiling server)', {
      url: `${ceiling.url}/api/user/${target.id}/`,
      headers: auth,
    });
  } finally {
    await ceiling.stop();
  }
  const ceilingResult = results.at(-1) as LoadResult;
  ceilingResult.rssMiB = undefined;
  await run('GET /api/user/{id}/', { url: detailUrl, headers: auth });
  const detail = results.at(-1) as LoadResult;
  detail.vsCeiling = detail.requestsPerSecond / Math.max(1, ceilingResult.requestsPerSecond);
  await run('GET /api/auth/user/', { url: `${server.url}/api/auth/user/`, headers: auth });

  // Refresh with rotation: a pool of distinct sessions; each request takes an unused token and
  // returns its rotated successor to the pool, so no token is ever replayed.
  const pool: string[] = [];
  for (let i = 0; i < CONNECTIONS * 3; i++) {
    const u = users[i % users.length] as (typeof users)[number];
    const body = await post(`${server.url}/api/auth/login/`, { username: u.username, password: PASSWORD });
    pool.push(String(body.refresh));
  }
  await run('POST /api/auth/refresh/ (rotating)', {
    url: `${server.url}/api/auth/refresh/`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
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
    ],
  });

  let next = 0;
  await run('POST /api/auth/login/', {
    url: `${server.url}/api/auth/login/`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          const u = users[next++ % users.length] as (typeof users)[number];
          return { ...request, body: JSON.stringify({ username: u.username, password: PASSWORD }) };
        },
      },
    ],
  });
  return results;
}

async function main() {
  const all: LoadResult[] = [];
  const targets: [string, Record<string, string>][] = [['sqlite', {}]];
  if (process.env.BENCH_DATABASE_URL)
    targets.push(['postgres', { DATABASE_URL: await freshPostgres(process.env.BENCH_DATABASE_URL) }]);
  for (const [label, env] of targets) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'mm-bench-'));
    // Registration must hand out tokens at once (the default, mandatory, waits for e-mail).
    const server = await startMentalMuse({ DATA_DIR: dataDir, EMAIL_VERIFICATION: 'none', ...env });
    try {
      all.push(...(await scenarios(label, server)));
    } finally {
      await server.stop();
    }
  }
  const table = markdownTable(all);
  const date = new Date().toISOString().slice(0, 10);
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    path.join(ROOT, `bench/results/accounts-${date}.json`),
    `${JSON.stringify({ date, node: process.version, duration: DURATION, connections: CONNECTIONS, results: all }, null, 2)}\n`,
  );
  console.log(table);
}

await main();
