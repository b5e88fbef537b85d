/** Subscribes the notification rules to the domain events (called from `modules/wiring.ts`). */
import type { EventBus } from '../../events/bus.ts';
import { onNewLogin } from './new-login.service.ts';
import type { NotificationsContext } from './notifications.context.ts';
import {
  onCommentCreated,
  onCommentLiked,
  onContentHidden,
  onPostCreated,
  onPostLiked,
  onReportClosed,
} from './notify.service.ts';

/** Creates notifications from the events of the other modules. */
export function subscribeNotifications(events: EventBus, ctx: NotificationsContext): void {
  events.on('post.created', (event) => onPostCreated(ctx, event));
  events.on('comment.created', (event) => onCommentCreated(ctx, event));
  events.on('post.liked', (event) => onPostLiked(ctx, event));
  events.on('comment.liked', (event) => onCommentLiked(ctx, event));
  events.on('content.hidden', (event) => onContentHidden(ctx, event));
  events.on('report.closed', (event) => onReportClosed(ctx, event));
  events.on('security.new_login', (event) => onNewLogin(ctx, event));
  events.on('session.revoked', (event) => ctx.live.closeSession(event.sessionId));
}
