/**
 * `GET /api/journal/insights/`: reads the caller's check-ins in a local-day range (never notes),
 * places each on its local day in the requested time zone and hands them to the pure maths in
 * `insights.ts`; averages are rounded to two decimals for the response.
 */
import type { AuthUser } from '../../http/auth.ts';
import { listCheckinsForInsights } from './checkins.repository.ts';
import { computeInsights, type DayCheckin } from './insights.ts';
import type { JournalContext } from './journal.context.ts';
import { parseDayRange, type RangeQuery } from './ranges.ts';
import { parseStoredTags } from './tags.ts';
import { isoDate, localDay, startOfLocalDay } from './timezone.ts';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Rounds to two decimals (null stays null). */
export function round2<T extends number | null>(value: T): T {
  return (value === null ? null : Math.round(value * 100) / 100) as T;
}

/** The caller's insights for `?from=&to=&tz=`. */
export async function getInsights(ctx: JournalContext, caller: AuthUser, query: RangeQuery) {
  const range = parseDayRange(query);
  const rows = await listCheckinsForInsights(ctx.database.db, caller.id, {
    from: startOfLocalDay(range.from, range.timeZone),
    to: startOfLocalDay(range.to + 1, range.timeZone) - 1,
  });
  const checkins: DayCheckin[] = rows.map((row) => ({
    day: localDay(row.occurred_at, range.timeZone),
    score: row.score,
    emotions: parseStoredTags(row.emotions),
    activities: parseStoredTags(row.activities),
  }));
  const result = computeInsights(checkins, range.from, range.to);
  return {
    from: isoDate(range.from),
    to: isoDate(range.to),
    tz: range.timeZone,
    checkins: result.checkins,
    days_with_checkins: result.daysWithCheckins,
    average: round2(result.average),
    daily: result.daily.map((d) => ({ date: isoDate(d.day), average: round2(d.average), count: d.count })),
    weekly: result.weekly.map((w) => ({
      week_start: isoDate(w.weekStart),
      average: round2(w.average),
      days: w.days,
      count: w.count,
    })),
    by_weekday: result.byWeekday.map((w) => ({
      weekday: w.weekday,
      name: WEEKDAYS[w.weekday - 1] ?? '',
      average: round2(w.average),
      days: w.days,
    })),
    streaks: { current: result.currentStreak, longest: result.longestStreak },
    emotions: result.emotions,
    activities: result.activities,
    activity_effects: result.activityEffects.map((e) => ({
      tag: e.tag,
      with_average: round2(e.withAverage),
      with_days: e.withDays,
      without_average: round2(e.withoutAverage),
      without_days: e.withoutDays,
      difference: round2(e.difference),
    })),
  };
}
