/**
 * Tickets for `GET /api/events/` (API.md C1): EventSource cannot send headers, so a signed-in
 * client trades its token for a ticket that opens one stream, once, within 60 seconds. Tickets
 * live in the database (only their SHA-256), so one issued by a process opens a stream on any.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '../../db/database.ts';
import type { AuthUser } from '../../http/auth.ts';
import { nowMicros } from '../../lib/time.ts';
import { insertTicket, sweepTickets, type TicketHolder, takeTicket } from './live-tickets.repository.ts';

export type { TicketHolder } from './live-tickets.repository.ts';

/** How long a ticket lives. */
export const TICKET_TTL_MS = 60_000;

const hash = (ticket: string) => createHash('sha256').update(ticket).digest('hex');

/** Issues a ticket for the caller; expired tickets are swept on the way. */
export async function issueTicket(
  db: Executor,
  user: AuthUser,
  now = nowMicros(),
): Promise<{ ticket: string; expires: number }> {
  await sweepTickets(db, now);
  const ticket = randomBytes(24).toString('base64url');
  const expires = now + TICKET_TTL_MS * 1000;
  await insertTicket(db, hash(ticket), { userId: user.id, sessionId: user.sessionId }, expires);
  return { ticket, expires };
}

/** Takes a ticket: its holder once; undefined when unknown, used, expired or the user left. */
export async function redeemTicket(
  db: Executor,
  ticket: string,
  now = nowMicros(),
): Promise<TicketHolder | undefined> {
  if (ticket.length > 64) return undefined;
  return takeTicket(db, hash(ticket), now);
}
