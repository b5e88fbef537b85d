/**
 * Posting limits for new accounts (issue 17, anti-spam): during their first `NEW_ACCOUNT_HOURS`,
 * members may create at most `NEW_ACCOUNT_POSTS_PER_HOUR` posts and
 * `NEW_ACCOUNT_COMMENTS_PER_HOUR` comments in any hour; a post or comment with a link counts
 * double. Over the limit → 429 with `Retry-After` and a kind sentence. Staff are never limited.
 */
import type { Config } from '../../config.ts';
import type { Executor } from '../../db/database.ts';
import type { AuthUser } from '../../http/auth.ts';
import { ThrottledError } from '../../http/errors.ts';
import { nowMicros } from '../../lib/time.ts';
import { findUserById, isStaff } from '../users/index.ts';
import { recentWrites } from './posting-limits.repository.ts';

/** The limits in force (`Config.newAccounts`). */
export type NewAccountLimits = Config['newAccounts'];

const HOUR_MICROS = 3_600_000_000;
/** A web address: a scheme or a `www.` host. */
const LINK = /\bhttps?:\/\/|\bwww\.[\p{L}\p{N}]/iu;

/** What a post or comment counts against the limit: 2 with a link, else 1. */
export function weightOf(text: string): number {
  return LINK.test(text) ? 2 : 1;
}

/** Throws a kind 429 when a new account would pass its hourly limit with this post or comment. */
export async function checkNewAccountLimit(
  db: Executor,
  limits: NewAccountLimits | undefined,
  viewer: AuthUser,
  kind: 'post' | 'comment',
  text: string,
): Promise<void> {
  const perHour = limits === undefined ? 0 : kind === 'post' ? limits.postsPerHour : limits.commentsPerHour;
  if (limits === undefined || limits.hours === 0 || perHour === 0 || isStaff(viewer.role)) return;
  const user = await findUserById(db, viewer.id);
  const now = nowMicros();
  const newUntil = user === undefined ? 0 : Number(user.created) + limits.hours * HOUR_MICROS;
  if (newUntil <= now) return;
  const recent = await recentWrites(db, kind, viewer.id, now - HOUR_MICROS);
  const weight = weightOf(text);
  let excess = recent.reduce((sum, write) => sum + weightOf(write.text), 0) + weight - perHour;
  if (excess <= 0) return;
  // Free again when enough of the oldest writes leave the hour, or when the account stops being new.
  let freeAt = now + HOUR_MICROS;
  for (const write of recent) {
    excess -= weightOf(write.text);
    if (excess <= 0) {
      freeAt = write.created + HOUR_MICROS;
      break;
    }
  }
  freeAt = Math.min(freeAt, newUntil);
  const seconds = (freeAt - now) / 1_000_000;
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const what = kind === 'post' ? `${perHour} posts` : `${perHour} comments`;
  throw new ThrottledError(
    seconds,
    `Welcome! During their first day, new members can share up to ${what} an hour ` +
      `(ones with links count twice) — it keeps the community calm and free of spam. ` +
      `You can ${kind === 'post' ? 'post' : 'comment'} again in about ${minutes} minute${minutes === 1 ? '' : 's'}. ` +
      'Thank you for your patience.',
  );
}
