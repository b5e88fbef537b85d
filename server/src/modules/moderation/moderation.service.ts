/**
 * Moderation: filing reports (one open report per user per item), the queue, resolving and
 * dismissing reports, hiding and restoring posts and comments. Only moderators and admins act;
 * every action is an audit event written in the same transaction. The admin issue reuses these.
 */
import type { Executor } from '../../db/database.ts';
import { uniqueViolation } from '../../db/errors.ts';
import type { ReportAction, ReportReason, ReportStatus } from '../../db/schema.ts';
import type { AuthUser } from '../../http/auth.ts';
import type { RequestActor } from '../../http/caller.ts';
import { BadRequestError, NotFoundError, PermissionDeniedError, ValidationError } from '../../http/errors.ts';
import type { PageWindow } from '../../http/pagination.ts';
import { parsePublicId } from '../../lib/ids.ts';
import type { CommentView, PostView } from '../community/index.ts';
import {
  type CommunityContext,
  findCommentFor,
  findPostFor,
  postOfComment,
  recordHidingIn,
  removeCommentIn,
  removePostIn,
  setCommentHiddenIn,
  setPostHiddenIn,
  toCommentViews,
  viewPost,
} from '../community/index.ts';
import { isStaff } from '../users/index.ts';
import { recordModeration } from './moderation.audit.ts';
import {
  closeReport,
  closeReportsForTargets,
  closeReportsOnItem,
  countReports,
  findReport,
  hasOpenReport,
  insertReport,
  listReports,
  type ReportRow,
} from './reports.repository.ts';

/** What a reporter sends. */
export interface ReportInput {
  reason: ReportReason;
  text?: string | null;
}

/** Why a moderator hides an item (API.md C6); both optional, `reason` defaulting to `other`. */
export interface HideInput {
  reason?: ReportReason | undefined;
  note?: string | null | undefined;
}

/** The hide input of a request body (absent for older clients). */
export function hideInput(body: unknown): HideInput {
  if (body === null || typeof body !== 'object') return {};
  const { reason, note } = body as HideInput;
  return { reason, note: typeof note === 'string' ? note.trim() : note };
}

/** The item a report is about, as addressed in the URL. */
export type ReportTarget =
  | { kind: 'post'; postId: string }
  | { kind: 'comment'; postId: string; commentId: string };

/** 403 unless the viewer is a moderator or an admin. */
export function assertStaff(viewer: AuthUser): void {
  if (!isStaff(viewer.role)) throw new PermissionDeniedError();
}

/** Files a report on an item the reporter can see; a second open one is a 400. */
export async function fileReport(
  ctx: CommunityContext,
  viewer: AuthUser,
  target: ReportTarget,
  input: ReportInput,
): Promise<ReportRow> {
  const item =
    target.kind === 'post'
      ? { post: await findPostFor(ctx, viewer, target.postId), comment: null }
      : await findCommentFor(ctx, viewer, target.postId, target.commentId);
  const targetPublicId = item.comment?.public_id ?? item.post.public_id;
  const duplicate = ValidationError.field(
    'non_field_errors',
    `You have already reported this ${target.kind}.`,
  );
  if (await hasOpenReport(ctx.database.db, viewer.id, targetPublicId)) throw duplicate;
  let publicId: string;
  try {
    publicId = await insertReport(ctx.database.db, {
      reporterId: viewer.id,
      targetType: target.kind,
      targetPublicId,
      postId: item.post.id,
      commentId: item.comment?.id ?? null,
      reason: input.reason,
      text: input.text ?? '',
    });
  } catch (error) {
    // A concurrent duplicate loses on the partial unique index.
    if (uniqueViolation(error) !== null) throw duplicate;
    throw error;
  }
  return (await findReport(ctx.database.db, publicId)) as ReportRow;
}

/** One page of the queue: reports with a status (default open), or every report. */
export async function reportQueue(
  ctx: CommunityContext,
  viewer: AuthUser,
  status: ReportStatus | null,
  window: PageWindow,
): Promise<{ count: number; rows: ReportRow[] }> {
  assertStaff(viewer);
  const [count, rows] = await Promise.all([
    countReports(ctx.database.db, status),
    listReports(ctx.database.db, status, window),
  ]);
  return { count, rows };
}

