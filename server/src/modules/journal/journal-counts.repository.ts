/**
 * How many journal rows users have — the only journal fact staff may see (the admin console shows
 * that someone journals, never what). Selects nothing but counts: no ciphertext, tag or score
 * leaves this file.
 */
import type { Executor } from '../../db/database.ts';

/** A user's number of mood check-ins and journal entries. */
export interface JournalCounts {
  /** Mood check-ins. */
  checkins: number;
  /** Journal entries. */
  entries: number;
}

/** Counts one user's check-ins and entries. */
export async function countJournalRows(db: Executor, userId: number): Promise<JournalCounts> {
  const [checkins, entries] = await Promise.all([
    db
      .selectFrom('journal_checkins')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('journal_entries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow(),
  ]);
  return { checkins: Number(checkins.n), entries: Number(entries.n) };
}
