/**
 * Safe retries from an offline queue (API.md C4): a create carrying a `client_id` the owner used
 * before answers the item created the first time. The unique index on (owner, client_id) is the
 * real guard: two sends racing each other both miss the first lookup, one insert wins and the
 * other's unique violation is answered with the winner's row.
 */
import { uniqueViolation } from '../../db/errors.ts';

/** A create's outcome: `created` false when the client id named an existing item. */
export interface CreateOnce<T> {
  created: boolean;
  item: T;
}

/** The normalised client id (lower-case UUID), or null when none was given. */
export function normalClientId(raw: string | undefined | null): string | null {
  return raw === undefined || raw === null ? null : raw.toLowerCase();
}

/** Runs `create` unless `find` knows the client id already (see the module note for races). */
export async function createOnce<T>(
  clientId: string | null,
  find: (clientId: string) => Promise<T | undefined>,
  create: () => Promise<T>,
): Promise<CreateOnce<T>> {
  if (clientId === null) return { created: true, item: await create() };
  const existing = await find(clientId);
  if (existing !== undefined) return { created: false, item: existing };
  try {
    return { created: true, item: await create() };
  } catch (error) {
    if (uniqueViolation(error) === null) throw error;
    const winner = await find(clientId);
    if (winner === undefined) throw error;
    return { created: false, item: winner };
  }
}
