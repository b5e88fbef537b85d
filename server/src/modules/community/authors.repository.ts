/**
 * SQL for the authors shown beside posts and comments and for `posts_count`: one query for a
 * whole page of authors, never one per item.
 */
import type { Executor } from '../../db/database.ts';
import { preparedByShape } from '../../db/prepared.ts';
import type { PostsCounts } from '../users/index.ts';
import { USER_COLUMNS } from '../users/index.ts';

/** An author row with both figures of `posts_count` (inferred from the query). */
export type AuthorRow = Awaited<ReturnType<typeof findAuthors>>[number];

const authorsQuery = preparedByShape(
  (authors: number) => String(authors),
  (db, _authors, ...userIds: number[]) =>
    db
      .selectFrom('users')
      .select(USER_COLUMNS)
      .select((eb) => [
        eb
          .selectFrom('posts')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('posts.author_id', '=', 'users.id')
          .as('posts_all'),
        eb
          .selectFrom('posts')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('posts.author_id', '=', 'users.id')
          .where('posts.hidden', '=', false)
          .where('posts.anonymous', '=', false)
          .as('posts_public'),
      ])
      .where('users.id', 'in', userIds),
);

/** Users by internal id with their post counts: one query for a whole page of authors. */
export async function findAuthors(db: Executor, userIds: readonly number[]) {
  if (userIds.length === 0) return [];
  return authorsQuery(db, userIds.length, ...userIds);
}

// One template per number of authors (a page has at most a few dozen).
const postsCountsQuery = preparedByShape(
  (authors: number) => String(authors),
  (db, _authors, ...userIds: number[]) =>
    db
      .selectFrom('posts')
      .select((eb) => [
        'author_id',
        eb.fn.countAll<number>().as('all'),
        eb.fn
          .sum<number>(
            eb
              .case()
              .when(eb.and([eb('hidden', '=', false), eb('anonymous', '=', false)]))
              .then(1)
              .else(0)
              .end(),
          )
          .as('public'),
      ])
      .where('author_id', 'in', userIds)
      .groupBy('author_id'),
);

/** `posts_count` figures for users (absent users have none): one grouped query. */
export async function countPostsByAuthors(
  db: Executor,
  userIds: readonly number[],
): Promise<Map<number, PostsCounts>> {
  const counts = new Map<number, PostsCounts>();
  if (userIds.length === 0) return counts;
  const rows = await postsCountsQuery(db, userIds.length, ...userIds);
  for (const row of rows) {
    if (row.author_id !== null)
      counts.set(row.author_id, { all: Number(row.all), public: Number(row.public) });
  }
  return counts;
}
