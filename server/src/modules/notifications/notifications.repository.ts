/**
 * SQL for notifications and notification preferences. A folded like is one
 * `INSERT … ON CONFLICT (recipient_id, fold_key) DO UPDATE`: no read before the write, so a
 * burst of likes cannot race into two rows.
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { newPublicId } from '../../lib/ids.ts';
import { nowMicros } from '../../lib/time.ts';

/** A notification to store. */
export interface NewNotification {
  /** Who is told. */
  recipientId: number;
  /** Its type. */
  type: string;
  /** Who acted, or null when they must stay hidden or for system notices. */
  actorId: number | null;
  /** The post concerned. */
  postPublicId: string | null;
  /** The comment concerned. */
  commentPublicId: string | null;
  /** Folding key: events with the same key for the same recipient add to one row's count. */
  foldKey: string | null;
}

/** Columns a notification is presented from. */
const COLUMNS = [
  'id',
  'public_id',
  'type',
  'actor_id',
  'post_public_id',
  'comment_public_id',
  'count',
  'read',
  'created',
] as const;

/** A stored notification, as listed. */
export type NotificationRow = NonNullable<Awaited<ReturnType<typeof findNotification>>>;

/** Stores a notification, or folds it into the recipient's row with the same fold key; returns its public id. */
export async function insertNotification(db: Executor, n: NewNotification): Promise<string> {
  const insert = db.insertInto('notifications').values({
    public_id: newPublicId(),
    recipient_id: n.recipientId,
    type: n.type,
    actor_id: n.actorId,
    post_public_id: n.postPublicId,
    comment_public_id: n.commentPublicId,
    fold_key: n.foldKey,
    created: nowMicros(),
  });
  if (n.foldKey === null) {
    return (await insert.returning('public_id').executeTakeFirstOrThrow()).public_id;
  }
  const row = await insert
    .onConflict((oc) =>
      oc.columns(['recipient_id', 'fold_key']).doUpdateSet((eb) => ({
        count: sql<number>`${sql.ref('notifications.count')} + 1`,
        actor_id: eb.ref('excluded.actor_id'),
        read: false,
        created: eb.ref('excluded.created'),
      })),
    )
    .returning('public_id')
    .executeTakeFirstOrThrow();
  return row.public_id;
}

/** One of the recipient's notifications. */
export function findNotification(db: Executor, recipientId: number, publicId: string) {
  return db
    .selectFrom('notifications')
    .select(COLUMNS)
    .where('recipient_id', '=', recipientId)
    .where('public_id', '=', publicId)
    .executeTakeFirst();
}

/** Where a keyset page starts: the boundary row's position and the direction. */
export interface ListWindow {
  /** Rows to fetch. */
  limit: number;
  /** The boundary, exclusive. */
  after: { created: number; id: string } | undefined;
  /** True to travel towards newer rows (a "previous" page). */
  reverse: boolean;
  /** Only unread ones. */
  unreadOnly: boolean;
}

/** A keyset window of the recipient's notifications, newest first (oldest first when reverse). */
export function listNotifications(db: Executor, recipientId: number, window: ListWindow) {
  const order = window.reverse ? 'asc' : 'desc';
  let query = db.selectFrom('notifications').select(COLUMNS).where('recipient_id', '=', recipientId);
  if (window.unreadOnly) query = query.where('read', '=', false);
  const after = window.after;
  if (after !== undefined) {
    const cmp = window.reverse ? '>' : '<';
    query = query.where((eb) =>
      eb.or([
        eb('created', cmp, after.created),
        eb.and([eb('created', '=', after.created), eb('public_id', cmp, after.id)]),
      ]),
    );
  }
  return query.orderBy('created', order).orderBy('public_id', order).limit(window.limit).execute();
}

/** The recipient's unread notifications created after `since`, newest first, at most `limit`. */
export function listUnreadSince(db: Executor, recipientId: number, since: number, limit: number) {
  return db
    .selectFrom('notifications')
    .select(COLUMNS)
    .where('recipient_id', '=', recipientId)
    .where('read', '=', false)
    .where('created', '>', since)
    .orderBy('created', 'desc')
    .orderBy('public_id', 'desc')
    .limit(limit)
    .execute();
}

