/**
 * Test-only: a deliberately naive reference for the insights maths (docs/insights.md), used by
 * `insights.test.ts`. It walks the range day by day, takes local dates from `formatToParts` and
 * shares no helper with the implementation, so agreement means something.
 */
import { MIN_EFFECT_DAYS, TOP_TAGS } from './insights.ts';

/** A check-in as the reference sees it: an instant in milliseconds. */
export interface RawCheckin {
  ms: number;
  score: number;
  emotions: string[];
  activities: string[];
}

function refLocalDate(ms: number, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function refNextDate(date: string, by = 1): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
}

function refWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function reference(checkins: RawCheckin[], timeZone: string, from: string, to: string) {
  const dates: string[] = [];
  for (let d = from; d <= to; d = refNextDate(d)) dates.push(d);
  const withDate = checkins.map((c) => ({ ...c, date: refLocalDate(c.ms, timeZone) }));
  const inRange = withDate.filter((c) => c.date >= from && c.date <= to);
  const daily = dates
    .map((date) => {
      const scores = inRange.filter((c) => c.date === date).map((c) => c.score);
      return scores.length === 0 ? null : { date, average: avg(scores), count: scores.length };
    })
    .filter((d) => d !== null);
  const weekly: { week_start: string; average: number; days: number; count: number }[] = [];
  for (const d of daily) {
    const monday = refNextDate(d.date, -(refWeekday(d.date) - 1));
    const members = daily.filter((x) => refNextDate(x.date, -(refWeekday(x.date) - 1)) === monday);
    if (!weekly.some((w) => w.week_start === monday))
      weekly.push({
        week_start: monday,
        average: avg(members.map((m) => m.average)),
        days: members.length,
        count: members.reduce((n, m) => n + m.count, 0),
      });
  }
  const byWeekday = [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
    const days = daily.filter((d) => refWeekday(d.date) === weekday);
    return {
      weekday,
      average: days.length === 0 ? null : avg(days.map((d) => d.average)),
      days: days.length,
    };
  });
  let longest = 0;
  let run = 0;
  for (const date of dates) {
    run = daily.some((d) => d.date === date) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const active = (date: string) => daily.some((d) => d.date === date);
  let current = 0;
  let cursor = active(to) ? to : refNextDate(to, -1);
  while (cursor >= from && active(cursor)) {
    current += 1;
    cursor = refNextDate(cursor, -1);
  }
  const counts = (pick: (c: RawCheckin) => string[]) => {
    const all = [...new Set(inRange.flatMap(pick))];
    return all
      .map((tag) => ({ tag, count: inRange.filter((c) => pick(c).includes(tag)).length }))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'en'))
      .slice(0, TOP_TAGS);
  };
  const effects = [...new Set(inRange.flatMap((c) => c.activities))]
    .map((tag) => {
      const has = (date: string) => inRange.some((c) => c.date === date && c.activities.includes(tag));
      const w = daily.filter((d) => has(d.date));
      const wo = daily.filter((d) => !has(d.date));
      if (w.length < MIN_EFFECT_DAYS || wo.length < MIN_EFFECT_DAYS) return null;
      const withAverage = avg(w.map((d) => d.average));
      const withoutAverage = avg(wo.map((d) => d.average));
      return {
        tag,
        withAverage,
        withDays: w.length,
        withoutAverage,
        withoutDays: wo.length,
        difference: withAverage - withoutAverage,
      };
    })
    .filter((e) => e !== null)
    .sort((a, b) => b.difference - a.difference || a.tag.localeCompare(b.tag, 'en'));
  return {
    checkins: inRange.length,
    daysWithCheckins: daily.length,
    average: daily.length === 0 ? null : avg(daily.map((d) => d.average)),
    daily,
    weekly: weekly.sort((a, b) => (a.week_start < b.week_start ? -1 : 1)),
    byWeekday,
    currentStreak: current,
    longestStreak: longest,
    emotions: counts((c) => c.emotions),
    activities: counts((c) => c.activities),
    activityEffects: effects,
  };
}
