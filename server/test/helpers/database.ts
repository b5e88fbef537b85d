/**
 * Test databases. The whole suite runs once per dialect, chosen by `TEST_DIALECT`
 * (`sqlite` | `postgres`); PostgreSQL needs `TEST_DATABASE_URL` (a server the tests may create
 * databases on). Every test file gets its own fresh, migrated database: SQLite `:memory:` or a
 * new PostgreSQL database dropped afterwards.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/config.ts';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

/** The dialects a repository suite loops over in this run. */
export type TestDialect = 'sqlite-memory' | 'sqlite-file' | 'postgres';

/** The dialect family of this run. */
export const RUN_DIALECT: 'sqlite' | 'postgres' =
  process.env.TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

/** Repository suites loop over these (as Kysely's own suite loops over dialects). */
export const REPOSITORY_DIALECTS: TestDialect[] =
  RUN_DIALECT === 'postgres' ? ['postgres'] : ['sqlite-memory', 'sqlite-file'];

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined || url === '') {
    throw new Error(
      'TEST_DIALECT=postgres needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres).',
    );
  }
  return url;
}

/** Creates an empty PostgreSQL database; returns its URL and a function dropping it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = adminUrl();
  const name = `mm_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'mm-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** An empty database of a dialect (not migrated), its config, and a disposer. */
export async function emptyDatabase(
  dialect: TestDialect = RUN_DIALECT === 'postgres' ? 'postgres' : 'sqlite-memory',
) {
  let config: DatabaseConfig;
  let drop = async () => {};
  if (dialect === 'postgres') {
    const created = await createPostgresDatabase();
    config = { dialect: 'postgres', url: created.url };
    drop = created.drop;
  } else if (dialect === 'sqlite-file') {
    config = { dialect: 'sqlite', path: path.join(tempDir(), 'test.sqlite3') };
  } else {
    config = { dialect: 'sqlite', path: ':memory:' };
  }
  const database = openDatabase(config, { poolSize: 4 });
  return {
    database,
    config,
    dispose: async () => {
      await database.close();
      await drop();
    },
  };
}

/** A fresh, migrated database for one test file. */
export async function testDatabase(
  dialect?: TestDialect,
): Promise<{ database: Database; config: DatabaseConfig; dispose: () => Promise<void> }> {
  const result = await emptyDatabase(dialect);
  await migrateToLatest(result.database);
  return result;
}