/** How many unread notifications the recipient has. */
export async function countUnread(db: Executor, recipientId: number): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('recipient_id', '=', recipientId)
    .where('read', '=', false)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one notification read; false when the recipient has no such notification. */
export async function markRead(db: Executor, recipientId: number, publicId: string): Promise<boolean> {
  const result = await db
    .updateTable('notifications')
    .set({ read: true })
    .where('recipient_id', '=', recipientId)
    .where('public_id', '=', publicId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Marks every notification of the recipient read. */
export async function markAllRead(db: Executor, recipientId: number): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ read: true })
    .where('recipient_id', '=', recipientId)
    .where('read', '=', false)
    .execute();
}

/** Deletes one notification; false when the recipient has no such notification. */
export async function deleteNotification(
  db: Executor,
  recipientId: number,
  publicId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('notifications')
    .where('recipient_id', '=', recipientId)
    .where('public_id', '=', publicId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Deletes the notifications about a post (with everything beneath it) or a comment held by
 * anyone but `keepFor` (its author), of every type but the moderation notices themselves.
 */
export async function deleteAboutContent(
  db: Executor,
  kind: 'post' | 'comment',
  publicId: string,
  keepFor: number | null,
): Promise<void> {
  let query = db
    .deleteFrom('notifications')
    .where(kind === 'post' ? 'post_public_id' : 'comment_public_id', '=', publicId);
  if (keepFor !== null) query = query.where('recipient_id', '<>', keepFor);
  await query.execute();
}

/**
 * Deletes read notifications older than `before` (microseconds) and, per user, read ones beyond
 * the newest `keep`; returns how many went.
 */
export async function pruneRead(db: Executor, before: number, keep: number): Promise<number> {
  const old = await db
    .deleteFrom('notifications')
    .where('read', '=', true)
    .where('created', '<', before)
    .executeTakeFirst();
  const excess = await db
    .deleteFrom('notifications')
    .where('read', '=', true)
    .where('id', 'in', (eb) =>
      eb
        .selectFrom(
          eb
            .selectFrom('notifications')
            .select([
              'id',
              sql<number>`row_number() over (partition by recipient_id order by created desc, id desc)`.as(
                'position',
              ),
            ])
            .as('ranked'),
        )
        .select('ranked.id')
        .where('ranked.position', '>', keep),
    )
    .executeTakeFirst();
  return Number(old.numDeletedRows) + Number(excess.numDeletedRows);
}

/** The user's stored preferences row, if they ever changed one. */
export function findPreferences(db: Executor, userId: number) {
  return db
    .selectFrom('notification_preferences')
    .select(['types', 'email_digest', 'timezone', 'digest_due'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** What is stored of a user's preferences. */
export interface StoredPreferences {
  /** JSON of the per-type map. */
  types: string;
  /** Digest frequency. */
  email_digest: 'off' | 'daily' | 'weekly';
  /** IANA time zone of the digest's morning. */
  timezone: string;
  /** When the next digest is due (microseconds), null while off. */
  digest_due: number | null;
}

/** Stores the user's preferences (the whole per-type map, the digest and when it is next due). */
export async function savePreferences(
  db: Executor,
  userId: number,
  stored: StoredPreferences,
): Promise<void> {
  const values = { ...stored, updated: nowMicros() };
  await db
    .insertInto('notification_preferences')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}

/** Every notification of a user with its actor's public id, newest first (account export). */
export function listAllForExport(db: Executor, recipientId: number) {
  return db
    .selectFrom('notifications')
    .leftJoin('users as actor', 'actor.id', 'notifications.actor_id')
    .select([
      'notifications.public_id',
      'notifications.type',
      'notifications.created',
      'notifications.read',
      'notifications.count',
      'notifications.post_public_id',
      'notifications.comment_public_id',
      'actor.public_id as actor_public_id',
    ])
    .where('notifications.recipient_id', '=', recipientId)
    .orderBy('notifications.created', 'desc')
    .orderBy('notifications.id', 'desc')
    .execute();
}

/** Deletes a user's notifications, preferences and live tickets (account deletion). */
export async function deleteNotificationDataOf(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('notifications').where('recipient_id', '=', userId).execute();
  await db.deleteFrom('notification_preferences').where('user_id', '=', userId).execute();
  await db.deleteFrom('live_tickets').where('user_id', '=', userId).execute();
}
