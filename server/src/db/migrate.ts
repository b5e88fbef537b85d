/**
 * Applies migrations. Kysely's Migrator holds a lock while it runs (an advisory lock on
 * PostgreSQL; on SQLite the migration transaction begins IMMEDIATE, taking the write lock), so
 * two processes starting together never migrate at once — the second finds nothing to do.
 */
import { type MigrationResult, Migrator } from 'kysely/migration';
import type { Database } from './database.ts';
import { migrations } from './migrations/index.ts';

/** The outcome of a migration run. */
export interface MigrateOutcome {
  /** Names of migrations applied by this run, in order. */
  applied: string[];
}

const SQLITE_BUSY = 5;
const BUSY_RETRIES = 20;

function isSqliteBusy(error: unknown): boolean {
  const e = (error as { cause?: unknown })?.cause ?? error;
  const code = (e as { errcode?: number })?.errcode;
  return (
    (e as { code?: string })?.code === 'ERR_SQLITE_ERROR' && code !== undefined && code % 256 === SQLITE_BUSY
  );
}

/**
 * Brings the schema up to date; throws with the failing migration's name on error. On SQLite, a
 * second process creating the same fresh database file at the same moment can meet a lock that
 * SQLite reports at once instead of waiting (the journal-mode switch); such a run is retried,
 * and the retry then finds the work done.
 */
export async function migrateToLatest(database: Database): Promise<MigrateOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await migrateOnce(database);
    } catch (error) {
      if (database.dialect !== 'sqlite' || attempt >= BUSY_RETRIES || !isSqliteBusy(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * attempt));
    }
  }
}

async function migrateOnce(database: Database): Promise<MigrateOutcome> {
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r: MigrationResult) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(error)}`, {
      cause: error,
    });
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** Names of migrations not yet applied. */
export async function pendingMigrations(database: Database): Promise<string[]> {
  const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => migrations } });
  const all = await migrator.getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
