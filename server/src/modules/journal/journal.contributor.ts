/**
 * The journal's share of account export and deletion, listed in the module wiring
 * (`modules/wiring.ts`): every check-in and entry, decrypted, custom tags and reminder settings in
 * the export; all of them
 * deleted (whatever the content mode: journal data is never kept) in the deletion transaction.
 * Also the check-ins as CSV. The hooks get no app context, so they decrypt with whichever key
 * this process loaded under each row's key id (`decryptWithLoadedKey`).
 */
import type { Executor } from '../../db/database.ts';
import type { AccountDataContributor } from '../../lib/account-data.ts';
import { deleteAllCheckins, listAllCheckins } from './checkins.repository.ts';
import { toCheckinDto } from './checkins.service.ts';
import { deleteAllCustomTags, listCustomTags } from './custom-tags.repository.ts';
import { toCustomTagDto } from './custom-tags.service.ts';
import { deleteAllEntries, listAllEntries } from './entries.repository.ts';
import { toEntryDto } from './entries.service.ts';
import { deleteReminders, listReminders } from './reminders.repository.ts';

/** Name of the journal's section in the export document. */
export const JOURNAL_SECTION = 'journal';

/** The journal section of an export: every check-in and entry of the user, newest first. */
export async function exportJournal(db: Executor, userId: number) {
  const checkins = await listAllCheckins(db, userId);
  const entries = await listAllEntries(db, userId);
  const tags = await listCustomTags(db, userId);
  const reminders = await listReminders(db, userId);
  return {
    checkins: checkins.map((row) => toCheckinDto(row, null)),
    entries: entries.map((row) => toEntryDto(row, null)),
    tags: tags.map(toCustomTagDto),
    reminders: reminders.map((row) => ({
      enabled: row.enabled,
      time: row.time,
      tz: row.tz,
      days: row.days.split(','),
      last_sent_on: row.last_sent_on,
    })),
  };
}

/**
 * A CSV cell: quoted, quotes doubled, and a leading `=`, `+`, `-`, `@`, tab or carriage return
 * prefixed with `'` so a spreadsheet never runs a note as a formula (CSV injection).
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

/** Column names of the check-ins CSV. */
export const CHECKIN_CSV_COLUMNS = [
  'id',
  'occurred_at',
  'score',
  'emotions',
  'activities',
  'note',
  'created',
  'updated',
] as const;

/** The user's check-ins as CSV (RFC 4180, CRLF line ends, tags joined with "; "), newest first. */
export async function exportCheckinsCsv(db: Executor, userId: number): Promise<string> {
  const rows = (await listAllCheckins(db, userId)).map((row) => toCheckinDto(row, null));
  const lines = [CHECKIN_CSV_COLUMNS.join(',')];
  for (const c of rows) {
    lines.push(
      [
        c.id,
        c.occurred_at,
        c.score,
        c.emotions.join('; '),
        c.activities.join('; '),
        c.note,
        c.created,
        c.updated,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The journal's share of account export and deletion. */
export const journalSection: AccountDataContributor = {
  name: JOURNAL_SECTION,
  exportFor: exportJournal,
  deleteFor: async (trx, userId) => {
    await deleteAllEntries(trx, userId);
    await deleteAllCheckins(trx, userId);
    await deleteAllCustomTags(trx, userId);
    await deleteReminders(trx, userId);
  },
};
