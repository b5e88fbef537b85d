/**
 * Rules for posts: who may read (COMMUNITY_READ), whose author is shown (anonymous posts), who
 * sees hidden posts, who may edit (the author) or delete (the author and staff), and likes.
 * A page costs a constant number of queries: the posts (with `liked`), their authors (with
 * `posts_count`) and, for limit/offset, the total.
 */
import type { CommunityRead, Config } from '../../config.ts';
import type { Database, Executor } from '../../db/database.ts';
import type { EventBus } from '../../events/bus.ts';
import type { DomainEvents, EventActor } from '../../events/domain-events.ts';
import type { AuthUser } from '../../http/auth.ts';
import type { RequestActor } from '../../http/caller.ts';
import {
  NotAuthenticatedError,
  NotFoundError,
  PermissionDeniedError,
  ValidationError,
} from '../../http/errors.ts';
import type { CrisisLexicon } from '../../lib/crisis-lexicon.ts';
import type { SupportBlock } from '../../lib/crisis-resources.ts';
import { parsePublicId } from '../../lib/ids.ts';
import { isStaff, type PostsCounts } from '../users/index.ts';
import { countPostsByAuthors, findAuthors } from './authors.repository.ts';
import { matchFilterWords } from './content-filter.ts';
import { keysetPage, type Paged, type PageRequest } from './feed-paging.ts';
import { noticesForPosts } from './hidings.service.ts';
import { checkNewAccountLimit } from './posting-limits.service.ts';
import type { Author, PostView } from './posts.presenter.ts';
import {
  addPostLike,
  countPosts,
  deletePost as deletePostRow,
  findVisiblePost,
  insertPost,
  listPostsKeyset,
  listPostsPage,
  type PostFilter,
  type PostRow,
  type PostSearch,
  type Reader,
  removePostLike,
  updatePost as updatePostRow,
} from './posts.repository.ts';
import { parseSearch, SEARCH_MAX_LENGTH, toFts5, toTsquery } from './search-query.ts';
import { NO_RELATIONS, type ViewerRelations, type ViewerRelationsSource } from './viewer-relations.ts';

/** What the community services need. */
export interface CommunityContext {
  database: Database;
  /** `COMMUNITY_READ`: `members` requires login to read. */
  communityRead: CommunityRead;
  /** Where community changes are announced. */
  events: EventBus;
  /** Blocks, mutes and filter words of a viewer (the safety module, through the wiring); absent means none. */
  relations?: ViewerRelationsSource;
  /** The crisis lexicon and support block for new posts and comments; absent means no care check. */
  care?: CommunityCare;
  /** Posting limits for new accounts; absent means none. */
  newAccounts?: Config['newAccounts'];
}

/** What new posts and comments are checked against (API.md C2 "Care"). */
export interface CommunityCare {
  /** The crisis lexicon. */
  lexicon: CrisisLexicon;
  /** The support block a matching create response carries. */
  support: SupportBlock;
}

/** A created post or comment and the support block its author is shown, when its text matched. */
export interface Created<V> {
  /** The created item. */
  view: V;
  /** Crisis resources for the author, or null. */
  support: SupportBlock | null;
}

/**
 * When the text matches the crisis lexicon: tells moderation (a system `crisis` report) and
 * returns the support block for the author. Never blocks or delays the content.
 */
export async function careFor(
  ctx: CommunityContext,
  texts: readonly (string | null | undefined)[],
  target: DomainEvents['content.crisis'],
): Promise<SupportBlock | null> {
  if (ctx.care === undefined || !ctx.care.lexicon.matches(...texts)) return null;
  await ctx.events.publish('content.crisis', target);
  return ctx.care.support;
}

/** A viewer as reads apply them: the repository's reader and the viewer's relations. */
export interface ReaderScope {
  reader: Reader;
  relations: ViewerRelations;
}

/** The body of POST and PUT (read-only and unknown fields were stripped by the schema). */
export interface PostInput {
  author?: string | null;
  body: string;
  mood?: number | null;
  content_warning?: string | null;
  anonymous?: boolean;
}

