/**
 * The content side of the admin console (moderators and admins): posts and comments across the
 * community with filters, and hide/restore/delete — one at a time or in bulk — through the
 * moderation and community services, so the rules, report closing and audit events are the same
 * as on the moderation routes.
 */

import type { Executor } from '../../db/database.ts';
import type { RequestActor } from '../../http/caller.ts';
import { NotFoundError } from '../../http/errors.ts';
import type { PageWindow } from '../../http/pagination.ts';
import { parsePublicId } from '../../lib/ids.ts';
import { deleteComment, deletePost, isAnonymousComment, postOfComment } from '../community/index.ts';
import { type HideInput, setCommentVisibility, setPostVisibility } from '../moderation/index.ts';
import { type AdminActor, type AdminContext, requireStaff } from './admin.context.ts';
import { parseDateParam, resolveUserParam } from './admin.params.ts';
import {
  type ContentFilter,
  countAdminContent,
  listAdminComments,
  listAdminPosts,
} from './admin-content.repository.ts';

/** A post or comment as the admin lists show it (comments have no `comments_count`). */
export type ContentRow = Omit<Awaited<ReturnType<typeof listAdminPosts>>[number], 'comments_count'> & {
  comments_count: number | null;
};

/** Posts or comments. */
export type ContentKind = 'post' | 'comment';
/** What can be done to an item. */
export type ContentAction = 'hide' | 'restore' | 'delete';

/** The content lists' query as the query string gives it. */
export interface ContentQuery {
  hidden?: boolean;
  reported?: boolean;
  /** Author: public id or username. */
  author?: string;
  since?: string;
  until?: string;
  search?: string;
}

/** One page of posts or comments matching the filters, newest first. Staff. */
export async function listContent(
  ctx: AdminContext,
  actor: AdminActor,
  kind: ContentKind,
  query: ContentQuery,
  window: PageWindow,
): Promise<{ count: number; rows: ContentRow[] }> {
  requireStaff(actor);
  const db = ctx.database.db;
  const filter: ContentFilter = {};
  if (query.hidden !== undefined) filter.hidden = query.hidden;
  if (query.reported !== undefined) filter.reported = query.reported;
  if (query.search !== undefined && query.search.trim() !== '') filter.search = query.search.trim();
  const since = parseDateParam('since', query.since);
  const until = parseDateParam('until', query.until);
  if (since !== undefined) filter.since = since;
  if (until !== undefined) filter.until = until;
  const authorId = await resolveUserParam(db, query.author);
  if (authorId !== undefined) filter.authorId = authorId;
  const [count, rows] = await Promise.all([
    countAdminContent(db, kind === 'post' ? 'posts' : 'comments', filter),
    kind === 'post' ? listAdminPosts(db, filter, window) : listComments(db, filter, window),
  ]);
  return { count, rows };
}

// Staff see who wrote every comment; the `anonymous` flag still says what everyone else sees.
async function listComments(db: Executor, filter: ContentFilter, window: PageWindow): Promise<ContentRow[]> {
  const rows = await listAdminComments(db, filter, window);
  return rows.map(({ post_anonymous, post_author_id, item_author_id, ...row }) => ({
    ...row,
    anonymous: isAnonymousComment({ anonymous: post_anonymous, author_id: post_author_id }, item_author_id),
    comments_count: null,
  }));
}

// Content actions run as the staff member over HTTP (the CLI has none).
function requestActor(actor: AdminActor): RequestActor {
  requireStaff(actor);
  if (actor.user === null) throw new NotFoundError();
  return { user: actor.user, ip: actor.ip, userAgent: actor.userAgent };
}

/**
 * Hides (with the reason and note its author sees), restores or deletes one post or comment (hex
 * or dashed id; 404 when unknown). Hiding
 * resolves the open reports on the item, deleting resolves them all; each action is audited by
 * the moderation services (`moderation.post_hide`, …).
 */
export async function actOnContent(
  ctx: AdminContext,
  actor: AdminActor,
  kind: ContentKind,
  rawId: string,
  action: ContentAction,
  why: HideInput = {},
): Promise<void> {
  const who = requestActor(actor);
  const community = ctx.community;
  if (kind === 'post') {
    if (action === 'delete') await deletePost(community, who, rawId);
    else await setPostVisibility(community, who, rawId, action === 'hide', why);
    return;
  }
  if (action !== 'delete') {
    await setCommentVisibility(community, who, rawId, action === 'hide', why);
    return;
  }
  const publicId = parsePublicId(rawId);
  const postId = publicId === null ? undefined : await postOfComment(ctx.database.db, publicId);
  if (postId === undefined || publicId === null) throw new NotFoundError();
  await deleteComment(community, who, postId, publicId);
}
