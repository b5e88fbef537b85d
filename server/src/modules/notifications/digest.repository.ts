/**
 * SQL of the e-mail digest's schedule. A due digest is claimed by moving `digest_due` on with a
 * compare-and-set, so two server processes sweeping at once send it once.
 */
import type { Executor } from '../../db/database.ts';

/** A user whose digest is due. */
export interface DueDigest {
  user_id: number;
  email_digest: 'off' | 'daily' | 'weekly';
  timezone: string;
  digest_due: number;
  digest_since: number | null;
}

/** Up to `limit` users whose digest is due at `now` (microseconds). */
export async function listDueDigests(db: Executor, now: number, limit: number): Promise<DueDigest[]> {
  const rows = await db
    .selectFrom('notification_preferences')
    .select(['user_id', 'email_digest', 'timezone', 'digest_due', 'digest_since'])
    .where('digest_due', '<=', now)
    .where('email_digest', '!=', 'off')
    .orderBy('digest_due')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, digest_due: Number(row.digest_due) }));
}

/** Moves a due digest on to `next`, recording `since`; false when another process did first. */
export async function claimDigest(
  db: Executor,
  due: DueDigest,
  next: number,
  since: number,
): Promise<boolean> {
  const result = await db
    .updateTable('notification_preferences')
    .set({ digest_due: next, digest_since: since })
    .where('user_id', '=', due.user_id)
    .where('digest_due', '=', due.digest_due)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
