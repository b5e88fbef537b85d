/**
 * Subscribes the notification rules to the domain events (called from `modules/wiring.ts`) and
 * presents what other server processes relay.
 */
import type { EventBus } from '../../events/bus.ts';
import type { LiveMessage } from './live-relay.ts';
import { onNewLogin } from './new-login.service.ts';
import type { NotificationsContext } from './notifications.context.ts';
import {
  announceComment,
  announcePost,
  onCommentCreated,
  onCommentLiked,
  onContentHidden,
  onPostCreated,
  onPostLiked,
  onReportClosed,
  pushLive,
  pushUnread,
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
  events.on('session.revoked', (event) => {
    ctx.live.closeSession(event.sessionId);
    ctx.relay.publish({ k: 'revoked', sid: event.sessionId });
  });
  ctx.relay.receive((message) => void fromPeer(ctx, message));
}

/** What another server process published: presented here only for this process's listeners. */
async function fromPeer(ctx: NotificationsContext, message: LiveMessage): Promise<void> {
  try {
    if (message.k === 'notification') {
      if (ctx.live.listening(message.user)) await pushLive(ctx, message.user, message.id);
    } else if (message.k === 'unread') {
      await pushUnread(ctx, message.user, true);
    } else if (message.k === 'post') {
      await announcePost(ctx, message.id, message.author);
    } else if (message.k === 'comment') {
      await announceComment(ctx, message);
    } else {
      ctx.live.closeSession(message.sid);
    }
  } catch {
    // A peer's event that cannot be presented (content deleted meanwhile) is dropped.
  }
}
