/**
 * Maps database errors to API errors, the same on SQLite and PostgreSQL: a unique violation
 * becomes a 400 field error, a lost connection a 503; anything else stays a (masked) 500.
 */
import { isConnectionError, uniqueViolation } from '../db/errors.ts';
import { ApiError, ServiceUnavailableError, ValidationError } from './errors.ts';

/** Friendlier messages for particular unique columns (`table.field`). */
const UNIQUE_MESSAGES: Record<string, string> = {
  'users.username': 'A user with that username already exists.',
  'users.email': 'A user with that email already exists.',
};

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
  if (isConnectionError(error)) {
    return new ServiceUnavailableError();
  }
  return null;
}
