/**
 * The one journal fact staff may see: how many check-ins and entries someone has (the admin
 * console shows that someone journals, never what).
 */
import type { Executor } from '../../db/database.ts';
import { countJournalRows, type JournalCounts } from './journal-counts.repository.ts';

export type { JournalCounts } from './journal-counts.repository.ts';

/** A user's number of check-ins and entries; nothing else about them. */
export function journalCountsOf(db: Executor, userId: number): Promise<JournalCounts> {
  return countJournalRows(db, userId);
}
