/**
 * Seeds a database with the benchmark data set (issue #8) by bulk inserts in large transactions:
 * users (one shared, precomputed Argon2id hash of BENCH_PASSWORD), posts with their comments and
 * likes (counters consistent), and check-ins whose notes are encrypted with the journal crypto
 * under a key derived from the seed (run the server with JOURNAL_ENCRYPTION_KEY set to it).
 *
 *   npm run bench:seed -- --scale S|M|L --db sqlite:<path>|postgres://… [--resume] [--seed mentalmuse]
 *
 * Migrates first. The bulk tables' non-unique indexes are dropped while loading and rebuilt at
 * the end (one sort instead of millions of random B-tree inserts), from the definitions the
 * migrations created, which are kept in the `bench_seed` table meanwhile. Every batch is one
 * transaction and rows have fixed ids, so an interrupted run continues with `--resume` from the
 * highest id each table reached (and rebuilds the indexes when it finishes). Progress and timings go to
 * stderr; a run in the background (`… > seed.log 2>&1 &`) logs a line per 5%.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type Transaction } from 'kysely';
import type { DatabaseConfig } from '../server/src/config.ts';
import { type Database, openDatabase } from '../server/src/db/database.ts';
import { migrateToLatest } from '../server/src/db/migrate.ts';
import type { DB } from '../server/src/db/schema.ts';
import { fieldContext, JournalCipher, journalKey } from '../server/src/modules/journal/crypto.ts';
import { hashPassword } from '../server/src/modules/users/passwords.ts';
import {
  BENCH_PASSWORD,
  benchJournalKey,
  checkinPlain,
  postChunk,
  SCALES,
  type Scale,
  userRow,
} from './lib/dataset.ts';
import { formatSeconds, Progress } from './lib/progress.ts';

/** What {@link seed} needs. */
export interface SeedOptions {
  scale: Scale;
  /** `sqlite:<path>` or `postgres://…`. */
  databaseUrl: string;
  /** PRNG seed: the same seed gives the same data. */
  seed: string;
  /** Continue an interrupted run instead of refusing a database that has rows. */
  resume: boolean;
}

/** Seconds each phase took. */
export type SeedTimings = Record<string, number>;

type SeedMeta = {
  bench_seed: { key: string; value: string };
};
type Db = Database['db'];
type Trx = Transaction<DB>;

const USERS_PER_TX = 10_000;
const POSTS_PER_TX = 5_000;
const CHECKINS_PER_TX = 10_000;
/** Bound parameters per INSERT statement: below SQLite's 32,766 and PostgreSQL's 65,535. */
const PARAMS_PER_INSERT = 16_000;

