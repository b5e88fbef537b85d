/**
 * Care in the moderation queue (API.md C2): a new post or comment matching the crisis lexicon gets
 * a `crisis` report filed by the system (no reporter), which the queue lists first while open.
 * The content itself is published as usual; this only asks a moderator to look, and perhaps to
 * send the author support resources.
 */
import type { Database } from '../../db/database.ts';
import type { EventBus } from '../../events/bus.ts';
import { insertReport } from './reports.repository.ts';

/** The note moderators read on a system crisis report. */
export const CRISIS_REPORT_TEXT =
  'Filed automatically: this text matches the crisis lexicon. The author may be struggling — ' +
  'consider sending them support resources.';

/** Subscribes moderation to `content.crisis` (called from `modules/wiring.ts`). */
export function fileCrisisReports(events: EventBus, database: Database): void {
  events.on('content.crisis', async (crisis) => {
    await insertReport(database.db, {
      reporterId: null,
      targetType: crisis.kind,
      targetPublicId: crisis.publicId,
      postId: crisis.postId,
      commentId: crisis.commentId,
      reason: 'self_harm',
      origin: 'crisis',
      text: CRISIS_REPORT_TEXT,
    });
  });
}
