/**
 * SQL for comments and comment likes. Every read is scoped to one post (the post in the URL), so
 * a detail route can only ever find comments of that post; visibility and `liked` are decided in
 * the query.
 */
import { type ExpressionBuilder, sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { newPublicId } from '../../lib/ids.ts';
import { nowMicros } from '../../lib/time.ts';
import type { FeedPosition, Reader } from './posts.repository.ts';

/** A comment as reads return it, with the reader's `liked` (inferred from the query). */
export type CommentRow = Awaited<ReturnType<ReturnType<typeof selectComments>['executeTakeFirstOrThrow']>>;

const COMMENT_COLUMNS = [
  'comments.id',
  'comments.public_id',
  'comments.post_id',
  'comments.author_id',
  'comments.body',
  'comments.hidden',
  'comments.edited',
  'comments.likes_count',
  'comments.created',
  'comments.updated',
] as const;

// Hidden comments: staff see them all, authors their own, nobody else any.
// Blocked and muted authors' comments are left out (API.md C2); null authors (deleted accounts) stay.
function visibleWhere(eb: ExpressionBuilder<DB, 'comments'>, reader: Reader, postId: number) {
  const conditions = [eb('comments.post_id', '=', postId)];
  const userId = reader.userId;
  if (!reader.staff) {
    conditions.push(
      userId === null
        ? eb('comments.hidden', '=', false)
        : eb.or([eb('comments.hidden', '=', false), eb('comments.author_id', '=', userId)]),
    );
  }
  if (reader.hiddenAuthors.length > 0) {
    conditions.push(
      eb.or([eb('comments.author_id', 'is', null), eb('comments.author_id', 'not in', reader.hiddenAuthors)]),
    );
  }
  return eb.and(conditions);
}

function selectComments(db: Executor, reader: Reader, postId: number) {
  const userId = reader.userId;
  return db
    .selectFrom('comments')
    .select(COMMENT_COLUMNS)
    .select((eb) =>
      userId === null
        ? sql<boolean>`false`.as('liked')
        : eb
            .exists(
              eb
                .selectFrom('comment_likes')
                .select(sql`1`.as('one'))
                .whereRef('comment_likes.comment_id', '=', 'comments.id')
                .where('comment_likes.user_id', '=', userId),
            )
            .$castTo<boolean>()
            .as('liked'),
    )
    .where((eb) => visibleWhere(eb, reader, postId));
}

/** A comment of one post that the reader may see. */
export async function findVisibleComment(
  db: Executor,
  reader: Reader,
  postId: number,
  publicId: string,
): Promise<CommentRow | undefined> {
  return selectComments(db, reader, postId).where('comments.public_id', '=', publicId).executeTakeFirst();
}

/** One limit/offset page of a post's comments, newest first. */
export async function listCommentsPage(
  db: Executor,
  reader: Reader,
  postId: number,
  window: { limit: number; offset: number },
): Promise<CommentRow[]> {
  return selectComments(db, reader, postId)
    .orderBy('comments.created', 'desc')
    .orderBy('comments.public_id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

/** Up to `limit` comments after a keyset position (see `listPostsKeyset`). */
export async function listCommentsKeyset(
  db: Executor,
  reader: Reader,
  postId: number,
  page: { limit: number; after?: FeedPosition; reverse: boolean },
): Promise<CommentRow[]> {
  const { after, reverse } = page;
  let query = selectComments(db, reader, postId);
  if (after !== undefined) {
    const strict = reverse ? '>' : '<';
    query = query.where((eb) =>
      eb.and([
        eb('comments.created', reverse ? '>=' : '<=', after.created),
        eb.or([eb('comments.created', strict, after.created), eb('comments.public_id', strict, after.id)]),
      ]),
    );
  }
  const direction = reverse ? 'asc' : 'desc';
  return query
    .orderBy('comments.created', direction)
    .orderBy('comments.public_id', direction)
    .limit(page.limit)
    .execute();
}

/** How many of a post's comments the reader may see. */
export async function countComments(db: Executor, reader: Reader, postId: number): Promise<number> {
  const row = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => visibleWhere(eb, reader, postId))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Inserts a comment; returns its public id (the caller adjusts the post's `comments_count`). */
export async function insertComment(
  db: Executor,
  comment: { postId: number; authorId: number; body: string },
): Promise<string> {
  const now = nowMicros();
  const publicId = newPublicId();
  await db
    .insertInto('comments')
    .values({
      public_id: publicId,
      post_id: comment.postId,
      author_id: comment.authorId,
      body: comment.body,
      created: now,
      updated: now,
    })
    .execute();
  return publicId;
}

/** Replaces a comment's text and marks it edited. */
export async function updateCommentBody(db: Executor, commentId: number, body: string): Promise<void> {
  await db
    .updateTable('comments')
    .set({ body, edited: true, updated: nowMicros() })
    .where('id', '=', commentId)
    .execute();
}

/** Deletes a comment (its likes go with it). */
export async function deleteComment(db: Executor, commentId: number): Promise<void> {
  await db.deleteFrom('comments').where('id', '=', commentId).execute();
}

/** Sets `hidden`; true when it changed. */
export async function setCommentHidden(db: Executor, commentId: number, hidden: boolean): Promise<boolean> {
  const result = await db
    .updateTable('comments')
    .set({ hidden, updated: nowMicros() })
    .where('id', '=', commentId)
    .where('hidden', '=', !hidden)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

async function adjustLikes(db: Executor, commentId: number, delta: number): Promise<void> {
  await db
    .updateTable('comments')
    .set((eb) => ({ likes_count: eb('likes_count', '+', delta) }))
    .where('id', '=', commentId)
    .execute();
}

/** Records a like (no-op when it exists) and keeps `likes_count` in step; true when added. */
export async function addCommentLike(db: Executor, commentId: number, userId: number): Promise<boolean> {
  const result = await db
    .insertInto('comment_likes')
    .values({ comment_id: commentId, user_id: userId, created: nowMicros() })
    .onConflict((oc) => oc.columns(['comment_id', 'user_id']).doNothing())
    .executeTakeFirst();
  const added = Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  if (added) await adjustLikes(db, commentId, 1);
  return added;
}

/** Removes a like (no-op when absent) and keeps `likes_count` in step. */
export async function removeCommentLike(db: Executor, commentId: number, userId: number): Promise<void> {
  const result = await db
    .deleteFrom('comment_likes')
    .where('comment_id', '=', commentId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) > 0) await adjustLikes(db, commentId, -1);
}

/** The public id of a comment's post (moderation routes address comments without their post). */
export async function findPostIdOfComment(
  db: Executor,
  commentPublicId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('comments')
    .innerJoin('posts', 'posts.id', 'comments.post_id')
    .select('posts.public_id')
    .where('comments.public_id', '=', commentPublicId)
    .executeTakeFirst();
  return row?.public_id;
}
