/**
 * Insights maths, pure (docs/insights.md defines every number). Input: check-ins already placed
 * on their local calendar day (an integer day number, see `timezone.ts`) and an inclusive day
 * range. A day's mood is the mean of that day's check-in scores; weekly, weekday and overall
 * averages are means of day moods, so a day with many check-ins does not outweigh the others.
 */
import { isoWeekday, weekStart } from './timezone.ts';

/** A check-in as insights see it. */
export interface DayCheckin {
  /** Local day number. */
  day: number;
  /** Score 1–5. */
  score: number;
  /** Distinct emotion tags. */
  emotions: readonly string[];
  /** Distinct activity tags. */
  activities: readonly string[];
}

/** Days needed on each side before an activity's effect is reported. */
export const MIN_EFFECT_DAYS = 3;
/** Most tags listed per frequency table. */
export const TOP_TAGS = 20;

/** One day's mood. */
export interface DailyMood {
  day: number;
  average: number;
  count: number;
}

/** One ISO week's mood. */
export interface WeeklyMood {
  /** The Monday starting the week. */
  weekStart: number;
  average: number;
  /** Days of the week with check-ins. */
  days: number;
  /** Check-ins in the week. */
  count: number;
}

/** Mood by day of the week. */
export interface WeekdayMood {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  average: number | null;
  days: number;
}

/** How often a tag was used. */
export interface TagCount {
  tag: string;
  /** Check-ins carrying it. */
  count: number;
}

/** Mean mood on days with and without an activity. */
export interface ActivityEffect {
  tag: string;
  withAverage: number;
  withDays: number;
  withoutAverage: number;
  withoutDays: number;
  /** `withAverage − withoutAverage`. */
  difference: number;
}

/** Everything `GET /api/journal/insights/` reports, before rounding. */
export interface Insights {
  checkins: number;
  daysWithCheckins: number;
  average: number | null;
  daily: DailyMood[];
  weekly: WeeklyMood[];
  byWeekday: WeekdayMood[];
  currentStreak: number;
  longestStreak: number;
  emotions: TagCount[];
  activities: TagCount[];
  activityEffects: ActivityEffect[];
}

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

function tagCounts(lists: (readonly string[])[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const tag of new Set(list)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0))
    .slice(0, TOP_TAGS);
}

/** Longest run of consecutive days, and the run ending at `to` (or at `to − 1` if `to` has none). */
function streaks(days: readonly number[], to: number): { current: number; longest: number } {
  let longest = 0;
  let run = 0;
  let previous = Number.NaN;
  const runEnding = new Map<number, number>();
  for (const day of days) {
    run = day === previous + 1 ? run + 1 : 1;
    previous = day;
    runEnding.set(day, run);
    longest = Math.max(longest, run);
  }
  return { current: runEnding.get(to) ?? runEnding.get(to - 1) ?? 0, longest };
}

function groupAverages<K>(daily: readonly DailyMood[], keyOf: (d: DailyMood) => K) {
  const groups = new Map<K, DailyMood[]>();
  for (const d of daily) {
    const key = keyOf(d);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [d]);
    else list.push(d);
  }
  return groups;
}

function activityEffects(
  daily: readonly DailyMood[],
  activitiesByDay: ReadonlyMap<number, ReadonlySet<string>>,
): ActivityEffect[] {
  const tags = new Set<string>();
  for (const set of activitiesByDay.values()) for (const tag of set) tags.add(tag);
  const effects: ActivityEffect[] = [];
  for (const tag of [...tags].sort()) {
    const withDays = daily.filter((d) => activitiesByDay.get(d.day)?.has(tag));
    const withoutDays = daily.filter((d) => !activitiesByDay.get(d.day)?.has(tag));
    if (withDays.length < MIN_EFFECT_DAYS || withoutDays.length < MIN_EFFECT_DAYS) continue;
    const withAverage = mean(withDays.map((d) => d.average));
    const withoutAverage = mean(withoutDays.map((d) => d.average));
    effects.push({
      tag,
      withAverage,
      withDays: withDays.length,
      withoutAverage,
      withoutDays: withoutDays.length,
      difference: withAverage - withoutAverage,
    });
  }
  return effects.sort((a, b) => b.difference - a.difference || (a.tag < b.tag ? -1 : 1));
}

/** Computes insights for the check-ins whose day lies in `[from, to]` (others are ignored). */
export function computeInsights(checkins: readonly DayCheckin[], from: number, to: number): Insights {
  const inRange = checkins.filter((c) => c.day >= from && c.day <= to);
  const scoresByDay = new Map<number, number[]>();
  const activitiesByDay = new Map<number, Set<string>>();
  for (const c of inRange) {
    const scores = scoresByDay.get(c.day);
    if (scores === undefined) scoresByDay.set(c.day, [c.score]);
    else scores.push(c.score);
    const activities = activitiesByDay.get(c.day) ?? new Set<string>();
    for (const tag of c.activities) activities.add(tag);
    activitiesByDay.set(c.day, activities);
  }
  const daily: DailyMood[] = [...scoresByDay]
    .sort(([a], [b]) => a - b)
    .map(([day, scores]) => ({ day, average: mean(scores), count: scores.length }));

  const weekly: WeeklyMood[] = [...groupAverages(daily, (d) => weekStart(d.day))].map(([start, days]) => ({
    weekStart: start,
    average: mean(days.map((d) => d.average)),
    days: days.length,
    count: days.reduce((n, d) => n + d.count, 0),
  }));
  const byWeekdayGroups = groupAverages(daily, (d) => isoWeekday(d.day));
  const byWeekday: WeekdayMood[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
    const days = byWeekdayGroups.get(weekday) ?? [];
    return {
      weekday,
      average: days.length === 0 ? null : mean(days.map((d) => d.average)),
      days: days.length,
    };
  });
  const { current, longest } = streaks(
    daily.map((d) => d.day),
    to,
  );
  return {
    checkins: inRange.length,
    daysWithCheckins: daily.length,
    average: daily.length === 0 ? null : mean(daily.map((d) => d.average)),
    daily,
    weekly,
    byWeekday,
    currentStreak: current,
    longestStreak: longest,
    emotions: tagCounts(inRange.map((c) => c.emotions)),
    activities: tagCounts(inRange.map((c) => c.activities)),
    activityEffects: activityEffects(daily, activitiesByDay),
  };
}
