/**
 * Pruning: read notifications are kept 90 days, and at most the newest 1,000 of a user's
 * notifications keep their read ones (unread ones are never pruned). The notifications plugin
 * runs it hourly (unref'd timer); tests call it directly.
 */
import type { Executor } from '../../db/database.ts';
import { nowMicros } from '../../lib/time.ts';
import { pruneRead } from './notifications.repository.ts';

/** How long read notifications are kept. */
export const KEEP_DAYS = 90;
/** How many of a user's newest notifications keep their read ones. */
export const KEEP_PER_USER = 1_000;

/** Deletes old read notifications; returns how many went. */
export function pruneNotifications(
  db: Executor,
  options: { now?: number; keepDays?: number; keepPerUser?: number } = {},
): Promise<number> {
  const now = options.now ?? nowMicros();
  const before = now - (options.keepDays ?? KEEP_DAYS) * 86_400_000_000;
  return pruneRead(db, before, options.keepPerUser ?? KEEP_PER_USER);
}
