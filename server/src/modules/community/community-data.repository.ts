/**
 * SQL for a user's community data as a whole: the export (posts, comments, likes) and
 * account deletion (delete the content, or detach it from the user), keeping the denormalised
 * counters of the posts and comments it touches in step.
 */
import type { Executor } from '../../db/database.ts';

/** Every community row of a user, by public ids only. */
export async function exportCommunityData(db: Executor, userId: number) {
  const [posts, comments, postLikes, commentLikes] = await Promise.all([
    db
      .selectFrom('posts')
      .select([
        'public_id',
        'body',
        'mood',
        'content_warning',
        'anonymous',
        'hidden',
        'edited',
        'created',
        'updated',
      ])
      .where('author_id', '=', userId)
      .orderBy('created', 'desc')
      .execute(),
    db
      .selectFrom('comments')
      .innerJoin('posts', 'posts.id', 'comments.post_id')
      .select([
        'comments.public_id',
        'posts.public_id as post_id',
        'comments.body',
        'comments.hidden',
        'comments.edited',
        'comments.created',
        'comments.updated',
      ])
      .where('comments.author_id', '=', userId)
      .orderBy('comments.created', 'desc')
      .execute(),
    db
      .selectFrom('post_likes')
      .innerJoin('posts', 'posts.id', 'post_likes.post_id')
      .select(['posts.public_id as post_id', 'post_likes.created'])
      .where('post_likes.user_id', '=', userId)
      .orderBy('post_likes.created', 'desc')
      .execute(),
    db
      .selectFrom('comment_likes')
      .innerJoin('comments', 'comments.id', 'comment_likes.comment_id')
      .select(['comments.public_id as comment_id', 'comment_likes.created'])
      .where('comment_likes.user_id', '=', userId)
      .orderBy('comment_likes.created', 'desc')
      .execute(),
  ]);
  return { posts, comments, postLikes, commentLikes };
}

/** Removes a user's likes, decrementing the counters of what they liked. */
export async function deleteLikesOf(db: Executor, userId: number): Promise<void> {
  await db
    .updateTable('posts')
    .set((eb) => ({ likes_count: eb('likes_count', '-', 1) }))
    .where('id', 'in', (eb) => eb.selectFrom('post_likes').select('post_id').where('user_id', '=', userId))
    .execute();
  await db.deleteFrom('post_likes').where('user_id', '=', userId).execute();
  await db
    .updateTable('comments')
    .set((eb) => ({ likes_count: eb('likes_count', '-', 1) }))
    .where('id', 'in', (eb) =>
      eb.selectFrom('comment_likes').select('comment_id').where('user_id', '=', userId),
    )
    .execute();
  await db.deleteFrom('comment_likes').where('user_id', '=', userId).execute();
}

/** Deletes a user's comments, decrementing `comments_count` of the posts by their visible ones. */
export async function deleteCommentsOf(db: Executor, userId: number): Promise<void> {
  await db
    .updateTable('posts')
    .set((eb) => ({
      comments_count: eb(
        'comments_count',
        '-',
        eb
          .selectFrom('comments')
          .select((c) => c.fn.countAll<number>().as('n'))
          .whereRef('comments.post_id', '=', 'posts.id')
          .where('comments.author_id', '=', userId)
          .where('comments.hidden', '=', false),
      ),
    }))
    .where('id', 'in', (eb) => eb.selectFrom('comments').select('post_id').where('author_id', '=', userId))
    .execute();
  await db.deleteFrom('comments').where('author_id', '=', userId).execute();
}

/** Deletes a user's posts (their comments and likes go with them). */
export async function deletePostsOf(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('posts').where('author_id', '=', userId).execute();
}

/** Detaches a user's posts and comments: they stay, shown with the deleted-account sentinel. */
export async function detachContentOf(db: Executor, userId: number): Promise<void> {
  await db.updateTable('posts').set({ author_id: null }).where('author_id', '=', userId).execute();
  await db.updateTable('comments').set({ author_id: null }).where('author_id', '=', userId).execute();
}

/** Internal ids of a user's posts and comments (to close the reports on them before deletion). */
export async function contentIdsOf(db: Executor, userId: number) {
  const [posts, comments] = await Promise.all([
    db.selectFrom('posts').select('id').where('author_id', '=', userId).execute(),
    db.selectFrom('comments').select('id').where('author_id', '=', userId).execute(),
  ]);
  return { postIds: posts.map((p) => p.id), commentIds: comments.map((c) => c.id) };
}