async function openReport(ctx: CommunityContext, rawId: string): Promise<ReportRow> {
  const publicId = parsePublicId(rawId);
  const report = publicId === null ? undefined : await findReport(ctx.database.db, publicId);
  if (report === undefined) throw new NotFoundError();
  if (report.status !== 'open') throw new BadRequestError('This report is already closed.', 'report_closed');
  return report;
}

/** A report closed by a moderation action, as announced after commit. */
type ClosedReport = { public_id: string; reporter_id: number | null };

async function announceClosed(
  ctx: CommunityContext,
  reports: readonly ClosedReport[],
  status: 'resolved' | 'dismissed',
): Promise<void> {
  for (const r of reports) {
    await ctx.events.publish('report.closed', {
      reportPublicId: r.public_id,
      reporterId: r.reporter_id,
      status,
    });
  }
}

async function announceHidden(
  ctx: CommunityContext,
  kind: 'post' | 'comment',
  publicId: string,
  hidden: boolean,
): Promise<void> {
  await ctx.events.publish('content.hidden', { kind, publicId, hidden });
}

/**
 * Resolves a report with an action: `none` (nothing to change), `hide` (hides the item) or
 * `delete` (deletes it). Hiding or deleting also resolves the other open reports on the item.
 */
export async function resolveReport(
  ctx: CommunityContext,
  actor: RequestActor,
  rawId: string,
  action: ReportAction,
): Promise<ReportRow> {
  assertStaff(actor.user);
  const report = await openReport(ctx, rawId);
  const moderatorId = actor.user.id;
  const closedWith = await ctx.database.db.transaction().execute(async (trx) => {
    if (!(await closeReport(trx, report.id, 'resolved', action, moderatorId))) {
      throw new BadRequestError('This report is already closed.', 'report_closed');
    }
    const isPost = report.target_type === 'post';
    const closed: ClosedReport[] = [];
    if (action === 'hide') {
      let changed = false;
      if (isPost && report.post_id !== null) {
        changed = await setPostHiddenIn(trx, report.post_id, true);
      } else if (report.comment_id !== null) {
        changed = await setCommentHiddenIn(trx, report.comment_id, report.post_id, true);
      }
      if (changed && report.post_id !== null) {
        await recordHidingIn(trx, {
          targetType: report.target_type,
          postId: report.post_id,
          commentId: isPost ? null : report.comment_id,
          reason: report.reason,
          note: '',
          moderatorId,
        });
      }
      closed.push(...(await closeReportsOnItem(trx, report.target_public_id, moderatorId, 'hide')));
    } else if (action === 'delete') {
      if (isPost && report.post_id !== null) {
        await closeReportsForTargets(trx, { postIds: [report.post_id] }, moderatorId, 'delete');
        await removePostIn(trx, report.post_id);
      } else if (report.comment_id !== null) {
        await closeReportsForTargets(trx, { commentIds: [report.comment_id] }, moderatorId, 'delete');
        await removeCommentIn(trx, report.comment_id, report.post_id, report.target_hidden === true);
      }
    }
    await recordModeration(trx, actor, 'moderation.report_resolve', {
      report_id: report.public_id,
      action,
      target_type: report.target_type,
      target_id: report.target_public_id,
    });
    return closed;
  });
  await announceClosed(ctx, [{ public_id: report.public_id, reporter_id: report.reporter_id }], 'resolved');
  await announceClosed(ctx, closedWith, 'resolved');
  if (action === 'hide') await announceHidden(ctx, report.target_type, report.target_public_id, true);
  return (await findReport(ctx.database.db, report.public_id)) as ReportRow;
}

