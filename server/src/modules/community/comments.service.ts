/**
 * Rules for comments: they live under the post in the URL (which must exist and be visible, else
 * 404), a body `post` must match it, only the author edits, the comment author, the post author
 * and staff delete. On an anonymous post the post author's own comments show the anonymous
 * sentinel to everyone but the author and staff.
 */
import type { AuthUser } from '../../http/auth.ts';
import type { RequestActor } from '../../http/caller.ts';
import { NotFoundError, PermissionDeniedError, ValidationError } from '../../http/errors.ts';
import { parsePublicId } from '../../lib/ids.ts';
import { isStaff } from '../users/index.ts';
import { isAnonymousComment } from './anonymity.ts';
import type { CommentView } from './comments.presenter.ts';
import {
  addCommentLike,
  type CommentRow,
  countComments,
  deleteComment as deleteCommentRow,
  findVisibleComment,
  insertComment,
  listCommentsKeyset,
  listCommentsPage,
  removeCommentLike,
  updateCommentBody,
} from './comments.repository.ts';
import { keysetPage, type Paged, type PageRequest } from './feed-paging.ts';
import { noticesForComments } from './hidings.service.ts';
import { checkNewAccountLimit } from './posting-limits.service.ts';
import { adjustPostCounter, type PostRow } from './posts.repository.ts';
import {
  type CommunityContext,
  type Created,
  careFor,
  checkAuthorField,
  eventActor,
  filteredWords,
  findPostFor,
  knowsAuthor,
  type ReaderScope,
  readerOf,
  resolveAuthors,
  withoutHidden,
} from './posts.service.ts';
import { NO_RELATIONS, type ViewerRelations } from './viewer-relations.ts';

/** The body of POST and PUT: `post` and `author` as the reference sends them, both optional. */
export interface CommentInput {
  body: string;
  post?: string | null;
  author?: string | null;
}

/** True when the viewer must see the anonymous sentinel as this comment's author. */
export function masksCommentAuthor(viewer: AuthUser | null, post: PostRow, comment: CommentRow): boolean {
  return isAnonymousComment(post, comment.author_id) && !knowsAuthor(viewer, post.author_id);
}

/** Presents comments of one post: one query loads every author shown (and one the viewer's filter words, unless given). */
export async function toCommentViews(
  ctx: CommunityContext,
  viewer: AuthUser | null,
  post: PostRow,
  comments: CommentRow[],
  known?: ViewerRelations,
): Promise<CommentView[]> {
  const relations = known ?? (await readerOf(ctx, viewer)).relations;
  const authors = await resolveAuthors(
    ctx.database,
    comments.map((c) => ({ authorId: c.author_id, masked: masksCommentAuthor(viewer, post, c) })),
  );
  const notices = await noticesForComments(ctx.database.db, viewer, comments);
  return comments.map((comment, i) => ({
    comment,
    postPublicId: post.public_id,
    author: authors[i] ?? 'deleted',
    filtered: filteredWords(relations, [comment.body]),
    moderation: notices.get(comment.id),
  }));
}

/** A comment of the URL's post that the viewer may see; 404 otherwise. */
export async function findCommentFor(
  ctx: CommunityContext,
  viewer: AuthUser | null,
  rawPostId: string,
  rawId: string,
  scope?: ReaderScope,
): Promise<{ post: PostRow; comment: CommentRow }> {
  const { reader } = scope ?? (await readerOf(ctx, viewer));
  const post = await findPostFor(ctx, viewer, rawPostId, scope ?? { reader, relations: NO_RELATIONS });
  const publicId = parsePublicId(rawId);
  const comment =
    publicId === null ? undefined : await findVisibleComment(ctx.database.db, reader, post.id, publicId);
  if (comment === undefined) throw new NotFoundError();
  return { post, comment };
}

async function present(
  ctx: CommunityContext,
  viewer: AuthUser | null,
  rawPostId: string,
  rawId: string,
): Promise<CommentView> {
  const scope = await readerOf(ctx, viewer);
  const { post, comment } = await findCommentFor(ctx, viewer, rawPostId, rawId, scope);
  const [view] = await toCommentViews(ctx, viewer, post, [comment], scope.relations);
  return view as CommentView;
}

/** A post's comments, newest first, as limit/offset or cursor pages (blocked, muted and `hide`-filtered ones left out). */
export async function listComments(
  ctx: CommunityContext,
  viewer: AuthUser | null,
  rawPostId: string,
  page: PageRequest,
): Promise<Paged<CommentView>> {
  const scope = await readerOf(ctx, viewer);
  const { reader, relations } = scope;
  const post = await findPostFor(ctx, viewer, rawPostId, scope);
  const db = ctx.database.db;
  const present = async (rows: CommentRow[]) =>
    withoutHidden(relations, await toCommentViews(ctx, viewer, post, rows, relations));
  if (page.kind === 'offset') {
    const [count, rows] = await Promise.all([
      countComments(db, reader, post.id),
      listCommentsPage(db, reader, post.id, page.window),
    ]);
    return {
      kind: 'offset',
      window: page.window,
      count,
      items: await present(rows),
    };
  }
  const { items, next, previous } = await keysetPage(
    page.limit,
    page.cursor,
    (limit, after, reverse) =>
      listCommentsKeyset(
        db,
        reader,
        post.id,
        after === undefined ? { limit, reverse } : { limit, after, reverse },
      ),
    (row) => ({ created: row.created, id: row.public_id }),
  );
  return { kind: 'cursor', items: await present(items), next, previous };
}

