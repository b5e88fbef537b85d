/** SQL for `journal_tags`: a person's saved custom tags. Every function takes the owner's id. */
import type { Executor } from '../../db/database.ts';
import { newPublicId } from '../../lib/ids.ts';
import { nowMicros } from '../../lib/time.ts';

/** A tag kind. */
export type TagKind = 'emotion' | 'activity';

const COLUMNS = ['public_id', 'kind', 'name', 'created'] as const;

/** Saves a tag for its owner; returns the row (a duplicate fails on the unique key). */
export async function insertCustomTag(db: Executor, userId: number, kind: TagKind, name: string) {
  const row = { public_id: newPublicId(), user_id: userId, kind, name, created: nowMicros() };
  await db.insertInto('journal_tags').values(row).execute();
  return { public_id: row.public_id, kind, name, created: row.created };
}

/** True when the owner already saved this tag. */
export async function hasCustomTag(
  db: Executor,
  userId: number,
  kind: TagKind,
  name: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('journal_tags')
    .select('id')
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .where('name', '=', name)
    .executeTakeFirst();
  return row !== undefined;
}

/** The owner's saved tags, by name. */
export function listCustomTags(db: Executor, userId: number) {
  return db
    .selectFrom('journal_tags')
    .select(COLUMNS)
    .where('user_id', '=', userId)
    .orderBy('name')
    .execute();
}

/** Deletes one of the owner's saved tags; false when the owner has no such tag. */
export async function deleteCustomTag(db: Executor, userId: number, publicId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('journal_tags')
    .where('user_id', '=', userId)
    .where('public_id', '=', publicId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Deletes every saved tag of a user (account deletion). */
export async function deleteAllCustomTags(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('journal_tags').where('user_id', '=', userId).execute();
}
