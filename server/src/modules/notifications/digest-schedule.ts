/**
 * When digests go out: at 08:00 in the user's time zone — every morning (daily) or on Monday
 * mornings (weekly) — and what period one covers when nothing was sent before.
 */
import { nextLocalTime } from '../../lib/local-time.ts';

/** The local hour of the digest. */
export const DIGEST_HOUR = 8;
const MONDAY = 1;
const DAY_MICROS = 86_400_000_000;

/** The next digest time (microseconds) strictly after `after` (microseconds). */
export function nextDigestDue(after: number, digest: 'daily' | 'weekly', timezone: string): number {
  const at = nextLocalTime(
    Math.floor(after / 1000),
    timezone,
    DIGEST_HOUR,
    0,
    digest === 'weekly' ? [MONDAY] : undefined,
  );
  return at * 1000;
}

/** How far back a first digest looks (microseconds). */
export function digestPeriod(digest: 'daily' | 'weekly'): number {
  return digest === 'weekly' ? 7 * DAY_MICROS : DAY_MICROS;
}
