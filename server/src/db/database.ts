/**
 * Opens the configured database (embedded SQLite or PostgreSQL) as one typed Kysely instance.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import type pg from 'pg';
import type { DatabaseConfig, SqliteSynchronous } from '../config.ts';
import { loadPg } from '../lib/load-at-first-use.ts';
import { COMPUTED_BOOLEANS, type DB } from './schema.ts';
import { NodeSqliteDialect } from './sqlite-dialect.ts';
import { statementName } from './statement-names.ts';

/** The query builder handed to repositories: the database itself or an open transaction. */
export type Executor = Kysely<DB> | Transaction<DB>;

/** An open database and what the rest of the app needs to know about it. */
export interface Database {
  /** The typed query builder. */
  db: Kysely<DB>;
  /** Which engine answers; only the migrations and error mapping ever branch on it. */
  dialect: 'sqlite' | 'postgres';
  /** Closes every connection. */
  close(): Promise<void>;
  /** PostgreSQL pool occupancy (for metrics); absent on SQLite. */
  poolStats?(): { total: number; idle: number; waiting: number };
}

/** Options for {@link openDatabase}. */
export interface OpenOptions {
  /** SQLite `synchronous` pragma. */
  sqliteSynchronous?: SqliteSynchronous;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

const PG_INT8 = 20;
const PG_NUMERIC = 1700;

function pgTypes() {
  // Counts and microsecond timestamps are BIGINT; every value this app stores fits in 2^53.
  return {
    getTypeParser(oid: number, format?: string) {
      if (oid === PG_INT8 || oid === PG_NUMERIC) return (value: string) => Number(value);
      return loadPg().types.getTypeParser(oid, format as 'text');
    },
  };
}

/**
 * Switching a fresh file to WAL needs an exclusive lock, which SQLite refuses at once (no busy
 * wait) while another process is creating the same file; retry briefly.
 */
function execWhenUnlocked(sqlite: DatabaseSync, statement: string): void {
  for (let attempt = 1; ; attempt++) {
    try {
      sqlite.exec(statement);
      return;
    } catch (error) {
      const code = (error as { errcode?: number }).errcode ?? 0;
      if (code % 256 !== 5 || attempt >= 50) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

/**
 * Makes a client run the SQL of prepared templates (`prepared.ts`) as named statements: the
 * server parses and plans each once per connection instead of on every execution. Kysely's
 * driver passes `(sql, parameters)`; pg takes a name only in its query-config form.
 */
function nameTemplateStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const named = (...args: unknown[]) => {
    const [text, values] = args;
    const name = typeof text === 'string' && args.length === 2 ? statementName(text) : undefined;
    return name === undefined ? query(...args) : query({ name, text, values });
  };
  Object.assign(client, { query: named });
}

/** Opens the database a {@link DatabaseConfig} describes. */
export function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Database {
  if (config.dialect === 'postgres') {
    const pool = new (loadPg().Pool)({
      connectionString: config.url,
      max: options.poolSize ?? 10,
      types: pgTypes() as pg.CustomTypesConfig,
    });
    // An idle client losing its server (a restart) must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    // A checked-out client (e.g. inside a transaction, between queries) that loses its server emits
    // 'error' on itself, which would crash the process; the query in progress fails anyway (→ 503)
    // and pg-pool discards the broken client on release.
    pool.on('connect', (client) => {
      client.on('error', () => {});
      nameTemplateStatements(client);
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      dialect: 'postgres',
      close: () => db.destroy(),
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    };
  }
  if (config.path !== ':memory:') mkdirSync(path.dirname(config.path), { recursive: true });
  const sqlite = new DatabaseSync(config.path, { timeout: 5000 });
  sqlite.exec('PRAGMA foreign_keys = ON');
  if (config.path !== ':memory:') {
    execWhenUnlocked(sqlite, 'PRAGMA journal_mode = WAL');
    sqlite.exec(`PRAGMA synchronous = ${options.sqliteSynchronous ?? 'NORMAL'}`);
  }
  const db = new Kysely<DB>({ dialect: new NodeSqliteDialect(sqlite, COMPUTED_BOOLEANS) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}
