/**
 * What other modules may do with the security event log: append an event (inside their own
 * transaction), read a user's own history, and export or delete it with the account.
 */
import type { Executor } from '../../db/database.ts';
import * as events from './security-events.repository.ts';

export type { NewSecurityEvent } from './security-events.repository.ts';

/** Appends one event (pass the caller's transaction to make it part of the same change). */
export function recordSecurityEvent(db: Executor, event: events.NewSecurityEvent): Promise<void> {
  return events.insertSecurityEvent(db, event);
}

/** A page of a user's own events, newest first (the caller passes their own id). */
export function listSecurityEventsForUser(db: Executor, userId: number, limit: number, offset: number) {
  return events.listSecurityEventsForUser(db, userId, limit, offset);
}

/** How many events a user has (the caller passes their own id). */
export function countSecurityEventsForUser(db: Executor, userId: number): Promise<number> {
  return events.countSecurityEventsForUser(db, userId);
}

/** Every event of a user, newest first (account export). */
export function listAllSecurityEventsOfUser(db: Executor, userId: number) {
  return events.listAllSecurityEventsOfUser(db, userId);
}

/** Deletes a user's events inside the account-deletion transaction (their history is their data). */
export function deleteSecurityEventsOfUser(db: Executor, userId: number): Promise<void> {
  return events.deleteSecurityEventsOfUser(db, userId);
}
