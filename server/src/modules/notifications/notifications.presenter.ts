/** Presents notifications as API.md C1's notification object, with a short sentence to display. */

import type { Executor } from '../../db/database.ts';
import type { AuthUser } from '../../http/auth.ts';
import { isoMicros } from '../../lib/time.ts';
import { findUserById, toUserDto, type UserDto, type UserRow } from '../users/index.ts';
import type { NotificationRow } from './notifications.repository.ts';

/** The notification object. */
export interface NotificationDto {
  id: string;
  type: string;
  created: string;
  read: boolean;
  actor: UserDto | null;
  post: string | null;
  comment: string | null;
  count: number;
  text: string;
}

function sentence(type: string, who: string, count: number): string {
  const others = count > 1 ? ` and ${count - 1} ${count === 2 ? 'other' : 'others'}` : '';
  switch (type) {
    case 'post.commented':
      return `${who} commented on your post.`;
    case 'post.liked':
      return `${who}${others} liked your post.`;
    case 'comment.liked':
      return `${who}${others} liked your comment.`;
    case 'mention':
      return `${who} mentioned you.`;
    case 'report.closed':
      return 'A report you filed has been reviewed. Thank you for looking out for others.';
    case 'post.hidden':
      return 'Moderators hid one of your posts.';
    case 'post.restored':
      return 'Moderators restored one of your posts.';
    case 'comment.hidden':
      return 'Moderators hid one of your comments.';
    case 'comment.restored':
      return 'Moderators restored one of your comments.';
    case 'security.new_login':
      return 'Your account was signed in to from a new device.';
    default:
      return 'Something new happened.';
  }
}

/** Loads the actors of some notifications (one query per distinct actor; a page has few). */
export async function loadActors(
  db: Executor,
  rows: readonly NotificationRow[],
): Promise<Map<number, UserRow>> {
  const actors = new Map<number, UserRow>();
  for (const id of new Set(rows.map((row) => row.actor_id).filter((id) => id !== null))) {
    const user = await findUserById(db, id);
    if (user !== undefined) actors.set(id, user);
  }
  return actors;
}

/** Presents one notification to its recipient. */
export function toNotificationDto(
  row: NotificationRow,
  actors: ReadonlyMap<number, UserRow>,
  viewer: AuthUser,
  base: string,
): NotificationDto {
  const actor = row.actor_id === null ? undefined : actors.get(row.actor_id);
  const who = actor === undefined ? 'Someone' : actor.username;
  return {
    id: row.public_id,
    type: row.type,
    created: isoMicros(row.created),
    read: row.read,
    actor: actor === undefined ? null : toUserDto(actor, viewer, base),
    post: row.post_public_id,
    comment: row.comment_public_id,
    count: row.count,
    text: sentence(row.type, who, row.count),
  };
}