/** `sqlite:<path>` / `postgres://…` → the server's database configuration. */
export function databaseConfig(url: string): DatabaseConfig {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return { dialect: 'postgres', url };
  if (url.startsWith('sqlite:'))
    return { dialect: 'sqlite', path: path.resolve(url.slice(7).replace(/^\/\//, '')) };
  throw new Error(`--db must be sqlite:<path> or postgres://… (got "${url}")`);
}

async function insertRows<T extends keyof DB>(trx: Trx, table: T, rows: readonly Record<string, unknown>[]) {
  const first = rows[0];
  if (first === undefined) return;
  const perInsert = Math.max(1, Math.floor(PARAMS_PER_INSERT / Object.keys(first).length));
  for (let start = 0; start < rows.length; start += perInsert)
    await trx
      .insertInto(table)
      .values(rows.slice(start, start + perInsert) as never)
      .execute();
}

async function maxId(db: Db, table: 'users' | 'posts' | 'journal_checkins'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('id').as('max'))
    .executeTakeFirst();
  return Number(row?.max ?? 0);
}

/** Runs `work` for [done, total) in steps of `step`, one transaction each, with a progress bar. */
async function phase(
  db: Db,
  label: string,
  done: number,
  total: number,
  step: number,
  work: (trx: Trx, start: number, end: number) => Promise<void>,
): Promise<number> {
  const progress = new Progress(label, total, done);
  for (let start = done; start < total; start += step) {
    const end = Math.min(total, start + step);
    await db.transaction().execute((trx) => work(trx, start, end));
    progress.update(end);
  }
  progress.finish();
  return progress.seconds;
}

const BULK_TABLES = ['posts', 'comments', 'post_likes', 'journal_checkins'];

/** Definitions of the bulk tables' non-unique indexes (unique ones stay: they are constraints). */
async function secondaryIndexes(database: Database): Promise<{ name: string; sql: string }[]> {
  const tables = sql.join(BULK_TABLES.map((t) => sql.lit(t)));
  const query =
    database.dialect === 'sqlite'
      ? sql<{ name: string; sql: string }>`select name, sql from sqlite_master where type = 'index'
          and tbl_name in (${tables}) and sql is not null and upper(sql) not like 'CREATE UNIQUE%' order by name`
      : sql<{ name: string; sql: string }>`select indexname as name, indexdef as sql from pg_indexes
          where schemaname = current_schema() and tablename in (${tables}) and indexdef not like 'CREATE UNIQUE%'
          order by indexname`;
  return (await query.execute(database.db)).rows;
}

async function readMeta(db: Db) {
  const meta = db.withTables<SeedMeta>();
  await meta.schema
    .createTable('bench_seed')
    .ifNotExists()
    .addColumn('key', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  const rows = await meta.selectFrom('bench_seed').selectAll().execute();
  const values: Record<string, string> = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  const write = async (key: string, value: string) => {
    values[key] = value;
    await meta.deleteFrom('bench_seed').where('key', '=', key).execute();
    await meta.insertInto('bench_seed').values({ key, value }).execute();
  };
  return { values, write };
}

/** Seeds (or resumes seeding) a database; resolves to the seconds each phase took. */
export async function seed(options: SeedOptions): Promise<SeedTimings> {
  const { scale, seed: seedName } = options;
  const config = databaseConfig(options.databaseUrl);
  const database = openDatabase(config);
  const db = database.db;
  const timings: SeedTimings = {};
  const started = performance.now();
  try {
    if (database.dialect === 'sqlite') {
      // Bulk-load settings for this connection only; the server opens the file with its own.
      await sql`PRAGMA synchronous = OFF`.execute(db);
      await sql`PRAGMA cache_size = -400000`.execute(db);
      await sql`PRAGMA temp_store = MEMORY`.execute(db);
    }
    await migrateToLatest(database);
    const meta = await readMeta(db);
    const identity = `${scale.name}:${seedName}`;
    const users = await maxId(db, 'users');
    if (meta.values.dataset === undefined) {
      if (users > 0) throw new Error('The database already has users that bench:seed did not write.');
      await meta.write('dataset', identity);
    } else if (meta.values.dataset !== identity) {
      throw new Error(`The database holds data set ${meta.values.dataset}, not ${identity}.`);
    } else if (meta.values.finished !== undefined) {
      process.stderr.write(`Already seeded: scale ${scale.name}, seed "${seedName}".\n`);
      return { total: 0 };
    } else if (!options.resume) {
      throw new Error('A previous seeding of this database did not finish: add --resume to continue it.');
    }

    if (meta.values.indexes === undefined) {
      const indexes = await secondaryIndexes(database);
      await meta.write('indexes', JSON.stringify(indexes));
      for (const index of indexes) await sql`drop index if exists ${sql.id(index.name)}`.execute(db);
    }
    const deferred = JSON.parse(meta.values.indexes ?? '[]') as { name: string; sql: string }[];

    const hash = await hashPassword(BENCH_PASSWORD);
    timings.users = await phase(db, 'users', users, scale.users, USERS_PER_TX, async (trx, start, end) => {
      const rows = [];
      for (let id = start + 1; id <= end; id++) rows.push(userRow(seedName, id, hash));
      await insertRows(trx, 'users', rows);
    });

    const posts = await maxId(db, 'posts');
    timings.posts = await phase(db, 'posts', posts, scale.posts, POSTS_PER_TX, async (trx, start, end) => {
      const chunk = postChunk(seedName, scale, start, end);
      await insertRows(trx, 'posts', chunk.posts);
      await insertRows(trx, 'comments', chunk.comments);
      await insertRows(trx, 'post_likes', chunk.likes);
    });

    const cipher = new JournalCipher([journalKey(Buffer.from(benchJournalKey(seedName), 'base64'))]);
    const checkins = await maxId(db, 'journal_checkins');
    timings.checkins = await phase(
      db,
      'check-ins',
      checkins,
      scale.checkins,
      CHECKINS_PER_TX,
      async (trx, start, end) => {
        const rows = [];
        for (let i = start; i < end; i++) {
          const { note, ...row } = checkinPlain(seedName, scale, i);
          const encrypted =
            note === null ? null : cipher.encrypt(note, fieldContext('journal_checkins.note', row.public_id));
          rows.push({
            ...row,
            note_ciphertext: encrypted?.ciphertext ?? null,
            key_id: encrypted?.keyId ?? null,
          });
        }
        await insertRows(trx, 'journal_checkins', rows);
      },
    );

    const indexing = new Progress('indexes', deferred.length);
    for (const [i, index] of deferred.entries()) {
      await sql`drop index if exists ${sql.id(index.name)}`.execute(db);
      await sql.raw(index.sql).execute(db);
      indexing.update(i + 1);
    }
    indexing.finish();
    timings.indexes = indexing.seconds;

    const finishing = performance.now();
    if (database.dialect === 'postgres') {
      // Explicit ids leave the identity sequences behind: move them past the seeded rows.
      for (const table of ['users', 'posts', 'comments', 'journal_checkins'])
        await sql`select setval(pg_get_serial_sequence(${table}, 'id'), greatest(1, (select max(id) from ${sql.table(table)})))`.execute(
          db,
        );
      await sql`analyze`.execute(db);
    } else {
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    }
    timings.finish = (performance.now() - finishing) / 1000;
    await meta.write('finished', new Date().toISOString());
    timings.total = (performance.now() - started) / 1000;
    return timings;
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'S' },
      db: { type: 'string' },
      seed: { type: 'string', default: 'mentalmuse' },
      resume: { type: 'boolean', default: false },
    },
  });
  const scale = SCALES[values.scale.toUpperCase()];
  if (scale === undefined || values.db === undefined) {
    process.stderr.write(
      'Usage: npm run bench:seed -- --scale S|M|L --db sqlite:<path>|postgres://… [--resume] [--seed NAME]\n',
    );
    process.exit(2);
  }
  process.stderr.write(
    `Seeding scale ${scale.name} (${scale.users.toLocaleString('en')} users, ${scale.posts.toLocaleString('en')} posts, ` +
      `${scale.comments.toLocaleString('en')} comments, ${scale.likes.toLocaleString('en')} likes, ` +
      `${scale.checkins.toLocaleString('en')} check-ins) into ${values.db.replace(/\/\/[^@/]*@/, '//…@')}\n`,
  );
  const timings = await seed({ scale, databaseUrl: values.db, seed: values.seed, resume: values.resume });
  const parts = Object.entries(timings).map(([k, v]) => `${k} ${formatSeconds(v)}`);
  process.stderr.write(`Done: ${parts.join(', ')}.\n`);
  process.stderr.write(`Serve it with JOURNAL_ENCRYPTION_KEY=${benchJournalKey(values.seed)}\n`);
}

if (import.meta.main)
  await main().catch((error: unknown) => {
    process.stderr.write(`bench:seed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
