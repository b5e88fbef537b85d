/**
 * The audit module's front door: the append-only security event log (logins, failures, resets,
 * e-mail changes, token reuse, moderation and admin actions). Every module records into it inside
 * its own transactions, so it sits below them all and imports none of them.
 */
export {
  countSecurityEventsForUser,
  deleteSecurityEventsOfUser,
  listAllSecurityEventsOfUser,
  listSecurityEventsForUser,
  type NewSecurityEvent,
  recordSecurityEvent,
} from './security-events.service.ts';
