/** The notification types of API.md C1 and their default delivery. */

/** Every notification type, in the order preferences list them. */
export const NOTIFICATION_TYPES = [
  'post.commented',
  'post.liked',
  'comment.liked',
  'mention',
  'report.closed',
  'post.hidden',
  'post.restored',
  'comment.hidden',
  'comment.restored',
  'security.new_login',
] as const;

/** One notification type. */
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** The type whose e-mail can never be turned off. */
export const ALWAYS_EMAILED: NotificationType = 'security.new_login';

/** True when `value` names a notification type. */
export function isNotificationType(value: string): value is NotificationType {
  return (NOTIFICATION_TYPES as readonly string[]).includes(value);
}
