/**
 * SQLite backups through SQLite's online backup API (`node:sqlite`'s `backup()`): a consistent copy
 * taken while the server keeps reading and writing, then checked before it is kept.
 */
import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs';
import { backup, DatabaseSync } from 'node:sqlite';
import { temporaryPath } from './files.ts';

/** What a checked SQLite file holds. */
export interface SqliteFileReport {
  /** Rows per table, by table name (SQLite's own tables left out). */
  rowCounts: Record<string, number>;
  /** Bytes of the page data (`page_count × page_size`). */
  bytes: number;
}

/** Thrown when a file is not a sound MentalMuse SQLite database. */
export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}

/**
 * Every page in one step: under SQLite's backup API a write from another connection restarts a
 * step-by-step copy, so a busy server could keep a small-batch backup from ever finishing. One
 * step holds a read transaction, which in WAL mode never blocks the server's writers.
 */
const ALL_PAGES = 2_147_483_647;

/**
 * Opens `file` read-only and checks it: `PRAGMA integrity_check` must answer "ok" and the
 * migrations table must exist. Resolves to its row counts.
 */
export function checkSqliteFile(file: string): SqliteFileReport {
  let database: DatabaseSync;
  try {
    database = new DatabaseSync(file, { readOnly: true });
  } catch (error) {
    throw new BackupFileError(`${file} cannot be opened as SQLite: ${(error as Error).message}`);
  }
  try {
    let problems: string[];
    try {
      problems = database
        .prepare('PRAGMA integrity_check')
        .all()
        .map((row) => String(Object.values(row)[0]));
    } catch (error) {
      throw new BackupFileError(`${file} is not a SQLite database: ${(error as Error).message}`);
    }
    if (problems.length !== 1 || problems[0] !== 'ok')
      throw new BackupFileError(`${file} failed the integrity check: ${problems.slice(0, 5).join('; ')}`);
    const tables = database
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all()
      .map((row) => String(row.name));
    if (!tables.includes('kysely_migration'))
      throw new BackupFileError(
        `${file} is a SQLite database but not a MentalMuse one (no migrations table).`,
      );
    const rowCounts: Record<string, number> = {};
    for (const table of tables) {
      const row = database.prepare(`SELECT count(*) AS n FROM "${table.replaceAll('"', '""')}"`).get();
      rowCounts[table] = Number(row?.n ?? 0);
    }
    const pages = Number(database.prepare('PRAGMA page_count').get()?.page_count ?? 0);
    const pageSize = Number(database.prepare('PRAGMA page_size').get()?.page_size ?? 0);
    return { rowCounts, bytes: pages * pageSize };
  } finally {
    database.close();
  }
}

/**
 * Copies the SQLite database at `source` to `destination` while other processes may write to
 * it: online backup into a temporary file beside the destination, integrity check, then an atomic
 * rename (mode 0600: the copy holds everything the database does).
 */
export async function backupSqlite(source: string, destination: string): Promise<SqliteFileReport> {
  // Opening a missing file would create an empty database where the real one should be.
  if (source === ':memory:' || !existsSync(source))
    throw new BackupFileError(`There is no database at ${source} to back up.`);
  const temp = temporaryPath(destination);
  const database = new DatabaseSync(source, { timeout: 5000 });
  try {
    await backup(database, temp, { rate: ALL_PAGES });
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    database.close();
  }
  try {
    // The copy keeps the source's WAL flag; a backup is one self-contained file, so checkpoint and
    // leave rollback-journal mode before checking it.
    const copy = new DatabaseSync(temp);
    copy.exec('PRAGMA journal_mode = DELETE');
    copy.close();
    chmodSync(temp, 0o600);
    const report = checkSqliteFile(temp);
    renameSync(temp, destination);
    return report;
  } catch (error) {
    rmSync(temp, { force: true });
    rmSync(`${temp}-wal`, { force: true });
    rmSync(`${temp}-shm`, { force: true });
    throw error;
  }
}