/**
 * The reader a viewer is, for repository reads: the one place blocks and mutes enter every read
 * (one query for a signed-in viewer, none for anonymous readers).
 */
export async function readerOf(ctx: CommunityContext, viewer: AuthUser | null): Promise<ReaderScope> {
  const staff = viewer !== null && isStaff(viewer.role);
  const relations =
    viewer === null || ctx.relations === undefined
      ? NO_RELATIONS
      : await ctx.relations(ctx.database.db, { id: viewer.id, staff });
  return {
    reader: { userId: viewer?.id ?? null, staff, hiddenAuthors: relations.hiddenAuthors },
    relations,
  };
}

/** The viewer's filter words found in a body and content warning. */
export function filteredWords(relations: ViewerRelations, texts: readonly (string | null)[]): string[] {
  return matchFilterWords(texts, relations.filterWords);
}

/** Drops the items a `hide` filter leaves out of the viewer's lists. */
export function withoutHidden<T extends { filtered: string[] }>(relations: ViewerRelations, items: T[]): T[] {
  return relations.filterAction === 'hide' ? items.filter((item) => item.filtered.length === 0) : items;
}

/** 401 for anonymous readers when the community is members-only. */
export function assertCanRead(ctx: CommunityContext, viewer: AuthUser | null): void {
  if (viewer === null && ctx.communityRead === 'members') throw new NotAuthenticatedError();
}

/** True when the viewer may see who wrote an item of this author: the author themself or staff. */
export function knowsAuthor(viewer: AuthUser | null, authorId: number | null): boolean {
  return viewer !== null && (viewer.id === authorId || isStaff(viewer.role));
}

/** The acting user as domain events record it. */
export function eventActor(viewer: AuthUser): EventActor {
  return { id: viewer.id, publicId: viewer.publicId, staff: isStaff(viewer.role) };
}

/** Validates an `author` body field: absent, or the caller's own id (hex or dashed). */
export function checkAuthorField(viewer: AuthUser, author: string | null | undefined, noun: string): void {
  if (author === undefined || author === null || author === '') return;
  const publicId = parsePublicId(author);
  if (publicId === null) throw ValidationError.field('author', 'Must be a valid UUID.');
  if (publicId !== viewer.publicId) {
    throw ValidationError.field('author', `You can't create a ${noun} for another user.`);
  }
}

/**
 * The authors to show beside items, in order: one query for every unmasked author. An entry is
 * `masked` when the viewer must see the anonymous sentinel instead.
 */
