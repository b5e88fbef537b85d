/**
 * SQL for mood check-ins. Every function takes the owner's id and filters on it, so one user's
 * rows can never be reached through another's request.
 */
import type { Executor } from '../../db/database.ts';
import { preparedByShape } from '../../db/prepared.ts';
import { newPublicId } from '../../lib/ids.ts';
import { nowMicros } from '../../lib/time.ts';

/** Columns a check-in read selects. */
const CHECKIN_COLUMNS = [
  'id',
  'public_id',
  'score',
  'emotions',
  'activities',
  'note_ciphertext',
  'key_id',
  'occurred_at',
  'created',
  'updated',
] as const;

/** A stored check-in (note still encrypted). */
export interface CheckinRow {
  id: number;
  public_id: string;
  score: number;
  emotions: string;
  activities: string;
  note_ciphertext: string | null;
  key_id: string | null;
  occurred_at: number;
  created: number;
  updated: number;
}

/** Column values of a new or changed check-in (tags as JSON, note encrypted). */
export interface CheckinValues {
  score: number;
  emotions: string;
  activities: string;
  note_ciphertext: string | null;
  key_id: string | null;
  occurred_at: number;
}

/** An optional `occurred_at` window, microseconds, both ends inclusive. */
export interface OccurredFilter {
  from?: number;
  to?: number;
}

/** Inserts a check-in for its owner under a public id chosen by the caller (it keys the encryption). */
export async function insertCheckin(
  db: Executor,
  userId: number,
  publicId: string,
  values: CheckinValues,
  clientId: string | null = null,
): Promise<CheckinRow> {
  const now = nowMicros();
  return db
    .insertInto('journal_checkins')
    .values({
      public_id: publicId,
      user_id: userId,
      ...values,
      client_id: clientId,
      created: now,
      updated: now,
    })
    .returning(CHECKIN_COLUMNS)
    .executeTakeFirstOrThrow();
}

/** A new public id for a check-in. */
export function newCheckinId(): string {
  return newPublicId();
}

/** The owner's check-in with this public id. */
export async function findCheckin(
  db: Executor,
  userId: number,
  publicId: string,
): Promise<CheckinRow | undefined> {
  return db
    .selectFrom('journal_checkins')
    .select(CHECKIN_COLUMNS)
    .where('user_id', '=', userId)
    .where('public_id', '=', publicId)
    .executeTakeFirst();
}

/** The owner's check-in created with this client id (offline queue retries). */
export async function findCheckinByClientId(
  db: Executor,
  userId: number,
  clientId: string,
): Promise<CheckinRow | undefined> {
  return db
    .selectFrom('journal_checkins')
    .select(CHECKIN_COLUMNS)
    .where('user_id', '=', userId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
}

function filtered(db: Executor, userId: number, filter: OccurredFilter) {
  let query = db.selectFrom('journal_checkins').where('user_id', '=', userId);
  if (filter.from !== undefined) query = query.where('occurred_at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('occurred_at', '<=', filter.to);
  return query;
}

/** Which ends of the `occurred_at` window a listing has: the listing's SQL depends on nothing else. */
interface WindowShape {
  from: boolean;
  to: boolean;
}

const windowKey = (s: WindowShape) => `${s.from}/${s.to}`;

function windowOf(s: WindowShape, from: number | null, to: number | null): OccurredFilter {
  return {
    ...(s.from && from !== null ? { from } : {}),
    ...(s.to && to !== null ? { to } : {}),
  };
}

// The check-in list is the journal's hottest read: both of its queries are compiled once per window shape.
const countQuery = preparedByShape(
  windowKey,
  (db, s, userId: number, from: number | null, to: number | null) =>
    filtered(db, userId, windowOf(s, from, to)).select((eb) => eb.fn.countAll<number>().as('n')),
);

const pageQuery = preparedByShape(
  windowKey,
  (db, s, userId: number, from: number | null, to: number | null, limit: number, offset: number) =>
    filtered(db, userId, windowOf(s, from, to))
      .select(CHECKIN_COLUMNS)
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(offset),
);

/** One page of the owner's check-ins, newest `occurred_at` first (ties by id), and the total. */
export async function listCheckins(
  db: Executor,
  userId: number,
  filter: OccurredFilter,
  window: { limit: number; offset: number },
): Promise<{ count: number; rows: CheckinRow[] }> {
  const shape = { from: filter.from !== undefined, to: filter.to !== undefined };
  const from = filter.from ?? null;
  const to = filter.to ?? null;
  const [counted] = await countQuery(db, shape, userId, from, to);
  const rows = await pageQuery(db, shape, userId, from, to, window.limit, window.offset);
  return { count: Number(counted?.n ?? 0), rows };
}

/** Every check-in of the owner, newest first (export). */
export async function listAllCheckins(db: Executor, userId: number): Promise<CheckinRow[]> {
  return filtered(db, userId, {})
    .select(CHECKIN_COLUMNS)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** What insights read of the owner's check-ins in a window (no notes). */
export async function listCheckinsForInsights(db: Executor, userId: number, filter: OccurredFilter) {
  return filtered(db, userId, filter)
    .select(['score', 'emotions', 'activities', 'occurred_at'])
    .orderBy('occurred_at', 'asc')
    .execute();
}

/** The tag columns of every check-in of the owner (their custom tags). */
export async function listTagColumns(db: Executor, userId: number) {
  return filtered(db, userId, {}).select(['emotions', 'activities']).execute();
}

/** Replaces a check-in's values; undefined when the owner has no such check-in. */
export async function updateCheckin(
  db: Executor,
  userId: number,
  publicId: string,
  values: CheckinValues,
): Promise<CheckinRow | undefined> {
  return db
    .updateTable('journal_checkins')
    .set({ ...values, updated: nowMicros() })
    .where('user_id', '=', userId)
    .where('public_id', '=', publicId)
    .returning(CHECKIN_COLUMNS)
    .executeTakeFirst();
}

/** Deletes the owner's check-in; false when there was none. */
export async function deleteCheckin(db: Executor, userId: number, publicId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('journal_checkins')
    .where('user_id', '=', userId)
    .where('public_id', '=', publicId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Deletes every check-in of the owner (account deletion). */
export async function deleteAllCheckins(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('journal_checkins').where('user_id', '=', userId).execute();
}

/** Whether the owner has a check-in that occurred within [from, to) (microseconds). */
export async function hasCheckinBetween(
  db: Executor,
  userId: number,
  from: number,
  to: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('journal_checkins')
    .select('id')
    .where('user_id', '=', userId)
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
