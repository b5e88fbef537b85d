/** SQL for the new-account posting limits: what an author wrote since a time. */
import type { Executor } from '../../db/database.ts';

/** One recent post or comment: when, and its text (links count double). */
export interface RecentWrite {
  /** Creation time (µs). */
  created: number;
  /** Its body (and, for posts, content warning), to weigh links. */
  text: string;
}

/** The author's posts or comments created at or after `since` (µs), oldest first. */
export async function recentWrites(
  db: Executor,
  kind: 'post' | 'comment',
  authorId: number,
  since: number,
): Promise<RecentWrite[]> {
  const rows =
    kind === 'post'
      ? await db
          .selectFrom('posts')
          .select(['created', 'body', 'content_warning'])
          .where('author_id', '=', authorId)
          .where('created', '>=', since)
          .orderBy('created')
          .execute()
      : await db
          .selectFrom('comments')
          .select(['created', 'body'])
          .where('author_id', '=', authorId)
          .where('created', '>=', since)
          .orderBy('created')
          .execute();
  return rows.map((row) => ({
    created: Number(row.created),
    text: 'content_warning' in row ? `${row.body} ${row.content_warning ?? ''}` : row.body,
  }));
}
