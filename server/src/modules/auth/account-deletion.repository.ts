/** SQL for `account_deletions`: accounts waiting out the grace period before deletion. */
import type { Executor } from '../../db/database.ts';

/** A pending deletion to record. */
export interface NewAccountDeletion {
  userId: number;
  content: 'delete' | 'anonymise';
  keyHash: string;
  scheduledFor: number;
  created: number;
}

/** Records (or replaces) the pending deletion of a user. */
export async function upsertDeletion(db: Executor, d: NewAccountDeletion): Promise<void> {
  await db.deleteFrom('account_deletions').where('user_id', '=', d.userId).execute();
  await db
    .insertInto('account_deletions')
    .values({
      user_id: d.userId,
      content: d.content,
      key_hash: d.keyHash,
      scheduled_for: d.scheduledFor,
      created: d.created,
    })
    .execute();
}

/** The pending deletion a restore key belongs to. */
export function findDeletionByKey(db: Executor, keyHash: string) {
  return db
    .selectFrom('account_deletions')
    .select(['user_id', 'content', 'scheduled_for'])
    .where('key_hash', '=', keyHash)
    .executeTakeFirst();
}

/** Removes a pending deletion by its key; false when another request used it first (single use). */
export async function takeDeletionByKey(db: Executor, keyHash: string): Promise<boolean> {
  const result = await db.deleteFrom('account_deletions').where('key_hash', '=', keyHash).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Pending deletions whose grace period is over at `now`. */
export function listDueDeletions(db: Executor, now: number) {
  return db
    .selectFrom('account_deletions')
    .select(['user_id', 'content', 'scheduled_for'])
    .where('scheduled_for', '<=', now)
    .orderBy('scheduled_for', 'asc')
    .execute();
}

/** Removes the pending deletion of a user; false when it was already gone. */
export async function removeDeletion(db: Executor, userId: number): Promise<boolean> {
  const result = await db.deleteFrom('account_deletions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
