/**
 * SQL of the admin console's users pages: search, filter, sort and count users; a user's content
 * counts; activation. Reads select the users module's allow-listed columns only (never the
 * password hash).
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { DB, Role } from '../../db/schema.ts';
import { nowMicros } from '../../lib/time.ts';
import { USER_COLUMNS, type UserRow } from '../users/index.ts';

/** Filters of the users list; absent means any. */
export interface AdminUserFilter {
  /** Case-insensitive substring of username, e-mail, first or last name. */
  search?: string;
  /** Exactly this role. */
  role?: Role;
  /** Active (true) or deactivated (false) accounts. */
  active?: boolean;
  /** Confirmed (true) or unconfirmed (false) e-mail addresses. */
  verified?: boolean;
  /** Joined at or after, microseconds. */
  joinedFrom?: number;
  /** Joined before, microseconds. */
  joinedTo?: number;
}

/** Sortable columns of the users list. */
export const USER_SORT_FIELDS = ['created', 'username', 'email', 'last_login', 'role'] as const;
/** A sort column, descending when `desc`. */
export interface UserOrdering {
  field: (typeof USER_SORT_FIELDS)[number];
  desc: boolean;
}

/** `%…%` pattern for LIKE with the wildcards of the search text escaped (escape character `\`). */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `lower(column) LIKE pattern ESCAPE '\'` on both dialects. */
export function likeLower(column: Expression<unknown>, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${column}) like ${pattern} escape '\\'`;
}

function where(eb: ExpressionBuilder<DB, 'users'>, filter: AdminUserFilter) {
  const parts: Expression<SqlBool>[] = [];
  if (filter.search !== undefined && filter.search !== '') {
    const pattern = containsPattern(filter.search);
    parts.push(
      eb.or([
        likeLower(eb.ref('username_normalized'), pattern),
        likeLower(eb.ref('email_normalized'), pattern),
        likeLower(eb.ref('first_name'), pattern),
        likeLower(eb.ref('last_name'), pattern),
      ]),
    );
  }
  if (filter.role !== undefined) parts.push(eb('role', '=', filter.role));
  if (filter.active !== undefined) parts.push(eb('is_active', '=', filter.active));
  if (filter.verified !== undefined) parts.push(eb('email_verified', '=', filter.verified));
  if (filter.joinedFrom !== undefined) parts.push(eb('created', '>=', filter.joinedFrom));
  if (filter.joinedTo !== undefined) parts.push(eb('created', '<', filter.joinedTo));
  return eb.and(parts);
}

/** One page of users matching a filter, in the requested order (ties broken by id). */
export async function searchUsers(
  db: Executor,
  filter: AdminUserFilter,
  ordering: UserOrdering,
  window: { limit: number; offset: number },
): Promise<UserRow[]> {
  const direction = ordering.desc ? 'desc' : 'asc';
  const column =
    ordering.field === 'username'
      ? 'username_normalized'
      : ordering.field === 'email'
        ? 'email_normalized'
        : ordering.field;
  return db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where((eb) => where(eb, filter))
    .orderBy(column, direction)
    .orderBy('id', direction)
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

/** How many users match a filter. */
export async function countMatchingUsers(db: Executor, filter: AdminUserFilter): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => where(eb, filter))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Users by username (case-insensitive), for the CLI and bulk actions. */
export async function findUsersByPublicIds(db: Executor, publicIds: readonly string[]): Promise<UserRow[]> {
  if (publicIds.length === 0) return [];
  return db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('public_id', 'in', [...publicIds])
    .execute();
}

/** Replaces the password hash with a value no password matches (a forced reset). */
export async function setUnusablePassword(db: Executor, userId: number, marker: string): Promise<string> {
  const value = `!${marker}`;
  await db
    .updateTable('users')
    .set({ password: value, updated: nowMicros() })
    .where('id', '=', userId)
    .execute();
  return value;
}

/** What a user has written and reported (counts only). */
export interface ContentCounts {
  posts: number;
  comments: number;
  reports_filed: number;
  reports_against: number;
}

/** Counts a user's posts, comments, reports filed and open reports on their items. */
export async function countUserContent(db: Executor, userId: number): Promise<ContentCounts> {
  const count = (n: { n: number | string | bigint }) => Number(n.n);
  const [posts, comments, filed, against] = await Promise.all([
    db
      .selectFrom('posts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('author_id', '=', userId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('comments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('author_id', '=', userId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('reporter_id', '=', userId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('reports')
      .leftJoin('posts', 'posts.id', 'reports.post_id')
      .leftJoin('comments', 'comments.id', 'reports.comment_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('reports.status', '=', 'open')
      .where((eb) =>
        eb.or([
          eb.and([eb('reports.target_type', '=', 'post'), eb('posts.author_id', '=', userId)]),
          eb.and([eb('reports.target_type', '=', 'comment'), eb('comments.author_id', '=', userId)]),
        ]),
      )
      .executeTakeFirstOrThrow(),
  ]);
  return {
    posts: count(posts),
    comments: count(comments),
    reports_filed: count(filed),
    reports_against: count(against),
  };
}
