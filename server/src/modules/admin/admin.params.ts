/** Parsing of the admin console's query parameters shared by several lists. */
import type { Executor } from '../../db/database.ts';
import { ValidationError } from '../../http/errors.ts';
import { parsePublicId } from '../../lib/ids.ts';
import { parseIsoMicros } from '../../lib/time.ts';
import { findUserByPublicId, findUserByUsername } from '../users/index.ts';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date filter in microseconds: `YYYY-MM-DD` (midnight UTC) or an ISO-8601 timestamp with a
 * zone; undefined when absent; a 400 field error when invalid.
 */
export function parseDateParam(field: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const micros = DATE_ONLY.test(value) ? Date.parse(`${value}T00:00:00Z`) * 1000 : parseIsoMicros(value);
  if (micros === null || Number.isNaN(micros)) {
    throw ValidationError.field(field, 'Enter a valid date: YYYY-MM-DD or an ISO-8601 timestamp.');
  }
  return micros;
}

/**
 * A user filter: a public id (hex or dashed) or a username. Resolves to the internal id, or -1
 * (matches nothing) when no such user exists; undefined when absent.
 */
export async function resolveUserParam(db: Executor, value: string | undefined): Promise<number | undefined> {
  if (value === undefined || value === '') return undefined;
  const publicId = parsePublicId(value);
  const user =
    publicId !== null ? await findUserByPublicId(db, publicId) : await findUserByUsername(db, value);
  return user?.id ?? -1;
}
