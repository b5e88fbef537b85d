/**
 * The health rules: the database must answer (else 503) and, for readiness, every migration this
 * code knows must be applied. An applied migration never becomes pending again for this code, so
 * readiness remembers a success and afterwards costs one round trip.
 */
import { sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import { pendingMigrations } from '../../db/migrate.ts';
import { ServiceUnavailableError } from '../../http/errors.ts';

/** 503 unless the database answers a trivial query. */
export async function checkDatabase(database: Database): Promise<void> {
  try {
    await sql`select 1`.execute(database.db);
  } catch {
    throw new ServiceUnavailableError();
  }
}

/** Readiness of one app: the migrations still pending (empty when ready). */
export function readinessCheck(database: Database): () => Promise<string[]> {
  let migrated = false;
  return async () => {
    await checkDatabase(database);
    if (migrated) return [];
    let pending: string[];
    try {
      pending = await pendingMigrations(database);
    } catch {
      throw new ServiceUnavailableError();
    }
    migrated = pending.length === 0;
    return pending;
  };
}
