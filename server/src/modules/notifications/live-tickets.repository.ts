/** SQL for live-event tickets (`live_tickets`): stored by hash, taken once, swept when expired. */
import type { Executor } from '../../db/database.ts';

/** What a ticket opens a stream for. */
export interface TicketHolder {
  /** The listening user (internal key). */
  userId: number;
  /** The login session behind the ticket, or null. */
  sessionId: string | null;
}

/** Stores a ticket's hash for its holder until `expires` (µs). */
export async function insertTicket(
  db: Executor,
  ticketHash: string,
  holder: TicketHolder,
  expires: number,
): Promise<void> {
  await db
    .insertInto('live_tickets')
    .values({ ticket_hash: ticketHash, user_id: holder.userId, session_id: holder.sessionId, expires })
    .execute();
}

/**
 * Deletes the ticket and returns its holder when it was still valid at `now` (µs), the holder is
 * still active and its session not revoked: one statement, so two processes racing for one ticket cannot both win.
 */
export async function takeTicket(
  db: Executor,
  ticketHash: string,
  now: number,
): Promise<TicketHolder | undefined> {
  const row = await db
    .deleteFrom('live_tickets')
    .where('ticket_hash', '=', ticketHash)
    .returning(['user_id', 'session_id', 'expires'])
    .executeTakeFirst();
  if (row === undefined || Number(row.expires) <= now) return undefined;
  // Read-only look at users and sessions (documented in docs/architecture.md): a deactivated
  // user or a session revoked since the ticket was issued opens nothing.
  const user = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', row.user_id)
    .where('is_active', '=', true)
    .where((eb) =>
      row.session_id === null
        ? eb.val(true)
        : eb.not(
            eb.exists(
              eb
                .selectFrom('sessions')
                .select('sessions.id')
                .where('sessions.public_id', '=', row.session_id)
                .where('sessions.revoked_at', 'is not', null),
            ),
          ),
    )
    .executeTakeFirst();
  return user === undefined ? undefined : { userId: row.user_id, sessionId: row.session_id };
}

/** Deletes tickets that expired before `now` (µs). */
export async function sweepTickets(db: Executor, now: number): Promise<void> {
  await db.deleteFrom('live_tickets').where('expires', '<=', now).execute();
}