/** One comment of the URL's post. */
export async function getComment(
  ctx: CommunityContext,
  viewer: AuthUser | null,
  rawPostId: string,
  rawId: string,
): Promise<CommentView> {
  return present(ctx, viewer, rawPostId, rawId);
}

/** Comments by the caller on the URL's post; a body `post` must be that post (hex or dashed). */
export async function createComment(
  ctx: CommunityContext,
  viewer: AuthUser,
  rawPostId: string,
  input: CommentInput,
): Promise<Created<CommentView>> {
  const post = await findPostFor(ctx, viewer, rawPostId);
  if (input.post !== undefined && input.post !== null && input.post !== '') {
    const bodyPost = parsePublicId(input.post);
    if (bodyPost === null) throw ValidationError.field('post', 'Must be a valid UUID.');
    if (bodyPost !== post.public_id) {
      throw ValidationError.field('post', 'The post must be the post in the URL.');
    }
  }
  checkAuthorField(viewer, input.author, 'comment');
  await checkNewAccountLimit(ctx.database.db, ctx.newAccounts, viewer, 'comment', input.body);
  const publicId = await ctx.database.db.transaction().execute(async (trx) => {
    const id = await insertComment(trx, { postId: post.id, authorId: viewer.id, body: input.body });
    await adjustPostCounter(trx, post.id, 'comments_count', 1);
    return id;
  });
  const view = await present(ctx, viewer, post.public_id, publicId);
  await ctx.events.publish('comment.created', {
    commentId: view.comment.id,
    publicId,
    postId: post.id,
    postPublicId: post.public_id,
    postAuthorId: post.author_id,
    authorId: viewer.id,
    anonymous: isAnonymousComment(post, viewer.id),
  });
  const support = await careFor(ctx, [input.body], {
    kind: 'comment',
    publicId,
    postId: post.id,
    commentId: view.comment.id,
  });
  return { view, support };
}

/** PUT: the comment's author only (403 for anyone else); marks it edited. */
export async function updateComment(
  ctx: CommunityContext,
  viewer: AuthUser,
  rawPostId: string,
  rawId: string,
  input: CommentInput,
): Promise<CommentView> {
  const { post, comment } = await findCommentFor(ctx, viewer, rawPostId, rawId);
  if (comment.author_id !== viewer.id) throw new PermissionDeniedError();
  if (input.post !== undefined && input.post !== null && input.post !== '') {
    if (parsePublicId(input.post) !== post.public_id) {
      throw ValidationError.field('post', 'The post must be the post in the URL.');
    }
  }
  checkAuthorField(viewer, input.author, 'comment');
  await updateCommentBody(ctx.database.db, comment.id, input.body);
  return present(ctx, viewer, post.public_id, comment.public_id);
}

/** DELETE: the comment's author, the post's author, moderators and admins; staff deletions are audited. */
export async function deleteComment(
  ctx: CommunityContext,
  actor: RequestActor,
  rawPostId: string,
  rawId: string,
): Promise<void> {
  const viewer = actor.user;
  const { post, comment } = await findCommentFor(ctx, viewer, rawPostId, rawId);
  const owner = comment.author_id === viewer.id || post.author_id === viewer.id;
  if (!owner && !isStaff(viewer.role)) throw new PermissionDeniedError();
  await ctx.database.db.transaction().execute(async (trx) => {
    await ctx.events.publishIn(trx, 'content.deleting', {
      postIds: [],
      commentIds: [comment.id],
      moderation: owner
        ? null
        : {
            actor,
            kind: 'comment',
            details: { target_type: 'comment', target_id: comment.public_id, post_id: post.public_id },
          },
    });
    await deleteCommentRow(trx, comment.id);
    if (!comment.hidden) await adjustPostCounter(trx, post.id, 'comments_count', -1);
  });
}

/** Likes a comment (idempotent) and returns it. */
export async function likeComment(
  ctx: CommunityContext,
  viewer: AuthUser,
  rawPostId: string,
  rawId: string,
): Promise<CommentView> {
  const { post, comment } = await findCommentFor(ctx, viewer, rawPostId, rawId);
  const added = await ctx.database.db
    .transaction()
    .execute((trx) => addCommentLike(trx, comment.id, viewer.id));
  if (added) {
    await ctx.events.publish('comment.liked', {
      commentId: comment.id,
      commentPublicId: comment.public_id,
      postPublicId: post.public_id,
      authorId: comment.author_id,
      actor: eventActor(viewer),
    });
  }
  return present(ctx, viewer, post.public_id, comment.public_id);
}

/** Removes the caller's like on a comment (idempotent) and returns it. */
export async function unlikeComment(
  ctx: CommunityContext,
  viewer: AuthUser,
  rawPostId: string,
  rawId: string,
): Promise<CommentView> {
  const { post, comment } = await findCommentFor(ctx, viewer, rawPostId, rawId);
  await ctx.database.db.transaction().execute((trx) => removeCommentLike(trx, comment.id, viewer.id));
  return present(ctx, viewer, post.public_id, comment.public_id);
}
