/**
 * SQL of the admin console's content pages: posts and comments with their authors (anonymous
 * ones included: staff see who wrote them) and their number of open reports, filtered by hidden,
 * reported, author, date and text. Changes go through the moderation and community services.
 */
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { containsPattern, likeLower } from './admin-users.repository.ts';

/** Filters of the content lists; absent means any. */
export interface ContentFilter {
  /** Hidden (true) or visible (false) items. */
  hidden?: boolean;
  /** Items with (true) or without (false) an open report. */
  reported?: boolean;
  /** Items by this author (internal id; -1 matches nothing). */
  authorId?: number;
  /** Created at or after, microseconds. */
  since?: number;
  /** Created before, microseconds. */
  until?: number;
  /** Case-insensitive substring of the text. */
  search?: string;
}

/** A post or comment as the admin lists show it. */
export interface ContentRow {
  public_id: string;
  post_public_id: string;
  body: string;
  anonymous: boolean | number;
  hidden: boolean | number;
  edited: boolean | number;
  likes_count: number;
  comments_count: number | null;
  created: number;
  updated: number;
  author_public_id: string | null;
  author_username: string | null;
  open_reports: number | string;
}

type Table = 'posts' | 'comments';

function where<T extends Table>(eb: ExpressionBuilder<DB, T>, table: T, filter: ContentFilter) {
  const e = eb as unknown as ExpressionBuilder<DB, Table>;
  const col = (name: 'hidden' | 'author_id' | 'created' | 'body' | 'public_id') =>
    `${table}.${name}` as const;
  const parts: Expression<SqlBool>[] = [];
  if (filter.hidden !== undefined) parts.push(e(col('hidden') as 'posts.hidden', '=', filter.hidden));
  if (filter.authorId !== undefined)
    parts.push(e(col('author_id') as 'posts.author_id', '=', filter.authorId));
  if (filter.since !== undefined) parts.push(e(col('created') as 'posts.created', '>=', filter.since));
  if (filter.until !== undefined) parts.push(e(col('created') as 'posts.created', '<', filter.until));
  if (filter.search !== undefined)
    parts.push(likeLower(e.ref(col('body') as 'posts.body'), containsPattern(filter.search)));
  if (filter.reported !== undefined) {
    const open = e
      .selectFrom('reports')
      .select('reports.id')
      .where('reports.status', '=', 'open')
      .whereRef('reports.target_public_id', '=', col('public_id') as 'posts.public_id');
    parts.push(filter.reported ? e.exists(open) : e.not(e.exists(open)));
  }
  return e.and(parts);
}

function openReports(
  eb: ExpressionBuilder<DB, Table>,
  publicIdColumn: 'posts.public_id' | 'comments.public_id',
) {
  return eb
    .selectFrom('reports')
    .select((s) => s.fn.countAll<number>().as('n'))
    .where('reports.status', '=', 'open')
    .whereRef('reports.target_public_id', '=', publicIdColumn)
    .as('open_reports');
}

/** One page of posts, newest first. */
export async function listAdminPosts(
  db: Executor,
  filter: ContentFilter,
  window: { limit: number; offset: number },
): Promise<ContentRow[]> {
  return db
    .selectFrom('posts')
    .leftJoin('users as author', 'author.id', 'posts.author_id')
    .select((eb) => [
      'posts.public_id',
      'posts.public_id as post_public_id',
      'posts.body',
      'posts.anonymous',
      'posts.hidden',
      'posts.edited',
      'posts.likes_count',
      'posts.comments_count',
      'posts.created',
      'posts.updated',
      'author.public_id as author_public_id',
      'author.username as author_username',
      openReports(eb as never, 'posts.public_id'),
    ])
    .where((eb) => where(eb as never, 'posts', filter))
    .orderBy('posts.created', 'desc')
    .orderBy('posts.id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute() as Promise<ContentRow[]>;
}

/** One page of comments (any post), newest first. */
export async function listAdminComments(
  db: Executor,
  filter: ContentFilter,
  window: { limit: number; offset: number },
): Promise<ContentRow[]> {
  return db
    .selectFrom('comments')
    .innerJoin('posts', 'posts.id', 'comments.post_id')
    .leftJoin('users as author', 'author.id', 'comments.author_id')
    .select((eb) => [
      'comments.public_id',
      'posts.public_id as post_public_id',
      'comments.body',
      'posts.anonymous as post_anonymous',
      'posts.author_id as post_author_id',
      'comments.author_id as item_author_id',
      'comments.hidden',
      'comments.edited',
      'comments.likes_count',
      'comments.created',
      'comments.updated',
      'author.public_id as author_public_id',
      'author.username as author_username',
      openReports(eb as never, 'comments.public_id'),
    ])
    .where((eb) => where(eb as never, 'comments', filter))
    .orderBy('comments.created', 'desc')
    .orderBy('comments.id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute()
    .then((rows) =>
      rows.map(({ post_anonymous, post_author_id, item_author_id, ...r }) => ({
        ...r,
        // The post author's own comments on an anonymous post are anonymous too.
        anonymous: Boolean(post_anonymous) && item_author_id !== null && item_author_id === post_author_id,
        comments_count: null,
      })),
    ) as Promise<ContentRow[]>;
}

/** How many items of a table match a filter. */
export async function countAdminContent(db: Executor, table: Table, filter: ContentFilter): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => where(eb as never, table, filter))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
