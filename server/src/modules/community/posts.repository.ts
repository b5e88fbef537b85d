/**
 * SQL for posts, post likes and the authors shown beside them. Reads take a {@link Reader} so
 * visibility (hidden posts) and the caller's `liked` are decided inside the one query that loads
 * a page — never a query per post.
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { preparedByShape } from '../../db/prepared.ts';
import type { DB } from '../../db/schema.ts';
import { newPublicId } from '../../lib/ids.ts';
import { nowMicros } from '../../lib/time.ts';

/** Who is reading: the user's internal id (null when anonymous), whether they are staff, and whose content they must not see. */
export interface Reader {
  userId: number | null;
  staff: boolean;
  /** Authors left out for this reader (blocked either way, muted: API.md C2). */
  hiddenAuthors: readonly number[];
}

/** A post as reads return it, with the reader's `liked` (inferred from the query). */
export type PostRow = Awaited<ReturnType<ReturnType<typeof selectPosts>['executeTakeFirstOrThrow']>>;

/** Which posts a listing covers. */
export interface PostFilter {
  /** Only the posts of the user with this public id. */
  authorPublicId?: string;
  /** With `authorPublicId`: include the author's anonymous posts (the author themself and staff only). */
  includeAnonymous?: boolean;
  /** Only posts matching this full-text search (see `search-query.ts`). */
  search?: PostSearch;
}

/** A full-text search in the dialect's own syntax, already made safe. */
export interface PostSearch {
  dialect: 'sqlite' | 'postgres';
  /** An FTS5 MATCH expression or a `to_tsquery('simple', …)` text. */
  query: string;
}

/** A keyset position in the feed order (`created` desc, public id desc). */
export interface FeedPosition {
  created: number;
  id: string;
}

const POST_COLUMNS = [
  'posts.id',
  'posts.public_id',
  'posts.author_id',
  'posts.body',
  'posts.mood',
  'posts.content_warning',
  'posts.anonymous',
  'posts.hidden',
  'posts.edited',
  'posts.likes_count',
  'posts.comments_count',
  'posts.created',
  'posts.updated',
] as const;

function likedColumn(eb: ExpressionBuilder<DB, 'posts'>, reader: Reader) {
  if (reader.userId === null) return sql<boolean>`false`.as('liked');
  return eb
    .exists(
      eb
        .selectFrom('post_likes')
        .select(sql`1`.as('one'))
        .whereRef('post_likes.post_id', '=', 'posts.id')
        .where('post_likes.user_id', '=', reader.userId),
    )
    .$castTo<boolean>()
    .as('liked');
}

// Hidden posts: staff see them all, authors their own, nobody else any. An author filter hides
// anonymous posts unless the reader is that author or staff (`includeAnonymous`).
function visibleWhere(eb: ExpressionBuilder<DB, 'posts'>, reader: Reader, filter: PostFilter) {
  const conditions: Expression<SqlBool>[] = [];
  const userId = reader.userId;
  if (!reader.staff) {
    conditions.push(
      userId === null
        ? eb('posts.hidden', '=', false)
        : eb.or([eb('posts.hidden', '=', false), eb('posts.author_id', '=', userId)]),
    );
  }
  if (filter.authorPublicId !== undefined) {
    const publicId = filter.authorPublicId;
    conditions.push(
      eb(
        'posts.author_id',
        '=',
        eb.selectFrom('users').select('users.id').where('users.public_id', '=', publicId),
      ),
    );
    if (filter.includeAnonymous !== true) conditions.push(eb('posts.anonymous', '=', false));
  }
  const hidden = reader.hiddenAuthors;
  if (hidden.length > 0) {
    // Content of deleted accounts (null author) stays; NOT IN alone would drop it.
    conditions.push(eb.or([eb('posts.author_id', 'is', null), eb('posts.author_id', 'not in', hidden)]));
  }
  return conditions.length === 0 ? sql<SqlBool>`1 = 1` : eb.and(conditions);
}

