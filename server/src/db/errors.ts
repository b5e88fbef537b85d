/**
 * Maps database errors to API errors by code, the same on SQLite and PostgreSQL: a unique
 * violation becomes a 400 field error, a lost connection a 503, a full disk a 503 saying so;
 * anything else stays a 500.
 */
import { ApiError, ServiceUnavailableError, ValidationError } from '../http/errors.ts';

const SQLITE_CONSTRAINT_UNIQUE = 2067;
const SQLITE_CONSTRAINT_PRIMARYKEY = 1555;
const SQLITE_BUSY = 5;
const SQLITE_FULL = 13;
const PG_DISK_FULL = '53100';
const PG_UNIQUE_VIOLATION = '23505';
const PG_CONNECTION_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', '53300']);
const NODE_CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

/** Friendlier messages for particular unique columns (`table.field`). */
const UNIQUE_MESSAGES: Record<string, string> = {
  'users.username': 'A user with that username already exists.',
  'users.email': 'A user with that email already exists.',
};

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

function isConnectionError(e: DriverError): boolean {
  return (
    (e.code !== undefined && (PG_CONNECTION_CODES.has(e.code) || NODE_CONNECTION_CODES.has(e.code))) ||
    (e.code === 'ERR_SQLITE_ERROR' && (e.errcode ?? 0) % 256 === SQLITE_BUSY) ||
    /Connection terminated|connection timeout|Client has encountered a connection error/i.test(
      e.message ?? '',
    )
  );
}

/** 503 while the database's disk is full: reads keep working, writes resume when space returns. */
export class StorageFullError extends ApiError {
  constructor() {
    super(
      503,
      'storage_full',
      'The server has run out of storage space, so changes cannot be saved right now. Reading still works; please try again later.',
      { 'retry-after': '60' },
    );
  }
}

function isStorageFull(e: DriverError): boolean {
  return (e.code === 'ERR_SQLITE_ERROR' && (e.errcode ?? 0) % 256 === SQLITE_FULL) || e.code === PG_DISK_FULL;
}

/** The API error for a database error, or null when it should stay an (masked) internal error. */
export function mapDatabaseError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  const unique = uniqueViolation(error);
  if (unique !== null) {
    const field = unique.column.replace(/_normalized$/, '') || 'non_field_errors';
    const message =
      UNIQUE_MESSAGES[`${unique.table}.${field}`] ??
      `${unique.table.replace(/s$/, '') || 'object'} with this ${field.replaceAll('_', ' ')} already exists.`;
    return new ValidationError({ [field]: [message] });
  }
  if (error !== null && typeof error === 'object' && isStorageFull(error as DriverError)) {
    return new StorageFullError();
  }
  if (error !== null && typeof error === 'object' && isConnectionError(error as DriverError)) {
    return new ServiceUnavailableError();
  }
  return null;
}
