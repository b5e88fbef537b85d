/** SQL for personal filter words (the `filter_words` table: one row per user). */
import type { Executor } from '../../db/database.ts';
import type { FilterAction } from '../../db/schema.ts';
import { nowMicros } from '../../lib/time.ts';

/** A user's filter row, or undefined when they never set one. */
export async function findFilter(db: Executor, userId: number) {
  return db
    .selectFrom('filter_words')
    .select(['words', 'action'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Replaces a user's filter. */
export async function saveFilter(
  db: Executor,
  userId: number,
  words: readonly string[],
  action: FilterAction,
): Promise<void> {
  const values = { words: JSON.stringify(words), action, updated: nowMicros() };
  await db
    .insertInto('filter_words')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}

/** Deletes a user's filter (account deletion). */
export async function deleteFilterOf(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('filter_words').where('user_id', '=', userId).execute();
}
