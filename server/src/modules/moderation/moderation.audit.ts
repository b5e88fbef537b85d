/** Every moderation action leaves an audit event in the security event log. */
import type { Executor } from '../../db/database.ts';
import type { RequestActor } from '../../http/caller.ts';
import { recordSecurityEvent } from '../audit/index.ts';

/** Stable names of moderation events. */
export type ModerationEvent =
  | 'moderation.post_hide'
  | 'moderation.post_restore'
  | 'moderation.post_delete'
  | 'moderation.comment_hide'
  | 'moderation.comment_restore'
  | 'moderation.comment_delete'
  | 'moderation.report_resolve'
  | 'moderation.report_dismiss'
  | 'moderation.appeal_restore'
  | 'moderation.appeal_uphold'
  | 'moderation.send_support';

/**
 * Records a moderation action against the acting moderator, with public ids only in the details
 * (the log may be shown to people; internal keys never leave the server).
 */
export async function recordModeration(
  db: Executor,
  actor: RequestActor,
  type: ModerationEvent,
  details: Record<string, unknown>,
): Promise<void> {
  await recordSecurityEvent(db, {
    userId: actor.user.id,
    actorId: actor.user.id,
    type,
    ip: actor.ip,
    userAgent: actor.userAgent,
    details: { actor_id: actor.user.publicId, actor_role: actor.user.role, ...details },
  });
}
