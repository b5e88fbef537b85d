/**
 * SQL of the account lifecycle that the owning modules do not offer: the full session history
 * for an export, and the deletion of a user's sessions, security events and user row. Every
 * function takes the user's id and touches that user's rows only. (Candidates to move into the
 * users/accounts repositories once those settle.)
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

/** Every security event of a user, newest first (export). */
export async function listAllSecurityEventsOfUser(db: Executor, userId: number) {
  return db
    .selectFrom('security_events')
    .select(['public_id', 'type', 'ip', 'user_agent', 'details', 'created'])
    .where('user_id', '=', userId)
    .orderBy('created', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Deletes a user's sessions (their refresh tokens go with them, by cascade). */
export async function deleteSessionsOfUser(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Deletes a user's security events (their login history is their data). */
export async function deleteSecurityEventsOfUser(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('security_events').where('user_id', '=', userId).execute();
}

/** Deletes the user row itself; the last step of account deletion. */
export async function deleteUserRow(db: Executor, userId: number): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
