/**
 * Scale-out benchmark (issue #10): the community feed `GET /api/post/` (anonymous, first page of
 * 10 with authors) on PostgreSQL, served by `serve --workers 1` and then `--workers 2`, same data,
 * same load. Needs BENCH_DATABASE_URL (a PostgreSQL server it may create a database on).
 *
 *   BENCH_DATABASE_URL=postgres://postgres:postgres@127.0.0.1:5432/postgres npm run bench:scale
 *
 * BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (default 50), BENCH_WORKERS (default "1,2").
 * Writes bench/results/scale-<date>.json and prints a markdown table. autocannon runs in this
 * process: on a small machine it competes with the workers for cores — say so with the figures.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BENCH_PASSWORD } from './lib/dataset.ts';
import { postJson as post } from './lib/http.ts';
import { type LoadResult, load, markdownTable } from './lib/load.ts';
import { describeMachine } from './lib/machine.ts';
import { createDatabase } from './lib/postgres.ts';
import { BENCH_SERVER_ENV, freePort, ROOT, startProcess } from './lib/server.ts';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WORKER_COUNTS = (process.env.BENCH_WORKERS ?? '1,2').split(',').map(Number);
const POSTS = 500;

function serverEnv(databaseUrl: string, dataDir: string): Record<string, string> {
  return { ...BENCH_SERVER_ENV, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, DATABASE_POOL_SIZE: '10' };
}

async function main(): Promise<void> {
  const admin = process.env.BENCH_DATABASE_URL;
  if (admin === undefined || admin === '') {
    console.error('bench:scale needs BENCH_DATABASE_URL (PostgreSQL).');
    process.exit(2);
  }
  const database = await createDatabase(admin, `mm_bench_scale_${Date.now()}`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mm-bench-scale-'));
  const main = path.join(ROOT, 'server/src/main.ts');
  const results: LoadResult[] = [];
  try {
    // Seed once through the API (this also migrates).
    const seeder = await startProcess(
      main,
      ['serve'],
      serverEnv(database.url, dataDir),
      await freePort(),
      '/api/health/',
    );
    const author = await post(`${seeder.url}/api/auth/register/`, {
      username: 'author',
      email: 'author@example.com',
      password: BENCH_PASSWORD,
    });
    const auth = { authorization: `Bearer ${String(author.access)}` };
    for (let i = 0; i < POSTS; i++)
      await post(`${seeder.url}/api/post/`, { body: `Post number ${i}`, mood: (i % 5) + 1 }, auth);
    await seeder.stop();

    for (const workers of WORKER_COUNTS) {
      const server = await startProcess(
        main,
        ['serve', '--no-migrate', '--workers', String(workers)],
        serverEnv(database.url, dataDir),
        await freePort(),
        '/api/health/',
      );
      try {
        const url = `${server.url}/api/post/`;
        await load('warm-up', { url, duration: 2, connections: CONNECTIONS });
        const result = await load(`feed GET /api/post/, ${workers} worker${workers === 1 ? '' : 's'}`, {
          url,
          duration: DURATION,
          connections: CONNECTIONS,
        });
        results.push(result);
        console.error(`${result.name} → ${result.requestsPerSecond} req/s`);
      } finally {
        await server.stop();
      }
    }
  } finally {
    await database.drop();
  }

  const base = results[0]?.requestsPerSecond ?? 0;
  for (const r of results) r.vsCeiling = base === 0 ? undefined : r.requestsPerSecond / base;
  const machine = describeMachine();
  const date = new Date().toISOString().slice(0, 10);
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    path.join(ROOT, `bench/results/scale-${date}.json`),
    `${JSON.stringify({ date, machine, duration: DURATION, connections: CONNECTIONS, results }, null, 2)}\n`,
  );
  console.log(`Machine: ${machine}; ${DURATION} s per run, ${CONNECTIONS} connections.\n`);
  console.log(markdownTable(results).replace('vs ceiling', 'vs 1 worker'));
}

await main();
