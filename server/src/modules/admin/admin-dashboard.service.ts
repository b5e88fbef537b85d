/**
 * Dashboard numbers for staff (no personal data: counts only) and the outbox status for admins
 * (recipient addresses and delivery errors, never message bodies).
 */
import type { MailStatus } from '../../db/schema.ts';
import type { PageWindow } from '../../http/pagination.ts';
import { isoMicros, nowMicros } from '../../lib/time.ts';
import { countOutboxByStatus, listOutbox, type OutboxSummary } from '../../mail/outbox.repository.ts';
import { reportsCount } from '../moderation/index.ts';
import { type AdminActor, type AdminContext, requireAdmin, requireStaff } from './admin.context.ts';
import {
  countPerDay,
  DAY_MICROS,
  type DailySeries,
  type UserStats,
  userStats,
} from './admin-dashboard.repository.ts';

/** One day of a series. */
export interface DayCount {
  /** UTC date, `YYYY-MM-DD`. */
  date: string;
  /** Number on that day. */
  count: number;
}

/** The dashboard. */
export interface Dashboard {
  generated: string;
  days: number;
  users: UserStats;
  posts_per_day: DayCount[];
  comments_per_day: DayCount[];
  failed_logins_per_day: DayCount[];
  open_reports: number;
  outbox: Record<MailStatus, number> & { backlog: number };
}

/** The dashboard over the last `days` UTC days (today included). Staff. */
export async function dashboard(ctx: AdminContext, actor: AdminActor, days: number): Promise<Dashboard> {
  requireStaff(actor);
  const db = ctx.database.db;
  const now = nowMicros();
  const today = Math.floor(now / DAY_MICROS);
  const firstDay = today - days + 1;
  const since = firstDay * DAY_MICROS;
  const series = async (name: DailySeries): Promise<DayCount[]> => {
    const counts = await countPerDay(db, name, since);
    return Array.from({ length: days }, (_, i) => ({
      date: isoMicros((firstDay + i) * DAY_MICROS).slice(0, 10),
      count: counts.get(firstDay + i) ?? 0,
    }));
  };
  const [users, posts, comments, failed, open, outbox] = await Promise.all([
    userStats(db, now - 7 * DAY_MICROS),
    series('posts'),
    series('comments'),
    series('failed_logins'),
    reportsCount(db, 'open'),
    countOutboxByStatus(db),
  ]);
  return {
    generated: isoMicros(now),
    days,
    users,
    posts_per_day: posts,
    comments_per_day: comments,
    failed_logins_per_day: failed,
    open_reports: open,
    outbox: { ...outbox, backlog: outbox.pending + outbox.sending },
  };
}

/** One page of outbox messages (optionally one status), newest first, with counts. Admins. */
export async function outboxStatus(
  ctx: AdminContext,
  actor: AdminActor,
  status: MailStatus | undefined,
  window: PageWindow,
): Promise<{ count: number; counts: Record<MailStatus, number>; rows: OutboxSummary[] }> {
  requireAdmin(actor);
  const db = ctx.database.db;
  const [counts, rows] = await Promise.all([
    countOutboxByStatus(db),
    listOutbox(db, {
      ...(status === undefined ? {} : { status }),
      limit: window.limit,
      offset: window.offset,
    }),
  ]);
  const count = status === undefined ? Object.values(counts).reduce((a, b) => a + b, 0) : counts[status];
  return { count, counts, rows };
}
