/**
 * Moderation takes part in every deletion of posts and comments, inside its transaction: the open
 * reports on them are closed (resolved by deletion), and a staff member's deletion of someone
 * else's content is audited as a moderation action.
 */
import type { EventBus } from '../../events/bus.ts';
import { recordModeration } from './moderation.audit.ts';
import { closeReportsForTargets } from './reports.repository.ts';

/** Subscribes moderation to `content.deleting`. */
export function takePartInContentDeletion(events: EventBus): void {
  events.participate('content.deleting', async (trx, deleting) => {
    const { moderation } = deleting;
    await closeReportsForTargets(
      trx,
      { postIds: deleting.postIds, commentIds: deleting.commentIds },
      moderation === null ? null : moderation.actor.user.id,
      'delete',
    );
    if (moderation !== null) {
      await recordModeration(
        trx,
        moderation.actor,
        `moderation.${moderation.kind}_delete`,
        moderation.details,
      );
    }
  });
}
