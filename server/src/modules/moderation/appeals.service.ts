/**
 * Appeals (API.md C6): the author of hidden content may appeal each hiding once; moderators see
 * the appeals in their queue and restore the item or uphold the hiding. Deciding is audited and
 * announced (`appeal.decided`, and `content.hidden` when restored) so the author hears of it.
 */
import type { AppealStatus } from '../../db/schema.ts';
import type { AuthUser } from '../../http/auth.ts';
import type { RequestActor } from '../../http/caller.ts';
import { BadRequestError, NotFoundError, PermissionDeniedError, ValidationError } from '../../http/errors.ts';
import type { PageWindow } from '../../http/pagination.ts';
import { parsePublicId } from '../../lib/ids.ts';
import {
  appealsPage,
  type CommunityContext,
  closeAppealIn,
  currentHiding,
  findCommentFor,
  findPostFor,
  type HidingRow,
  hidingById,
  openAppealIn,
  setCommentHiddenIn,
  setPostHiddenIn,
} from '../community/index.ts';
import { recordModeration } from './moderation.audit.ts';
import { assertStaff, type ReportTarget } from './moderation.service.ts';

/** Appeals the current hiding of the caller's own hidden post or comment; once per hiding. */
export async function fileAppeal(
  ctx: CommunityContext,
  viewer: AuthUser,
  target: ReportTarget,
  rawMessage: string,
): Promise<HidingRow> {
  const item =
    target.kind === 'post'
      ? { post: await findPostFor(ctx, viewer, target.postId), comment: null }
      : await findCommentFor(ctx, viewer, target.postId, target.commentId);
  const authorId = item.comment === null ? item.post.author_id : item.comment.author_id;
  if (authorId !== viewer.id) throw new PermissionDeniedError('Only the author can appeal.');
  const hidden = item.comment === null ? item.post.hidden : item.comment.hidden;
  if (!hidden) throw new BadRequestError(`This ${target.kind} is not hidden.`, 'not_hidden');
  const message = rawMessage.trim();
  if (message === '') throw ValidationError.field('message', 'This field may not be blank.');
  const db = ctx.database.db;
  const hiding = await currentHiding(db, item.post.id, item.comment?.id ?? null);
  const already = new BadRequestError('You have already appealed this decision.', 'already_appealed');
  if (hiding === undefined) {
    // Hidden before reasons were recorded (migration 0007): there is no decision on file to appeal.
    throw new BadRequestError(
      'This was hidden before appeals existed; please write to the moderators.',
      'no_hiding',
    );
  }
  const opened = await db.transaction().execute((trx) => openAppealIn(trx, hiding.id, message));
  if (!opened) throw already;
  return (await hidingById(db, hiding.public_id)) as HidingRow;
}

/** One page of appeals with a status (default open), or every appeal. */
export async function appealQueue(
  ctx: CommunityContext,
  viewer: AuthUser,
  status: AppealStatus | null,
  window: PageWindow,
): Promise<{ count: number; rows: HidingRow[] }> {
  assertStaff(viewer);
  return appealsPage(ctx.database.db, status, window);
}

/** Restores the item (`restore`) or keeps it hidden (`uphold`); an appeal is decided once. */
export async function decideAppeal(
  ctx: CommunityContext,
  actor: RequestActor,
  rawId: string,
  decision: 'restore' | 'uphold',
): Promise<HidingRow> {
  assertStaff(actor.user);
  const publicId = parsePublicId(rawId);
  const hiding = publicId === null ? undefined : await hidingById(ctx.database.db, publicId);
  if (hiding === undefined || hiding.appeal_status === null) throw new NotFoundError();
  const closed = new BadRequestError('This appeal is already decided.', 'appeal_closed');
  if (hiding.appeal_status !== 'open') throw closed;
  const status = decision === 'restore' ? 'restored' : 'upheld';
  const changed = await ctx.database.db.transaction().execute(async (trx) => {
    if (!(await closeAppealIn(trx, hiding.id, status, actor.user.id))) throw closed;
    let changed = false;
    if (decision === 'restore') {
      changed =
        hiding.comment_id === null
          ? await setPostHiddenIn(trx, hiding.post_id, false)
          : await setCommentHiddenIn(trx, hiding.comment_id, hiding.post_id, false);
    }
    await recordModeration(
      trx,
      actor,
      decision === 'restore' ? 'moderation.appeal_restore' : 'moderation.appeal_uphold',
      {
        appeal_id: hiding.public_id,
        target_type: hiding.target_type,
        target_id: hiding.comment_public_id ?? hiding.post_public_id,
        changed,
      },
    );
    return changed;
  });
  const targetId = hiding.comment_public_id ?? hiding.post_public_id;
  await ctx.events.publish('appeal.decided', {
    kind: hiding.target_type,
    publicId: targetId,
    status,
  });
  if (changed)
    await ctx.events.publish('content.hidden', {
      kind: hiding.target_type,
      publicId: targetId,
      hidden: false,
    });
  return (await hidingById(ctx.database.db, hiding.public_id)) as HidingRow;
}