/**
 * How many matches a search covers: the most recent this many (per page, for cursor pages). Ranking
 * has to score every match it orders, and FTS5's bm25 also reads each term's whole doclist for its
 * statistics; the newest matches are also what a person looking back at a community usually wants
 * (docs/api.md, Search).
 */
export const SEARCH_WINDOW = 1000;

/** How a search's matches are taken: ranked (limit/offset pages), or newest first after a cursor post. */
type HitOrder = { ranked: true } | { ranked: false; after?: FeedPosition | undefined; reverse: boolean };

// The window of matches, with their rank when ranked (lower is better on both engines: FTS5's
// bm25 is negative); FTS5 walks its doclists in rowid order and stops at the window, and a cursor
// page starts the walk at the cursor's post (ids grow with `created`), so page N costs page 1.
function searchHits(search: PostSearch, order: HitOrder) {
  const reverse = !order.ranked && order.reverse;
  // Where the walk starts: the posts at the cursor's time (its own post may be gone since), taking
  // the extreme id of a few neighbours so posts sharing a timestamp are not cut off.
  const bound =
    order.ranked || order.after === undefined
      ? undefined
      : reverse
        ? sql`(select min(id) from (select id from posts where created >= ${order.after.created}
               order by created asc limit 16) near)`
        : sql`(select max(id) from (select id from posts where created <= ${order.after.created}
               order by created desc limit 16) near)`;
  const sqlite = search.dialect === 'sqlite';
  const id = sqlite ? sql`rowid` : sql`p.id`;
  const rank = order.ranked
    ? sqlite
      ? sql`bm25(posts_fts)`
      : sql`-ts_rank(p.search_vector, to_tsquery('simple', ${search.query}))`
    : sql`0`;
  const match = sqlite
    ? sql`posts_fts match ${search.query}`
    : sql`p.search_vector @@ to_tsquery('simple', ${search.query})`;
  const range =
    bound === undefined ? sql`` : reverse ? sql` and ${id} >= ${bound}` : sql` and ${id} <= ${bound}`;
  const hits = sql`select ${id} as post_id, ${rank} as rank from ${sqlite ? sql`posts_fts` : sql`posts p`}
    where ${match}${range} order by ${id} ${reverse ? sql`asc` : sql`desc`} limit ${SEARCH_WINDOW}`;
  return sql<{ post_id: number; rank: number }>`(${hits})`.as('hits');
}

function fromPosts(db: Executor, filter: PostFilter, order: HitOrder = { ranked: false, reverse: false }) {
  const search = filter.search;
  return db
    .selectFrom('posts')
    .$if(search !== undefined, (qb) =>
      search === undefined
        ? qb
        : qb.innerJoin(searchHits(search, order), (join) => join.onRef('hits.post_id', '=', 'posts.id')),
    );
}

function selectPosts(db: Executor, reader: Reader, filter: PostFilter = {}, order?: HitOrder) {
  return fromPosts(db, filter, order)
    .select(POST_COLUMNS)
    .select((eb) => likedColumn(eb, reader))
    .where((eb) => visibleWhere(eb, reader, filter));
}

/** A post the reader may see, by public id. */
export async function findVisiblePost(
  db: Executor,
  reader: Reader,
  publicId: string,
): Promise<PostRow | undefined> {
  return selectPosts(db, reader).where('posts.public_id', '=', publicId).executeTakeFirst();
}

