/**
 * The notifications module's front door (API.md C1): notifications created by subscribers to
 * the domain events (comments, likes folded per day, mentions, moderation notices, closed
 * reports, new sign-ins), stored per recipient, their routes (`/api/notifications/…`),
 * preferences, and pruning. Nothing imports it but the app and the wiring.
 */
export type { NotifySafety } from './can-notify.ts';
export { liveRoutes } from './live.routes.ts';
export { type LiveRelay, liveRelayFor } from './live-relay.ts';
export { type NotificationsContext, notificationsContext } from './notifications.context.ts';
export { notificationsSection } from './notifications.contributor.ts';
export { notificationsRoutes } from './notifications.routes.ts';
export { subscribeNotifications } from './notifications.subscribers.ts';
export { KEEP_DAYS, KEEP_PER_USER, pruneNotifications } from './pruning.service.ts';
