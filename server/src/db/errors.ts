/**
 * Classifies database errors by code, the same on SQLite and PostgreSQL: unique violations (with
 * the table and column they name), lost connections and a full disk. `http/database-errors.ts` turns them into
 * API errors; this file knows nothing of HTTP.
 */
const SQLITE_CONSTRAINT_UNIQUE = 2067;
const SQLITE_CONSTRAINT_PRIMARYKEY = 1555;
const SQLITE_BUSY = 5;
const SQLITE_FULL = 13;
const PG_DISK_FULL = '53100';
const PG_UNIQUE_VIOLATION = '23505';
const PG_CONNECTION_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', '53300']);
const NODE_CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

interface DriverError {
  code?: string;
  errcode?: number;
  message?: string;
  table?: string;
  detail?: string;
  constraint?: string;
}

/** The table and column a unique violation names, or null when it is not one. */
export function uniqueViolation(error: unknown): { table: string; column: string } | null {
  const e = error as DriverError | null;
  if (e === null || typeof e !== 'object') return null;
  if (
    e.code === 'ERR_SQLITE_ERROR' &&
    (e.errcode === SQLITE_CONSTRAINT_UNIQUE || e.errcode === SQLITE_CONSTRAINT_PRIMARYKEY)
  ) {
    const match = /UNIQUE constraint failed: (\w+)\.(\w+)/.exec(e.message ?? '');
    return match ? { table: match[1] ?? '', column: match[2] ?? '' } : { table: '', column: '' };
  }
  if (e.code === PG_UNIQUE_VIOLATION) {
    const column =
      /Key \(([\w, ]+)\)=/
        .exec(e.detail ?? '')?.[1]
        ?.split(',')[0]
        ?.trim() ?? '';
    return { table: e.table ?? '', column };
  }
  return null;
}

/** True when the error means the database connection was lost or the database is busy. */
export function isConnectionError(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const e = error as DriverError;
  return (
    (e.code !== undefined && (PG_CONNECTION_CODES.has(e.code) || NODE_CONNECTION_CODES.has(e.code))) ||
    (e.code === 'ERR_SQLITE_ERROR' && (e.errcode ?? 0) % 256 === SQLITE_BUSY) ||
    /Connection terminated|connection timeout|Client has encountered a connection error/i.test(
      e.message ?? '',
    )
  );
}

/** True when the database could not write because its disk is full (SQLite `SQLITE_FULL`, PostgreSQL `disk_full`). */
export function isStorageFull(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const e = error as DriverError;
  return (e.code === 'ERR_SQLITE_ERROR' && (e.errcode ?? 0) % 256 === SQLITE_FULL) || e.code === PG_DISK_FULL;
}
