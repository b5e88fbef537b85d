/**
 * SQL for `content_hidings`: each hiding of a post or comment with its reason and note, and the
 * author's one appeal of it. The latest hiding of an item is the one that counts.
 */
import type { Executor } from '../../db/database.ts';
import type { AppealStatus, ReportReason } from '../../db/schema.ts';
import { newPublicId } from '../../lib/ids.ts';
import { nowMicros } from '../../lib/time.ts';

const HIDING_COLUMNS = [
  'content_hidings.id',
  'content_hidings.public_id',
  'content_hidings.target_type',
  'content_hidings.post_id',
  'content_hidings.comment_id',
  'content_hidings.reason',
  'content_hidings.note',
  'content_hidings.hidden_at',
  'content_hidings.appeal_status',
  'content_hidings.appeal_message',
  'content_hidings.appeal_created',
  'content_hidings.appeal_decided_at',
] as const;

function selectHidings(db: Executor) {
  return db
    .selectFrom('content_hidings')
    .innerJoin('posts', 'posts.id', 'content_hidings.post_id')
    .leftJoin('comments', 'comments.id', 'content_hidings.comment_id')
    .select(HIDING_COLUMNS)
    .select(['posts.public_id as post_public_id', 'comments.public_id as comment_public_id']);
}

/** A hiding as reads return it, with the public ids of its post and comment. */
export type HidingRow = Awaited<ReturnType<ReturnType<typeof selectHidings>['executeTakeFirstOrThrow']>>;

/** A hiding to record. */
export interface NewHiding {
  targetType: 'post' | 'comment';
  postId: number;
  commentId: number | null;
  reason: ReportReason;
  note: string;
  moderatorId: number | null;
}

/** Records a hiding; returns its public id. */
export async function insertHiding(db: Executor, hiding: NewHiding): Promise<string> {
  const publicId = newPublicId();
  await db
    .insertInto('content_hidings')
    .values({
      public_id: publicId,
      target_type: hiding.targetType,
      post_id: hiding.postId,
      comment_id: hiding.commentId,
      reason: hiding.reason,
      note: hiding.note,
      moderator_id: hiding.moderatorId,
      hidden_at: nowMicros(),
      appeal_status: null,
      appeal_message: null,
      appeal_created: null,
      appeal_decided_at: null,
      appeal_decider_id: null,
    })
    .execute();
  return publicId;
}

/** The latest hiding of each of these posts (post hidings only), keyed by post id. */
export async function latestPostHidings(
  db: Executor,
  postIds: readonly number[],
): Promise<Map<number, HidingRow>> {
  const latest = new Map<number, HidingRow>();
  if (postIds.length === 0) return latest;
  const rows = await selectHidings(db)
    .where('content_hidings.post_id', 'in', [...postIds])
    .where('content_hidings.comment_id', 'is', null)
    .orderBy('content_hidings.hidden_at', 'asc')
    .orderBy('content_hidings.id', 'asc')
    .execute();
  for (const row of rows) latest.set(row.post_id, row);
  return latest;
}

/** The latest hiding of each of these comments, keyed by comment id. */
export async function latestCommentHidings(
  db: Executor,
  commentIds: readonly number[],
): Promise<Map<number, HidingRow>> {
  const latest = new Map<number, HidingRow>();
  if (commentIds.length === 0) return latest;
  const rows = await selectHidings(db)
    .where('content_hidings.comment_id', 'in', [...commentIds])
    .orderBy('content_hidings.hidden_at', 'asc')
    .orderBy('content_hidings.id', 'asc')
    .execute();
  for (const row of rows) if (row.comment_id !== null) latest.set(row.comment_id, row);
  return latest;
}

/** One hiding by public id. */
export function findHiding(db: Executor, publicId: string): Promise<HidingRow | undefined> {
  return selectHidings(db).where('content_hidings.public_id', '=', publicId).executeTakeFirst();
}

/** Opens the appeal of a hiding; false when it was already appealed. */
export async function openAppeal(db: Executor, hidingId: number, message: string): Promise<boolean> {
  const result = await db
    .updateTable('content_hidings')
    .set({ appeal_status: 'open', appeal_message: message, appeal_created: nowMicros() })
    .where('id', '=', hidingId)
    .where('appeal_status', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Decides an open appeal; false when it was no longer open. */
export async function closeAppeal(
  db: Executor,
  hidingId: number,
  status: Exclude<AppealStatus, 'open'>,
  deciderId: number,
): Promise<boolean> {
  const result = await db
    .updateTable('content_hidings')
    .set({ appeal_status: status, appeal_decided_at: nowMicros(), appeal_decider_id: deciderId })
    .where('id', '=', hidingId)
    .where('appeal_status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Appeals with a status (or every appeal), oldest open first so nobody waits longest. */
export function listAppeals(
  db: Executor,
  status: AppealStatus | null,
  window: { limit: number; offset: number },
) {
  let query = selectHidings(db).where('content_hidings.appeal_status', 'is not', null);
  if (status !== null) query = query.where('content_hidings.appeal_status', '=', status);
  return query
    .orderBy('content_hidings.appeal_created', 'asc')
    .orderBy('content_hidings.public_id', 'asc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

/** How many appeals have a status (or exist). */
export async function countAppeals(db: Executor, status: AppealStatus | null): Promise<number> {
  let query = db
    .selectFrom('content_hidings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('appeal_status', 'is not', null);
  if (status !== null) query = query.where('appeal_status', '=', status);
  return Number((await query.executeTakeFirstOrThrow()).n);
}
