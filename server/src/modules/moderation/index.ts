/**
 * The moderation module's front door: reports and the moderation queue (`/api/moderation/`,
 * `/api/post/…/report/`), hiding and restoring content, and the audit of every moderation action.
 * Hiding carries a reason the author sees and may appeal once (`care.routes.ts`).
 * It acts on community content only through the community module's services, and takes part in
 * every content deletion through the `content.deleting` transactional event.
 */

export { HideBody } from './care.schemas.ts';
export { CRISIS_REPORT_TEXT, fileCrisisReports } from './crisis-reports.subscriber.ts';
export { moderationSection } from './moderation.contributor.ts';
export { takePartInContentDeletion } from './moderation.participant.ts';
export { moderationRoutes } from './moderation.routes.ts';
export {
  type HideInput,
  hideInput,
  reportsCount,
  setCommentVisibility,
  setPostVisibility,
} from './moderation.service.ts';