export async function resolveAuthors(
  database: Database,
  entries: readonly { authorId: number | null; masked: boolean }[],
): Promise<Author[]> {
  const wanted = new Set<number>();
  for (const e of entries) if (!e.masked && e.authorId !== null) wanted.add(e.authorId);
  const rows = await findAuthors(database.db, [...wanted]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return entries.map((e): Author => {
    if (e.masked) return 'anonymous';
    const row = e.authorId === null ? undefined : byId.get(e.authorId);
    if (row === undefined) return 'deleted';
    return { user: row, counts: { all: Number(row.posts_all), public: Number(row.posts_public) } };
  });
}

async function toViews(
  database: Database,
  viewer: AuthUser | null,
  relations: ViewerRelations,
  posts: PostRow[],
): Promise<PostView[]> {
  const authors = await resolveAuthors(
    database,
    posts.map((p) => ({
      authorId: p.author_id,
      masked: p.anonymous && !knowsAuthor(viewer, p.author_id),
    })),
  );
  const notices = await noticesForPosts(database.db, viewer, posts);
  return posts.map((post, i) => ({
    post,
    author: authors[i] as Author,
    filtered: filteredWords(relations, [post.body, post.content_warning]),
    moderation: notices.get(post.id),
  }));
}

/** `?search=`: at most 200 characters (400 otherwise); no words at all means no search. */
function searchFilter(ctx: CommunityContext, raw: string | undefined): PostSearch | undefined {
  if (raw === undefined) return undefined;
  if (raw.length > SEARCH_MAX_LENGTH) {
    throw ValidationError.field(
      'search',
      `Ensure this field has no more than ${SEARCH_MAX_LENGTH} characters.`,
    );
  }
  const terms = parseSearch(raw);
  if (terms.length === 0) return undefined;
  const dialect = ctx.database.dialect;
  return { dialect, query: dialect === 'sqlite' ? toFts5(terms) : toTsquery(terms) };
}

function authorFilter(viewer: AuthUser | null, raw: string | undefined): PostFilter {
  if (raw === undefined) return {};
  const publicId = parsePublicId(raw);
  if (publicId === null) throw ValidationError.field('author__public_id', 'Enter a valid UUID.');
  // Anonymous posts never match the filter for others, so it cannot link them to their author.
  const own = viewer !== null && viewer.publicId === publicId;
  return { authorPublicId: publicId, includeAnonymous: own || (viewer !== null && isStaff(viewer.role)) };
}

/** What narrows the feed: one author's posts, a full-text search. */
export interface PostListOptions {
  /** `?author__public_id=`. */
  authorPublicId?: string | undefined;
  /** `?search=`. */
  search?: string | undefined;
}

/**
 * The feed (optionally one author's posts, or a search), as limit/offset or cursor pages: newest
 * first, except that limit/offset pages of a search put the best match first. Blocked and muted
 * authors are left out in the query; a `hide` filter leaves matching posts out of the page (so a
 * page may hold fewer than `limit` posts, and `count` counts them).
 */
export async function listPosts(
  ctx: CommunityContext,
  viewer: AuthUser | null,
  options: PostListOptions,
  page: PageRequest,
): Promise<Paged<PostView>> {
  assertCanRead(ctx, viewer);
  const search = searchFilter(ctx, options.search);
  const filter = {
    ...authorFilter(viewer, options.authorPublicId),
    ...(search === undefined ? {} : { search }),
  };
  const { reader, relations } = await readerOf(ctx, viewer);
  const db = ctx.database.db;
  const present = async (rows: PostRow[]) =>
    withoutHidden(relations, await toViews(ctx.database, viewer, relations, rows));
  if (page.kind === 'offset') {
    const [count, rows] = await Promise.all([
      countPosts(db, reader, filter),
      listPostsPage(db, reader, filter, page.window),
    ]);
    return { kind: 'offset', window: page.window, count, items: await present(rows) };
  }
  const { items, next, previous } = await keysetPage(
    page.limit,
    page.cursor,
    (limit, after, reverse) =>
      listPostsKeyset(
        db,
        reader,
        filter,
        after === undefined ? { limit, reverse } : { limit, after, reverse },
      ),
    (row) => ({ created: row.created, id: row.public_id }),
  );
  return { kind: 'cursor', items: await present(items), next, previous };
}

/**
 * A post the viewer may see (hex or dashed id); 404 when unknown, malformed, hidden from them or
 * by an author they blocked, who blocked them or whom they muted. `scope` saves loading the
 * viewer's relations again when the caller already has them.
 */
export async function findPostFor(
  ctx: CommunityContext,
  viewer: AuthUser | null,
  rawId: string,
  scope?: ReaderScope,
): Promise<PostRow> {
  assertCanRead(ctx, viewer);
  const publicId = parsePublicId(rawId);
  const reader = (scope ?? (await readerOf(ctx, viewer))).reader;
  const post = publicId === null ? undefined : await findVisiblePost(ctx.database.db, reader, publicId);
  if (post === undefined) throw new NotFoundError();
  return post;
}

/** Presents one post row (a second query loads its author; a third the viewer's filter words, unless given). */
export async function viewPost(
  ctx: CommunityContext,
  viewer: AuthUser | null,
  post: PostRow,
  known?: ViewerRelations,
): Promise<PostView> {
  const relations = known ?? (await readerOf(ctx, viewer)).relations;
  const [view] = await toViews(ctx.database, viewer, relations, [post]);
  return view as PostView;
}

async function reload(ctx: CommunityContext, viewer: AuthUser | null, publicId: string): Promise<PostView> {
  const scope = await readerOf(ctx, viewer);
  return viewPost(ctx, viewer, await findPostFor(ctx, viewer, publicId, scope), scope.relations);
}

/** One post. */
export async function getPost(
  ctx: CommunityContext,
  viewer: AuthUser | null,
  rawId: string,
): Promise<PostView> {
  return reload(ctx, viewer, rawId);
}

/** Creates a post by the caller (`author`, when sent, must be the caller); see {@link careFor}. */
export async function createPost(
  ctx: CommunityContext,
  viewer: AuthUser,
  input: PostInput,
): Promise<Created<PostView>> {
  checkAuthorField(viewer, input.author, 'post');
  await checkNewAccountLimit(
    ctx.database.db,
    ctx.newAccounts,
    viewer,
    'post',
    `${input.body} ${input.content_warning ?? ''}`,
  );
  const publicId = await insertPost(ctx.database.db, {
    authorId: viewer.id,
    body: input.body,
    mood: input.mood ?? null,
    contentWarning: input.content_warning || null,
    anonymous: input.anonymous ?? false,
  });
  const view = await reload(ctx, viewer, publicId);
  await ctx.events.publish('post.created', {
    postId: view.post.id,
    publicId: view.post.public_id,
    authorId: viewer.id,
    anonymous: view.post.anonymous,
    hidden: view.post.hidden,
  });
  const support = await careFor(ctx, [input.body, input.content_warning], {
    kind: 'post',
    publicId: view.post.public_id,
    postId: view.post.id,
    commentId: null,
  });
  return { view, support };
}

/** PUT: the author only (403 for anyone else); marks the post edited. */
export async function updatePost(
  ctx: CommunityContext,
  viewer: AuthUser,
  rawId: string,
  input: PostInput,
): Promise<PostView> {
  const post = await findPostFor(ctx, viewer, rawId);
  if (post.author_id !== viewer.id) throw new PermissionDeniedError();
  checkAuthorField(viewer, input.author, 'post');
  await updatePostRow(ctx.database.db, post.id, {
    body: input.body,
    ...(input.mood === undefined ? {} : { mood: input.mood }),
    ...(input.content_warning === undefined ? {} : { content_warning: input.content_warning || null }),
    ...(input.anonymous === undefined ? {} : { anonymous: input.anonymous }),
  });
  return reload(ctx, viewer, post.public_id);
}

/** DELETE: the author, moderators and admins; a moderator deleting another's post is audited. */
export async function deletePost(ctx: CommunityContext, actor: RequestActor, rawId: string): Promise<void> {
  const viewer = actor.user;
  const post = await findPostFor(ctx, viewer, rawId);
  const own = post.author_id === viewer.id;
  if (!own && !isStaff(viewer.role)) throw new PermissionDeniedError();
  await ctx.database.db.transaction().execute(async (trx) => {
    await ctx.events.publishIn(trx, 'content.deleting', {
      postIds: [post.id],
      commentIds: [],
      moderation: own
        ? null
        : { actor, kind: 'post', details: { target_type: 'post', target_id: post.public_id } },
    });
    await deletePostRow(trx, post.id);
  });
}

/** Likes a post (idempotent) and returns it. */
export async function likePost(ctx: CommunityContext, viewer: AuthUser, rawId: string): Promise<PostView> {
  const post = await findPostFor(ctx, viewer, rawId);
  const added = await ctx.database.db.transaction().execute((trx) => addPostLike(trx, post.id, viewer.id));
  if (added) {
    await ctx.events.publish('post.liked', {
      postId: post.id,
      postPublicId: post.public_id,
      authorId: post.author_id,
      actor: eventActor(viewer),
    });
  }
  return reload(ctx, viewer, post.public_id);
}

/** Removes the caller's like (idempotent) and returns the post. */
export async function unlikePost(ctx: CommunityContext, viewer: AuthUser, rawId: string): Promise<PostView> {
  const post = await findPostFor(ctx, viewer, rawId);
  await ctx.database.db.transaction().execute((trx) => removePostLike(trx, post.id, viewer.id));
  return reload(ctx, viewer, post.public_id);
}

/** `posts_count` figures for users being presented elsewhere (the users API): one query. */
export async function postsCountsFor(
  db: Executor,
  userIds: readonly number[],
): Promise<Map<number, PostsCounts>> {
  return countPostsByAuthors(db, userIds);
}
