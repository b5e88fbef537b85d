/**
 * Purging expired sessions: once a session's refresh tokens have expired nothing can use it, so
 * the row and its refresh-token hashes go (for every user at once; login also purges the
 * user's own) — with the expired second-step tokens and WebAuthn challenges of sign-ins never finished.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** What a purge removed. */
export interface PurgeCounts {
  /** Sessions deleted. */
  sessions: number;
  /** Refresh-token hashes deleted with them. */
  refreshTokens: number;
  /** Expired second-step login tokens and unanswered WebAuthn challenges deleted. */
  pendingSignIns: number;
}

/** Deletes every session that expired before `before` (microseconds) and its refresh tokens. */
export async function purgeExpiredSessions(db: Kysely<DB>, before: number): Promise<PurgeCounts> {
  return db.transaction().execute(async (trx) => {
    const expired = trx.selectFrom('sessions').select('id').where('expires', '<', before);
    // Explicit rather than left to ON DELETE CASCADE, so the count is known on both dialects.
    const tokens = await trx
      .deleteFrom('refresh_tokens')
      .where('session_id', 'in', expired)
      .executeTakeFirst();
    const sessions = await trx.deleteFrom('sessions').where('expires', '<', before).executeTakeFirst();
    // Each is cleaned when a new one is made for the same account; accounts that never come back
    // would keep theirs.
    const logins = await trx.deleteFrom('mfa_login_tokens').where('expires', '<', before).executeTakeFirst();
    const challenges = await trx
      .deleteFrom('webauthn_challenges')
      .where('expires', '<', before)
      .executeTakeFirst();
    return {
      sessions: Number(sessions.numDeletedRows),
      refreshTokens: Number(tokens.numDeletedRows),
      pendingSignIns: Number(logins.numDeletedRows) + Number(challenges.numDeletedRows),
    };
  });
}
