/**
 * A throw-away copy of a seeded database for one benchmark server, so write scenarios never change
 * the seeded original. The original is seeded on first use (and resumed if a seeding was cut
 * short): SQLite in `bench/.data/seed-<scale>-<seed>.sqlite3`, PostgreSQL in a database
 * `mm_bench_seed_<scale>_<seed>` used as a template (PostgreSQL copies its files).
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../../server/src/db/database.ts';
import { migrations } from '../../server/src/db/migrations/index.ts';
import { databaseConfig, seed } from '../seed.ts';
import { benchJournalKey, type Scale } from './dataset.ts';
import { createDatabase, databaseExists, databaseUrl, dropDatabase } from './postgres.ts';
import { ROOT } from './server.ts';

/** A database copy and the environment that points a server at it. */
export interface SeededCopy {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/** Where to seed and copy from. */
export interface SeededOptions {
  dialect: 'sqlite' | 'postgres';
  scale: Scale;
  seed: string;
  /** PostgreSQL admin URL (a database the role may create databases from). */
  adminUrl?: string;
}

/** The SQLite file a scale is seeded into. */
export function seededSqlitePath(scale: Scale, seedName: string): string {
  return path.join(ROOT, 'bench/.data', `seed-${scale.name}-${seedName}.sqlite3`);
}

function templateName(scale: Scale, seedName: string): string {
  return `mm_bench_seed_${scale.name}_${seedName}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

/**
 * True when a seeded original was migrated with another list of migrations than the code's (one
 * was added before the last applied, e.g. by a merge): migrating it fails, so it is seeded again.
 */
async function outdated(url: string): Promise<boolean> {
  const database = openDatabase(databaseConfig(url));
  try {
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`
      .execute(database.db)
      .then((r) => r.rows.map((row) => row.name))
      .catch(() => [] as string[]);
    const known = Object.keys(migrations).sort();
    return applied.some((name, i) => known[i] !== name);
  } finally {
    await database.close();
  }
}

const reseeding = (what: string) =>
  process.stderr.write(`${what} was seeded under an older list of migrations: seeding it again.\n`);

/** Seeds the original if needed (resuming an interrupted seeding) and returns a fresh copy. */
export async function seededCopy(options: SeededOptions): Promise<SeededCopy> {
  const { scale } = options;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mm-bench-'));
  const env = { DATA_DIR: dataDir, JOURNAL_ENCRYPTION_KEY: benchJournalKey(options.seed) };
  if (scale.name === 'L')
    process.stderr.write('Scale L seeds for minutes the first time: see README "Benchmarks".\n');
  if (options.dialect === 'sqlite') {
    const source = seededSqlitePath(scale, options.seed);
    if (existsSync(source) && (await outdated(`sqlite:${source}`))) {
      reseeding(path.relative(ROOT, source));
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${source}${suffix}`, { force: true });
    }
    await seed({ scale, databaseUrl: `sqlite:${source}`, seed: options.seed, resume: true });
    const copy = path.join(dataDir, 'mentalmuse.sqlite3');
    copyFileSync(source, copy);
    return {
      env: { ...env, DATABASE_URL: `sqlite:${copy}` },
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const adminUrl = options.adminUrl;
  if (adminUrl === undefined || adminUrl === '')
    throw new Error(
      'PostgreSQL benchmarks need BENCH_DATABASE_URL (e.g. postgres://postgres:postgres@127.0.0.1:5432/postgres).',
    );
  const template = templateName(scale, options.seed);
  if ((await databaseExists(adminUrl, template)) && (await outdated(databaseUrl(adminUrl, template)))) {
    reseeding(`Database ${template}`);
    await dropDatabase(adminUrl, template);
  }
  if (!(await databaseExists(adminUrl, template))) await createDatabase(adminUrl, template);
  await seed({ scale, databaseUrl: databaseUrl(adminUrl, template), seed: options.seed, resume: true });
  const copy = await createDatabase(adminUrl, `mm_bench_run_${process.pid}_${Date.now()}`, template);
  return {
    env: { ...env, DATABASE_URL: copy.url },
    dispose: async () => {
      await copy.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