/** Dismisses a report (nothing wrong with the item). */
export async function dismissReport(
  ctx: CommunityContext,
  actor: RequestActor,
  rawId: string,
): Promise<ReportRow> {
  assertStaff(actor.user);
  const report = await openReport(ctx, rawId);
  await ctx.database.db.transaction().execute(async (trx) => {
    if (!(await closeReport(trx, report.id, 'dismissed', null, actor.user.id))) {
      throw new BadRequestError('This report is already closed.', 'report_closed');
    }
    await recordModeration(trx, actor, 'moderation.report_dismiss', {
      report_id: report.public_id,
      target_type: report.target_type,
      target_id: report.target_public_id,
    });
  });
  await announceClosed(ctx, [{ public_id: report.public_id, reporter_id: report.reporter_id }], 'dismissed');
  return (await findReport(ctx.database.db, report.public_id)) as ReportRow;
}

/**
 * Hides (`hidden` true, with a reason the author will see) or restores a post; idempotent,
 * audited every time.
 */
export async function setPostVisibility(
  ctx: CommunityContext,
  actor: RequestActor,
  rawId: string,
  hidden: boolean,
  why: HideInput = {},
): Promise<PostView> {
  assertStaff(actor.user);
  const post = await findPostFor(ctx, actor.user, rawId);
  const { changed, closed } = await ctx.database.db.transaction().execute(async (trx) => {
    const changed = await setPostHiddenIn(trx, post.id, hidden);
    const reason = why.reason ?? 'other';
    if (changed && hidden) {
      await recordHidingIn(trx, {
        targetType: 'post',
        postId: post.id,
        commentId: null,
        reason,
        note: why.note ?? '',
        moderatorId: actor.user.id,
      });
    }
    const closed = hidden ? await closeReportsOnItem(trx, post.public_id, actor.user.id, 'hide') : [];
    await recordModeration(trx, actor, hidden ? 'moderation.post_hide' : 'moderation.post_restore', {
      target_type: 'post',
      target_id: post.public_id,
      changed,
      ...(hidden ? { reason } : {}),
    });
    return { changed, closed };
  });
  await announceClosed(ctx, closed, 'resolved');
  if (changed) await announceHidden(ctx, 'post', post.public_id, hidden);
  return viewPost(ctx, actor.user, await findPostFor(ctx, actor.user, post.public_id));
}

/**
 * Hides (with a reason the author will see) or restores a comment, keeping its post's
 * `comments_count` in step; audited.
 */
export async function setCommentVisibility(
  ctx: CommunityContext,
  actor: RequestActor,
  rawId: string,
  hidden: boolean,
  why: HideInput = {},
): Promise<CommentView> {
  assertStaff(actor.user);
  const publicId = parsePublicId(rawId);
  const postId = publicId === null ? undefined : await postOfComment(ctx.database.db, publicId);
  if (postId === undefined || publicId === null) throw new NotFoundError();
  const { post, comment } = await findCommentFor(ctx, actor.user, postId, publicId);
  const { changed, closed } = await ctx.database.db.transaction().execute(async (trx) => {
    const changed = await setCommentHiddenIn(trx, comment.id, post.id, hidden);
    const reason = why.reason ?? 'other';
    if (changed && hidden) {
      await recordHidingIn(trx, {
        targetType: 'comment',
        postId: post.id,
        commentId: comment.id,
        reason,
        note: why.note ?? '',
        moderatorId: actor.user.id,
      });
    }
    const closed = hidden ? await closeReportsOnItem(trx, comment.public_id, actor.user.id, 'hide') : [];
    await recordModeration(trx, actor, hidden ? 'moderation.comment_hide' : 'moderation.comment_restore', {
      target_type: 'comment',
      target_id: comment.public_id,
      post_id: post.public_id,
      changed,
      ...(hidden ? { reason } : {}),
    });
    return { changed, closed };
  });
  await announceClosed(ctx, closed, 'resolved');
  if (changed) await announceHidden(ctx, 'comment', comment.public_id, hidden);
  const fresh = await findCommentFor(ctx, actor.user, postId, publicId);
  const [view] = await toCommentViews(ctx, actor.user, fresh.post, [fresh.comment]);
  return view as CommentView;
}

/** How many reports there are, of one status or of all (the admin dashboard). */
export function reportsCount(db: Executor, status: ReportStatus | null): Promise<number> {
  return countReports(db, status);
}
