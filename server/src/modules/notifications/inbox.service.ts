/**
 * The recipient's side of notifications (API.md C1): the cursor list (newest first, optionally
 * unread only), the unread count, read / read-all / delete. Another user's notification, or an
 * id that is not one, is a 404 like a missing one.
 */

import { NotFoundError } from '../../http/errors.ts';
import type { Cursor } from '../../http/pagination.ts';
import { parsePublicId } from '../../lib/ids.ts';
import type { NotificationsContext } from './notifications.context.ts';
import {
  countUnread,
  deleteNotification,
  listNotifications,
  markAllRead,
  markRead,
  type NotificationRow,
} from './notifications.repository.ts';
import { pushUnread } from './notify.service.ts';

/** One cursor page of notifications. */
export interface NotificationPage {
  /** The notifications, newest first. */
  items: NotificationRow[];
  /** Where the next (older) page starts, if any. */
  next: Cursor | null;
  /** Where the previous (newer) page ends, if any. */
  previous: Cursor | null;
}

/** One keyset page: fetches a row more than asked to learn whether another page follows. */
export async function listInbox(
  ctx: NotificationsContext,
  recipientId: number,
  request: { limit: number; cursor: Cursor | undefined; unreadOnly: boolean },
): Promise<NotificationPage> {
  const reverse = request.cursor?.reverse ?? false;
  const rows = await listNotifications(ctx.database.db, recipientId, {
    limit: request.limit + 1,
    after: request.cursor?.position,
    reverse,
    unreadOnly: request.unreadOnly,
  });
  const more = rows.length > request.limit;
  const items = rows.slice(0, request.limit);
  if (reverse) items.reverse();
  const at = (row: NotificationRow | undefined, back: boolean): Cursor | null =>
    row === undefined ? null : { position: { created: row.created, id: row.public_id }, reverse: back };
  const older = reverse ? at(items.at(-1), false) : more ? at(items.at(-1), false) : null;
  const newer = reverse ? (more ? at(items[0], true) : null) : request.cursor ? at(items[0], true) : null;
  return { items, next: older, previous: newer };
}

/** How many unread notifications the recipient has. */
export function unreadCount(ctx: NotificationsContext, recipientId: number): Promise<number> {
  return countUnread(ctx.database.db, recipientId);
}

/** Marks one of the recipient's notifications read (404 when it is not theirs). */
export async function readOne(ctx: NotificationsContext, recipientId: number, rawId: string): Promise<void> {
  const publicId = parsePublicId(rawId);
  if (publicId === null || !(await markRead(ctx.database.db, recipientId, publicId)))
    throw new NotFoundError();
  await pushUnread(ctx, recipientId);
}

/** Marks all the recipient's notifications read. */
export async function readAll(ctx: NotificationsContext, recipientId: number): Promise<void> {
  await markAllRead(ctx.database.db, recipientId);
  await pushUnread(ctx, recipientId);
}

/** Deletes one of the recipient's notifications (404 when it is not theirs). */
export async function removeOne(
  ctx: NotificationsContext,
  recipientId: number,
  rawId: string,
): Promise<void> {
  const publicId = parsePublicId(rawId);
  if (publicId === null || !(await deleteNotification(ctx.database.db, recipientId, publicId))) {
    throw new NotFoundError();
  }
  await pushUnread(ctx, recipientId);
}
