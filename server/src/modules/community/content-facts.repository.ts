/** SQL for the facts other modules may read about one post or comment (see content-facts.service.ts). */
import type { Executor } from '../../db/database.ts';

/** A post's or comment's author, text, state and post, by public id. */
export interface ContentFactsRow {
  /** The author (internal key), or null once their account is gone. */
  author_id: number | null;
  /** The text. */
  body: string;
  /** Hidden by moderators (a comment counts as hidden when its post is). */
  hidden: boolean;
  /** The post (itself, for a post). */
  post_public_id: string;
}

/** The facts of a post. */
export function selectPostFacts(db: Executor, publicId: string): Promise<ContentFactsRow | undefined> {
  return db
    .selectFrom('posts')
    .select(['author_id', 'body', 'hidden', 'public_id as post_public_id'])
    .where('public_id', '=', publicId)
    .executeTakeFirst();
}

/** The facts of a comment, hidden when it or its post is. */
export async function selectCommentFacts(
  db: Executor,
  publicId: string,
): Promise<ContentFactsRow | undefined> {
  const row = await db
    .selectFrom('comments')
    .innerJoin('posts', 'posts.id', 'comments.post_id')
    .select([
      'comments.author_id',
      'comments.body',
      'comments.hidden',
      'posts.hidden as post_hidden',
      'posts.public_id as post_public_id',
    ])
    .where('comments.public_id', '=', publicId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const { post_hidden, ...facts } = row;
  return { ...facts, hidden: facts.hidden || post_hidden };
}
