/**
 * Session SQL of the account lifecycle: the full session history for an export and the deletion
 * of a user's sessions. Every function takes the user's id and touches that user's rows only.
 */
import type { Executor } from '../../db/database.ts';

/** Every session of a user, live or not, newest first (export). */
export async function listAllSessionsOfUser(db: Executor, userId: number) {
  return db
    .selectFrom('sessions')
    .select([
      'public_id',
      'user_agent',
      'ip',
      'created',
      'last_used',
      'expires',
      'revoked_at',
      'revoked_reason',
    ])
    .where('user_id', '=', userId)
    .orderBy('created', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Deletes a user's sessions (their refresh tokens go with them, by cascade). */
export async function deleteSessionsOfUser(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
