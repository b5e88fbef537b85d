/**
 * SQL of the admin console's content pages: posts and comments with their authors (anonymous
 * ones included: staff see who wrote them) and their number of open reports, filtered by hidden,
 * reported, author, date and text. Changes go through the moderation and community services;
 * whether a comment shows as anonymous is the community's rule, applied by the admin service.
 */
import { type Expression, expressionBuilder, type SqlBool, sql } from 'kysely';
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

type Table = 'posts' | 'comments';

// Conditions and subqueries are built apart from the query, so one builder serves both tables.
const eb = expressionBuilder<DB, never>();

function where(table: Table, filter: ContentFilter): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (filter.hidden !== undefined) parts.push(eb(sql.ref<boolean>(`${table}.hidden`), '=', filter.hidden));
  if (filter.authorId !== undefined) {
    parts.push(eb(sql.ref<number | null>(`${table}.author_id`), '=', filter.authorId));
  }
  if (filter.since !== undefined) parts.push(eb(sql.ref<number>(`${table}.created`), '>=', filter.since));
  if (filter.until !== undefined) parts.push(eb(sql.ref<number>(`${table}.created`), '<', filter.until));
  if (filter.search !== undefined) {
    parts.push(likeLower(sql.ref<string>(`${table}.body`), containsPattern(filter.search)));
  }
  if (filter.reported !== undefined) {
    const open = eb
      .selectFrom('reports')
      .select('reports.id')
      .where('reports.status', '=', 'open')
      .where('reports.target_public_id', '=', sql.ref<string>(`${table}.public_id`));
    parts.push(filter.reported ? eb.exists(open) : eb.not(eb.exists(open)));
  }
  return eb.and(parts);
}

function openReports(table: Table) {
  return eb
    .selectFrom('reports')
    .select((s) => s.fn.countAll<number>().as('n'))
    .where('reports.status', '=', 'open')
    .where('reports.target_public_id', '=', sql.ref<string>(`${table}.public_id`))
    .as('open_reports');
}

/** One page of posts, newest first. */
export async function listAdminPosts(
  db: Executor,
  filter: ContentFilter,
  window: { limit: number; offset: number },
) {
  return db
    .selectFrom('posts')
    .leftJoin('users as author', 'author.id', 'posts.author_id')
    .select([
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
      openReports('posts'),
    ])
    .where(where('posts', filter))
    .orderBy('posts.created', 'desc')
    .orderBy('posts.id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

/** One page of comments (any post), newest first. */
export async function listAdminComments(
  db: Executor,
  filter: ContentFilter,
  window: { limit: number; offset: number },
) {
  return db
    .selectFrom('comments')
    .innerJoin('posts', 'posts.id', 'comments.post_id')
    .leftJoin('users as author', 'author.id', 'comments.author_id')
    .select([
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
      openReports('comments'),
    ])
    .where(where('comments', filter))
    .orderBy('comments.created', 'desc')
    .orderBy('comments.id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

/** How many items of a table match a filter. */
export async function countAdminContent(db: Executor, table: Table, filter: ContentFilter): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(where(table, filter))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
