/**
 * What the community offers moderation: changing a post's or comment's state inside the caller's
 * transaction, with the community's own counters kept in step. Moderation decides *whether*
 * (reports, staff rules, audit); the community decides *how* its rows change.
 */
import type { Transaction } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { deleteComment, findPostIdOfComment, setCommentHidden } from './comments.repository.ts';
import { adjustPostCounter, deletePost, setPostHidden } from './posts.repository.ts';

/** Hides or restores a post; true when its state changed. */
export function setPostHiddenIn(trx: Transaction<DB>, postId: number, hidden: boolean): Promise<boolean> {
  return setPostHidden(trx, postId, hidden);
}

/**
 * Hides or restores a comment, moving its post's `comments_count` with it; true when its state
 * changed.
 */
export async function setCommentHiddenIn(
  trx: Transaction<DB>,
  commentId: number,
  postId: number | null,
  hidden: boolean,
): Promise<boolean> {
  const changed = await setCommentHidden(trx, commentId, hidden);
  if (changed && postId !== null) await adjustPostCounter(trx, postId, 'comments_count', hidden ? -1 : 1);
  return changed;
}

/** Deletes a post (its comments and likes go with it). */
export async function removePostIn(trx: Transaction<DB>, postId: number): Promise<void> {
  await deletePost(trx, postId);
}

/** Deletes a comment; a visible comment leaves its post's `comments_count`. */
export async function removeCommentIn(
  trx: Transaction<DB>,
  commentId: number,
  postId: number | null,
  wasHidden: boolean,
): Promise<void> {
  await deleteComment(trx, commentId);
  if (!wasHidden && postId !== null) await adjustPostCounter(trx, postId, 'comments_count', -1);
}

/** The public id of the post a comment belongs to, or undefined when there is no such comment. */
export function postOfComment(db: Executor, commentPublicId: string): Promise<string | undefined> {
  return findPostIdOfComment(db, commentPublicId);
}
