/**
 * Maps database errors to API errors, the same on SQLite and PostgreSQL: a unique violation
 * becomes a 400 field error, a lost connection a 503, a full disk a 503 saying so; anything else
 * stays a (masked) 500.
 */
import { isConnectionError, isStorageFull, uniqueViolation } from '../db/errors.ts';
import { ApiError, ServiceUnavailableError, ValidationError } from './errors.ts';

/** Friendlier messages for particular unique columns (`table.field`). */
const UNIQUE_MESSAGES: Record<string, string> = {
  'users.username': 'A user with that username already exists.',
  'users.email': 'A user with that email already exists.',
};

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
  if (isStorageFull(error)) {
    return new StorageFullError();
  }
  if (isConnectionError(error)) {
    return new ServiceUnavailableError();
  }
  return null;
}
