/**
 * `mentalmuse restore FILE`: verifies the backup first, refuses while a server holds the database,
 * and never destroys data: on SQLite the replaced database is moved aside; on PostgreSQL the
 * dump is only restored into an empty database.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import type { Config } from '../config.ts';
import { loadPg } from '../lib/load-at-first-use.ts';
import { temporaryPath } from './files.ts';
import { checkDumpFile, countRows, restorePostgres } from './postgres-backup.ts';
import { liveServers } from './server-lock.ts';
import { checkSqliteFile } from './sqlite-backup.ts';

/** Thrown when a restore must not go ahead (the database is in use or not empty); nothing changed. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

/** A finished restore. */
export interface RestoreReport {
  /** Rows per table in the restored database. */
  rowCounts: Record<string, number>;
  /** Where the replaced SQLite database was moved (null when there was none, and on PostgreSQL). */
  replacedAside: string | null;
}

function refuseWhileServed(config: Config): void {
  const pids = liveServers(config.dataDir);
  if (pids.length > 0)
    throw new RestoreRefusedError(
      `A server is using this database (process ${pids.join(', ')}). Stop it first; nothing was changed.`,
    );
}

const SQLITE_SIDE_FILES = ['', '-wal', '-shm'];

async function restoreSqlite(config: Config, database: string, file: string): Promise<RestoreReport> {
  checkSqliteFile(file);
  refuseWhileServed(config);
  const temp = temporaryPath(database);
  copyFileSync(file, temp);
  let replacedAside: string | null = null;
  if (existsSync(database)) {
    replacedAside = `${database}.replaced-${new Date().toISOString().replace(/[-:.]/g, '')}`;
    // The -wal file may hold committed transactions: it moves with its database, never deleted.
    for (const suffix of SQLITE_SIDE_FILES)
      if (existsSync(`${database}${suffix}`)) renameSync(`${database}${suffix}`, `${replacedAside}${suffix}`);
  } else {
    for (const suffix of SQLITE_SIDE_FILES.slice(1)) rmSync(`${database}${suffix}`, { force: true });
  }
  renameSync(temp, database);
  return { rowCounts: checkSqliteFile(database).rowCounts, replacedAside };
}

async function restoreIntoPostgres(config: Config, url: string, file: string): Promise<RestoreReport> {
  await checkDumpFile(file);
  refuseWhileServed(config);
  const client = new (loadPg().Client)({ connectionString: url });
  await client.connect();
  try {
    const others = await client.query<{ n: string }>(
      'SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    if (Number(others.rows[0]?.n ?? 0) > 0)
      throw new RestoreRefusedError(
        `Other sessions are connected to this database (${others.rows[0]?.n}). Stop the servers first; nothing was changed.`,
      );
    const tables = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'",
    );
    if (Number(tables.rows[0]?.n ?? 0) > 0)
      throw new RestoreRefusedError(
        'The database in DATABASE_URL is not empty. Restore into a new, empty database (createdb NAME) and point DATABASE_URL at it; nothing was changed.',
      );
    await restorePostgres(url, file);
    return { rowCounts: await countRows(client), replacedAside: null };
  } finally {
    await client.end();
  }
}

/** Restores `file` into the configured database. */
export function restoreBackup(config: Config, file: string): Promise<RestoreReport> {
  if (!existsSync(file)) return Promise.reject(new RestoreRefusedError(`${file} does not exist.`));
  return config.database.dialect === 'sqlite'
    ? restoreSqlite(config, config.database.path, file)
    : restoreIntoPostgres(config, config.database.url, file);
}