/** One limit/offset page of the posts a reader may see, newest first (best match first when searching). */
export async function listPostsPage(
  db: Executor,
  reader: Reader,
  filter: PostFilter,
  window: { limit: number; offset: number },
): Promise<PostRow[]> {
  return selectPosts(db, reader, filter, { ranked: true })
    .$if(filter.search !== undefined, (qb) => qb.orderBy(sql`hits.rank`))
    .orderBy('posts.created', 'desc')
    .orderBy('posts.public_id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

/** A keyset page: how many posts, after which position, in which direction. */
interface KeysetPage {
  limit: number;
  after?: FeedPosition;
  reverse: boolean;
}

function keysetQuery(db: Executor, reader: Reader, filter: PostFilter, page: KeysetPage) {
  const { after, reverse } = page;
  let query = selectPosts(db, reader, filter, { ranked: false, after, reverse });
  if (after !== undefined) {
    const strict = reverse ? '>' : '<';
    query = query.where((eb) =>
      eb.and([
        eb('posts.created', reverse ? '>=' : '<=', after.created),
        eb.or([eb('posts.created', strict, after.created), eb('posts.public_id', strict, after.id)]),
      ]),
    );
  }
  const direction = reverse ? 'asc' : 'desc';
  return query.orderBy('posts.created', direction).orderBy('posts.public_id', direction).limit(page.limit);
}

/** What decides the plain feed page's SQL besides its values. */
interface FeedShape {
  staff: boolean;
  signedIn: boolean;
  hidden: number;
  after: boolean;
  reverse: boolean;
}

/** The plain feed's page (no search, no author), the hottest read: compiled once per shape. */
const feedPage = preparedByShape(
  (s: FeedShape) => `${s.staff}/${s.signedIn}/${s.hidden}/${s.after}/${s.reverse}`,
  (
    db,
    s,
    limit: number,
    userId: number | null,
    created: number | null,
    id: string | null,
    ...hiddenAuthors: number[]
  ) => {
    const reader: Reader = { userId: s.signedIn ? userId : null, staff: s.staff, hiddenAuthors };
    const page: KeysetPage =
      s.after && created !== null && id !== null
        ? { limit, after: { created, id }, reverse: s.reverse }
        : { limit, reverse: s.reverse };
    return keysetQuery(db, reader, {}, page);
  },
);

/**
 * Up to `limit` posts strictly after `after` in feed order (or before it, oldest first, when
 * `reverse`): a keyset range on the feed index, so page N costs what page 1 costs.
 */
export async function listPostsKeyset(
  db: Executor,
  reader: Reader,
  filter: PostFilter,
  page: KeysetPage,
): Promise<PostRow[]> {
  if (filter.search === undefined && filter.authorPublicId === undefined) {
    const shape: FeedShape = {
      staff: reader.staff,
      signedIn: reader.userId !== null,
      hidden: reader.hiddenAuthors.length,
      after: page.after !== undefined,
      reverse: page.reverse,
    };
    const { after } = page;
    return feedPage(
      db,
      shape,
      page.limit,
      reader.userId,
      after?.created ?? null,
      after?.id ?? null,
      ...reader.hiddenAuthors,
    );
  }
  return keysetQuery(db, reader, filter, page).execute();
}

/**
 * How many posts a reader may see under a filter. The whole feed is counted from the trigger-kept
 * `post_counts` row, corrected for what this reader sees differently (their own hidden posts, the
 * authors hidden from them) by index lookups, instead of a `count(*)` over every post.
 */
export async function countPosts(db: Executor, reader: Reader, filter: PostFilter): Promise<number> {
  if (filter.search === undefined && filter.authorPublicId === undefined) return countFeed(db, reader);
  const row = await fromPosts(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => visibleWhere(eb, reader, filter))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function countFeed(db: Executor, reader: Reader): Promise<number> {
  const hidden = reader.hiddenAuthors;
  const row = await db
    .selectFrom('post_counts')
    .where('post_counts.id', '=', 1)
    .select(reader.staff ? 'post_counts.total as base' : 'post_counts.visible as base')
    .$if(!reader.staff && reader.userId !== null, (qb) =>
      qb.select((eb) =>
        eb
          .selectFrom('posts')
          .select(eb.fn.countAll<number>().as('n'))
          .where('posts.author_id', '=', reader.userId)
          .where('posts.hidden', '=', true)
          .as('own_hidden'),
      ),
    )
    .$if(hidden.length > 0, (qb) =>
      qb.select((eb) =>
        eb
          .selectFrom('posts')
          .select(eb.fn.countAll<number>().as('n'))
          .where('posts.author_id', 'in', hidden)
          .$if(!reader.staff, (q) => q.where('posts.hidden', '=', false))
          .as('of_hidden_authors'),
      ),
    )
    .executeTakeFirstOrThrow();
  const extra = row as { own_hidden?: number | null; of_hidden_authors?: number | null };
  return Number(row.base) + Number(extra.own_hidden ?? 0) - Number(extra.of_hidden_authors ?? 0);
}

/** Fields of a new post. */
export interface NewPost {
  authorId: number;
  body: string;
  mood?: number | null;
  contentWarning?: string | null;
  anonymous?: boolean;
  /** Creation time in microseconds (defaults to now; bulk generators set it). */
  created?: number;
}

function postValues(post: NewPost) {
  const now = post.created ?? nowMicros();
  return {
    public_id: newPublicId(Math.floor(now / 1000)),
    author_id: post.authorId,
    body: post.body,
    mood: post.mood ?? null,
    content_warning: post.contentWarning ?? null,
    anonymous: post.anonymous ?? false,
    created: now,
    updated: now,
  };
}

/** Inserts a post; returns its public id. */
export async function insertPost(db: Executor, post: NewPost): Promise<string> {
  const values = postValues(post);
  await db.insertInto('posts').values(values).execute();
  return values.public_id;
}

/** Rows per multi-row INSERT: 8 columns × 1,000 stays below both engines' parameter limits. */
const BULK_BATCH = 1000;

/** Inserts many posts with multi-row INSERTs (call inside a transaction for speed). */
export async function insertPostsBulk(db: Executor, posts: readonly NewPost[]): Promise<void> {
  for (let start = 0; start < posts.length; start += BULK_BATCH) {
    await db
      .insertInto('posts')
      .values(posts.slice(start, start + BULK_BATCH).map(postValues))
      .execute();
  }
}

/** Changes the author may make with PUT; absent means unchanged. */
export interface PostChanges {
  body: string;
  mood?: number | null;
  content_warning?: string | null;
  anonymous?: boolean;
}

/** Applies an edit and marks the post edited. */
export async function updatePost(db: Executor, postId: number, changes: PostChanges): Promise<void> {
  await db
    .updateTable('posts')
    .set({ ...changes, edited: true, updated: nowMicros() })
    .where('id', '=', postId)
    .execute();
}

/** Deletes a post (its comments, likes and their likes go with it). */
export async function deletePost(db: Executor, postId: number): Promise<void> {
  await db.deleteFrom('posts').where('id', '=', postId).execute();
}

/** Sets `hidden`; true when it changed. */
export async function setPostHidden(db: Executor, postId: number, hidden: boolean): Promise<boolean> {
  const result = await db
    .updateTable('posts')
    .set({ hidden, updated: nowMicros() })
    .where('id', '=', postId)
    .where('hidden', '=', !hidden)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Records a like (no-op when it exists) and keeps `likes_count` in step; true when added. */
export async function addPostLike(db: Executor, postId: number, userId: number): Promise<boolean> {
  const result = await db
    .insertInto('post_likes')
    .values({ post_id: postId, user_id: userId, created: nowMicros() })
    .onConflict((oc) => oc.columns(['post_id', 'user_id']).doNothing())
    .executeTakeFirst();
  const added = Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  if (added) await adjustPostCounter(db, postId, 'likes_count', 1);
  return added;
}

/** Removes a like (no-op when absent) and keeps `likes_count` in step; true when removed. */
export async function removePostLike(db: Executor, postId: number, userId: number): Promise<boolean> {
  const result = await db
    .deleteFrom('post_likes')
    .where('post_id', '=', postId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const removed = Number(result.numDeletedRows) > 0;
  if (removed) await adjustPostCounter(db, postId, 'likes_count', -1);
  return removed;
}

/** Adds `delta` to a denormalised counter of a post. */
export async function adjustPostCounter(
  db: Executor,
  postId: number,
  counter: 'likes_count' | 'comments_count',
  delta: number,
): Promise<void> {
  await db
    .updateTable('posts')
    .set((eb) => ({ [counter]: eb(counter, '+', delta) }))
    .where('id', '=', postId)
    .execute();
}
