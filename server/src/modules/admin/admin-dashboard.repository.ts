/**
 * SQL of the admin dashboard: counts only (users, posts and comments per day, failed logins per
 * day). Days are UTC days: the microsecond timestamp divided by a day's microseconds, integer
 * division on both dialects.
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';

/** Microseconds in a day. */
export const DAY_MICROS = 86_400_000_000;

/** User totals. */
export interface UserStats {
  total: number;
  active: number;
  deactivated: number;
  staff: number;
  new_this_week: number;
  logged_in_this_week: number;
  unverified: number;
}

/** Counts users: total, active, staff, new and logged in since `weekAgo` (microseconds). */
export async function userStats(db: Executor, weekAgo: number): Promise<UserStats> {
  const n = (v: unknown) => Number(v ?? 0);
  const row = await db
    .selectFrom('users')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.sum<number>(eb.case().when('is_active', '=', true).then(1).else(0).end()).as('active'),
      eb.fn.sum<number>(eb.case().when('role', '!=', 'user').then(1).else(0).end()).as('staff'),
      eb.fn.sum<number>(eb.case().when('created', '>=', weekAgo).then(1).else(0).end()).as('new_this_week'),
      eb.fn
        .sum<number>(eb.case().when('last_login', '>=', weekAgo).then(1).else(0).end())
        .as('logged_in_this_week'),
      eb.fn.sum<number>(eb.case().when('email_verified', '=', false).then(1).else(0).end()).as('unverified'),
    ])
    .executeTakeFirstOrThrow();
  return {
    total: n(row.total),
    active: n(row.active),
    deactivated: n(row.total) - n(row.active),
    staff: n(row.staff),
    new_this_week: n(row.new_this_week),
    logged_in_this_week: n(row.logged_in_this_week),
    unverified: n(row.unverified),
  };
}

/** What a per-day series counts. */
export type DailySeries = 'posts' | 'comments' | 'failed_logins';

/** Rows per UTC day index (days since the epoch) created at or after `since`. */
export async function countPerDay(
  db: Executor,
  series: DailySeries,
  since: number,
): Promise<Map<number, number>> {
  const day = sql<number>`created / ${sql.lit(DAY_MICROS)}`;
  const rows =
    series === 'failed_logins'
      ? await db
          .selectFrom('security_events')
          .select((eb) => [day.as('day'), eb.fn.countAll<number>().as('n')])
          .where('type', '=', 'login.failure')
          .where('created', '>=', since)
          .groupBy(day)
          .execute()
      : await db
          .selectFrom(series)
          .select((eb) => [day.as('day'), eb.fn.countAll<number>().as('n')])
          .where('created', '>=', since)
          .groupBy(day)
          .execute();
  return new Map(rows.map((r) => [Number(r.day), Number(r.n)]));
}
