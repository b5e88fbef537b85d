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
import { BENCH_PASSWORD } from './lib/dataset.ts';
import { postJson as post } from './lib/http.ts';
import { type LoadResult, load, markdownTable, rotatingRefresh } from './lib/load.ts';
import { createDatabase } from './lib/postgres.ts';
import { ROOT, type RunningServer, startCeiling, startMentalMuse } from './lib/server.ts';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const USERS = 50;
const PASSWORD = BENCH_PASSWORD;

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
  const ceiling = await startCeiling(server, sampleBytes);
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
    requests: rotatingRefresh(pool),
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
    targets.push([
      'postgres',
      { DATABASE_URL: (await createDatabase(process.env.BENCH_DATABASE_URL, `mm_bench_${Date.now()}`)).url },
    ]);
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
