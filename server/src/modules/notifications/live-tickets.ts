/**
 * Tickets for `GET /api/events/` (API.md C1): EventSource cannot send headers, so a signed-in
 * client trades its token for a ticket that opens one stream, once, within 60 seconds. Kept in
 * this process's memory (a ticket opens a stream on the process that issued it).
 */
import { randomBytes } from 'node:crypto';
import type { AuthUser } from '../../http/auth.ts';

/** How long a ticket lives. */
export const TICKET_TTL_MS = 60_000;
/** Tickets outstanding at once, so a flood of requests cannot grow memory without bound. */
const MAX_OUTSTANDING = 100_000;

/** Outstanding tickets. */
export class TicketStore {
  readonly #tickets = new Map<string, { user: AuthUser; expires: number }>();

  /** Issues a ticket for the caller. */
  issue(user: AuthUser, now = Date.now()): { ticket: string; expires: number } {
    if (this.#tickets.size >= MAX_OUTSTANDING) this.#sweep(now);
    const ticket = randomBytes(24).toString('base64url');
    const expires = now + TICKET_TTL_MS;
    this.#tickets.set(ticket, { user, expires });
    return { ticket, expires };
  }

  /** Takes a ticket: its user once, undefined when unknown, used or expired. */
  take(ticket: string, now = Date.now()): AuthUser | undefined {
    const entry = this.#tickets.get(ticket);
    this.#tickets.delete(ticket);
    return entry !== undefined && entry.expires > now ? entry.user : undefined;
  }

  #sweep(now: number): void {
    for (const [ticket, entry] of this.#tickets) if (entry.expires <= now) this.#tickets.delete(ticket);
    if (this.#tickets.size >= MAX_OUTSTANDING) {
      const oldest = this.#tickets.keys().next().value;
      if (oldest !== undefined) this.#tickets.delete(oldest);
    }
  }
}
