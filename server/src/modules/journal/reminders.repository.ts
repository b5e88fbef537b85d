/**
 * SQL of the check-in reminders. A due reminder is claimed by moving `next_due` on with a
 * compare-and-set, so two server processes sweeping at once send it once.
 */
import type { Executor } from '../../db/database.ts';
import type { JournalRemindersTable } from '../../db/schema.ts';
import { nowMicros } from '../../lib/time.ts';

/** A stored reminder row. */
export type ReminderRow = Omit<JournalRemindersTable, 'created' | 'updated'>;

/** What a save writes. */
export type ReminderValues = Omit<ReminderRow, 'user_id' | 'last_sent_on'>;

const COLUMNS = ['user_id', 'enabled', 'time', 'tz', 'days', 'next_due', 'last_sent_on'] as const;

function normal(row: ReminderRow): ReminderRow {
  return { ...row, next_due: row.next_due === null ? null : Number(row.next_due) };
}

/** The user's reminder, or undefined when never set. */
export async function findReminder(db: Executor, userId: number): Promise<ReminderRow | undefined> {
  const row = await db
    .selectFrom('journal_reminders')
    .select(COLUMNS)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row === undefined ? undefined : normal(row);
}

/** Creates or replaces the user's reminder settings and schedule. */
export async function saveReminder(db: Executor, userId: number, values: ReminderValues): Promise<void> {
  const now = nowMicros();
  await db
    .insertInto('journal_reminders')
    .values({ user_id: userId, ...values, last_sent_on: null, created: now, updated: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...values, updated: now }))
    .execute();
}

/** Turns the user's reminder off (no row: nothing to do). */
export async function disableReminder(db: Executor, userId: number): Promise<void> {
  await db
    .updateTable('journal_reminders')
    .set({ enabled: false, next_due: null, updated: nowMicros() })
    .where('user_id', '=', userId)
    .execute();
}

/** Up to `limit` reminders due at `now` (microseconds), oldest first. */
export async function listDueReminders(db: Executor, now: number, limit: number): Promise<ReminderRow[]> {
  const rows = await db
    .selectFrom('journal_reminders')
    .select(COLUMNS)
    .where('next_due', '<=', now)
    .where('enabled', '=', true)
    .orderBy('next_due')
    .limit(limit)
    .execute();
  return rows.map(normal);
}

/** Moves a due reminder on to `next`; false when another process did first. */
export async function claimReminder(db: Executor, due: ReminderRow, next: number): Promise<boolean> {
  if (due.next_due === null) return false;
  const result = await db
    .updateTable('journal_reminders')
    .set({ next_due: next })
    .where('user_id', '=', due.user_id)
    .where('next_due', '=', due.next_due)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records the local date a reminder went out on. */
export async function markReminderSent(db: Executor, userId: number, localDate: string): Promise<void> {
  await db
    .updateTable('journal_reminders')
    .set({ last_sent_on: localDate })
    .where('user_id', '=', userId)
    .execute();
}

/** Every reminder row of the user (export). */
export async function listReminders(db: Executor, userId: number): Promise<ReminderRow[]> {
  return (
    await db.selectFrom('journal_reminders').select(COLUMNS).where('user_id', '=', userId).execute()
  ).map(normal);
}

/** Deletes the user's reminder (account deletion). */
export async function deleteReminders(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('journal_reminders').where('user_id', '=', userId).execute();
}
