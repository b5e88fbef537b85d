/** SQL for the append-only security event log. */
import type { Executor } from '../../db/database.ts';
import { newPublicId } from '../../lib/ids.ts';
import { nowMicros } from '../../lib/time.ts';

/** What is recorded about one security event. */
export interface NewSecurityEvent {
  /** The user concerned, or null. */
  userId: number | null;
  /** The staff member acting on someone else, or null (the user themself, or the CLI). */
  actorId?: number | null;
  /** Stable machine name, e.g. `login.success`. */
  type: string;
  /** Client IP address. */
  ip?: string | null;
  /** Client user agent (truncated to 512 characters). */
  userAgent?: string | null;
  /** Event details; never secrets. */
  details?: Record<string, unknown>;
}

/** Appends one event. */
export async function insertSecurityEvent(db: Executor, event: NewSecurityEvent): Promise<void> {
  await db
    .insertInto('security_events')
    .values({
      public_id: newPublicId(),
      user_id: event.userId,
      actor_id: event.actorId ?? null,
      type: event.type,
      ip: event.ip ?? null,
      user_agent: event.userAgent?.slice(0, 512) ?? null,
      details: JSON.stringify(event.details ?? {}),
      created: nowMicros(),
    })
    .execute();
}

/** A user's own events, newest first (the caller passes their own id). */
export async function listSecurityEventsForUser(db: Executor, userId: number, limit: number, offset: number) {
  return db
    .selectFrom('security_events')
    .select(['public_id', 'type', 'ip', 'user_agent', 'details', 'created'])
    .where('user_id', '=', userId)
    .orderBy('created', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** How many events a user has (the caller passes their own id). */
export async function countSecurityEventsForUser(db: Executor, userId: number): Promise<number> {
  const row = await db
    .selectFrom('security_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every security event of a user, newest first (export). */
export async function listAllSecurityEventsOfUser(db: Executor, userId: number) {
  return db
    .selectFrom('security_events')
    .select(['public_id', 'type', 'ip', 'user_agent', 'details', 'created'])
    .where('user_id', '=', userId)
    .orderBy('created', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Deletes a user's security events (their login history is their data). */
export async function deleteSecurityEventsOfUser(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('security_events').where('user_id', '=', userId).execute();
}
