/**
 * SQL for journal entries. Every function takes the owner's id and filters on it; the linked
 * check-in is joined only when it belongs to the same owner.
 */
import type { Executor } from '../../db/database.ts';
import { nowMicros } from '../../lib/time.ts';

/** A stored entry (title and body still encrypted) with its linked check-in's public id. */
export interface EntryRow {
  id: number;
  public_id: string;
  title_ciphertext: string | null;
  body_ciphertext: string;
  key_id: string;
  /** Internal id of the linked check-in, or null. */
  checkin_id: number | null;
  checkin_public_id: string | null;
  created: number;
  updated: number;
}

/** Column values of a new or changed entry. */
export interface EntryValues {
  /** Internal id of the owner's linked check-in, or null. */
  checkin_id: number | null;
  title_ciphertext: string | null;
  body_ciphertext: string;
  key_id: string;
}

function selectEntries(db: Executor, userId: number) {
  return db
    .selectFrom('journal_entries as e')
    .leftJoin('journal_checkins as c', (join) =>
      join.onRef('c.id', '=', 'e.checkin_id').on('c.user_id', '=', userId),
    )
    .select([
      'e.id as id',
      'e.public_id as public_id',
      'e.title_ciphertext as title_ciphertext',
      'e.body_ciphertext as body_ciphertext',
      'e.key_id as key_id',
      'e.checkin_id as checkin_id',
      'c.public_id as checkin_public_id',
      'e.created as created',
      'e.updated as updated',
    ])
    .where('e.user_id', '=', userId);
}

/** Inserts an entry for its owner under a public id chosen by the caller (it keys the encryption). */
export async function insertEntry(
  db: Executor,
  userId: number,
  publicId: string,
  values: EntryValues,
  clientId: string | null = null,
): Promise<void> {
  const now = nowMicros();
  await db
    .insertInto('journal_entries')
    .values({
      public_id: publicId,
      user_id: userId,
      ...values,
      client_id: clientId,
      created: now,
      updated: now,
    })
    .execute();
}

/** The owner's entry with this public id. */
export async function findEntry(
  db: Executor,
  userId: number,
  publicId: string,
): Promise<EntryRow | undefined> {
  return selectEntries(db, userId).where('e.public_id', '=', publicId).executeTakeFirst();
}

/** The owner's entry created with this client id (offline queue retries). */
export async function findEntryByClientId(
  db: Executor,
  userId: number,
  clientId: string,
): Promise<EntryRow | undefined> {
  return selectEntries(db, userId).where('e.client_id', '=', clientId).executeTakeFirst();
}

/** One page of the owner's entries, newest first (ties by id), and the total. */
export async function listEntries(
  db: Executor,
  userId: number,
  window: { limit: number; offset: number },
): Promise<{ count: number; rows: EntryRow[] }> {
  const counted = await db
    .selectFrom('journal_entries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  const rows = await selectEntries(db, userId)
    .orderBy('e.created', 'desc')
    .orderBy('e.id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
  return { count: Number(counted.n), rows };
}

/** Every entry of the owner, newest first (search and export). */
export async function listAllEntries(db: Executor, userId: number): Promise<EntryRow[]> {
  return selectEntries(db, userId).orderBy('e.created', 'desc').orderBy('e.id', 'desc').execute();
}

/** Replaces an entry's values; false when the owner has no such entry. */
export async function updateEntry(
  db: Executor,
  userId: number,
  publicId: string,
  values: EntryValues,
): Promise<boolean> {
  const result = await db
    .updateTable('journal_entries')
    .set({ ...values, updated: nowMicros() })
    .where('user_id', '=', userId)
    .where('public_id', '=', publicId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes the owner's entry; false when there was none. */
export async function deleteEntry(db: Executor, userId: number, publicId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('journal_entries')
    .where('user_id', '=', userId)
    .where('public_id', '=', publicId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Deletes every entry of the owner (account deletion). */
export async function deleteAllEntries(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('journal_entries').where('user_id', '=', userId).execute();
}
