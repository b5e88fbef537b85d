/**
 * Insights maths: property tests against a deliberately naive reference (day-by-day walk, local
 * dates from `formatToParts`), plus the edge cases: time zones, DST, back-dating, empty ranges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RawCheckin, reference, refNextDate } from './insights.reference.ts';
import { computeInsights, type DayCheckin } from './insights.ts';
import { dayOfDate, isoDate, localDay, localDayOfMs, parseIsoDate, startOfLocalDay } from './timezone.ts';

const ZONES = [
  'UTC',
  'Europe/London',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];
const EMOTIONS = ['calm', 'sad', 'tired', 'hopeful'];
const ACTIVITIES = ['sleep', 'exercise', 'work', 'social'];

// ---- the implementation, presented in the reference's shape ----

function implementation(checkins: RawCheckin[], timeZone: string, from: string, to: string) {
  const placed: DayCheckin[] = checkins.map((c) => ({
    day: localDay(c.ms * 1000, timeZone),
    score: c.score,
    emotions: c.emotions,
    activities: c.activities,
  }));
  const r = computeInsights(placed, parseIsoDate(from) ?? 0, parseIsoDate(to) ?? 0);
  return {
    ...r,
    daily: r.daily.map((d) => ({ date: isoDate(d.day), average: d.average, count: d.count })),
    weekly: r.weekly.map((w) => ({
      week_start: isoDate(w.weekStart),
      average: w.average,
      days: w.days,
      count: w.count,
    })),
  };
}

/** Rounds every number so float summation order cannot matter. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1e9) / 1e9;
  if (Array.isArray(value)) return value.map(rounded);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

const START = Date.UTC(2024, 9, 1);
const SPAN_DAYS = 220;
const arbTags = (pool: string[]) => fc.uniqueArray(fc.constantFrom(...pool), { maxLength: 3 });
const arbRange = fc
  .tuple(fc.integer({ min: 0, max: SPAN_DAYS - 1 }), fc.integer({ min: 0, max: 60 }))
  .map(([start, length]) => {
    const from = isoDate(Math.floor(START / 86_400_000) + start);
    return { from, to: refNextDate(from, length) };
  });
const arbCheckins = (range: { from: string; to: string }) =>
  fc.array(
    fc.record({
      ms: fc.integer({
        min: Date.parse(`${range.from}T00:00:00Z`) - 2 * 86_400_000,
        max: Date.parse(`${range.to}T00:00:00Z`) + 3 * 86_400_000,
      }),
      score: fc.integer({ min: 1, max: 5 }),
      emotions: arbTags(EMOTIONS),
      activities: arbTags(ACTIVITIES),
    }),
    { maxLength: 80 },
  );

describe('insights maths (property-based, against a reference)', () => {
  it('agrees with the reference for any check-ins, range and time zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        arbRange.chain((range) => fc.tuple(fc.constant(range), arbCheckins(range))),
        (zone, [range, checkins]) => {
          expect(rounded(implementation(checkins, zone, range.from, range.to))).toEqual(
            rounded(reference(checkins, zone, range.from, range.to)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('agrees on dense data: several check-ins most days, long streaks and activity effects', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.array(
          fc.record({
            hour: fc.integer({ min: 0, max: 24 * 40 - 1 }),
            score: fc.integer({ min: 1, max: 5 }),
            emotions: arbTags(EMOTIONS),
            activities: arbTags(ACTIVITIES),
          }),
          { minLength: 30, maxLength: 150 },
        ),
        (zone, items) => {
          const checkins = items.map((i) => ({ ...i, ms: START + i.hour * 3_600_000 + 1_800_000 }));
          const from = isoDate(Math.floor(START / 86_400_000));
          const to = refNextDate(from, 39);
          expect(rounded(implementation(checkins, zone, from, to))).toEqual(
            rounded(reference(checkins, zone, from, to)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps invariants: averages within 1–5, streaks bounded by active days, counts add up', () => {
    fc.assert(
      fc.property(
        arbRange.chain((range) => fc.tuple(fc.constant(range), arbCheckins(range))),
        ([range, checkins]) => {
          const r = implementation(checkins, 'UTC', range.from, range.to);
          for (const d of r.daily) expect(d.average >= 1 && d.average <= 5).toBe(true);
          expect(r.longestStreak).toBeLessThanOrEqual(r.daysWithCheckins);
          expect(r.currentStreak).toBeLessThanOrEqual(r.longestStreak);
          expect(r.daily.reduce((n, d) => n + d.count, 0)).toBe(r.checkins);
          expect(r.weekly.reduce((n, w) => n + w.count, 0)).toBe(r.checkins);
          expect(r.byWeekday.reduce((n, w) => n + w.days, 0)).toBe(r.daysWithCheckins);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('local days and time zones', () => {
  it('finds the first instant of every local day, also where midnight does not exist', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: dayOfDate(2024, 1, 1), max: dayOfDate(2026, 12, 31) }),
        (zone, day) => {
          const start = startOfLocalDay(day, zone) / 1000;
          expect(localDayOfMs(start, zone)).toBeGreaterThanOrEqual(day);
          expect(localDayOfMs(start - 1000, zone)).toBeLessThan(day);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles a DST start at midnight (Santiago skips 00:00–01:00 on 2025-09-07)', () => {
    const day = parseIsoDate('2025-09-07') ?? 0;
    expect(new Date(startOfLocalDay(day, 'America/Santiago') / 1000).toISOString()).toBe(
      '2025-09-07T04:00:00.000Z',
    );
  });

  it('places check-ins around London’s DST changes on the right local day', () => {
    const at = (iso: string) => ({ day: localDay(Date.parse(iso) * 1000, 'Europe/London'), score: 3 });
    // 23:30 UTC is 23:30 GMT on 29 March, but 00:30 BST on 31 March, after the spring change.
    expect(isoDate(at('2025-03-29T23:30:00Z').day)).toBe('2025-03-29');
    expect(isoDate(at('2025-03-30T23:30:00Z').day)).toBe('2025-03-31');
    // On 26 October (25 hours long) 00:30 BST and 23:30 GMT are the same local day.
    expect(isoDate(at('2025-10-25T23:30:00Z').day)).toBe('2025-10-26');
    expect(isoDate(at('2025-10-26T23:30:00Z').day)).toBe('2025-10-26');
    const start = startOfLocalDay(parseIsoDate('2025-10-27') ?? 0, 'Europe/London');
    const end = startOfLocalDay(parseIsoDate('2025-10-26') ?? 0, 'Europe/London');
    expect((start - end) / 3_600_000_000).toBe(25);
  });

  it('counts the same instant on different days in different zones', () => {
    const ms = Date.parse('2026-01-15T23:30:00Z');
    expect(isoDate(localDayOfMs(ms, 'America/Los_Angeles'))).toBe('2026-01-15');
    expect(isoDate(localDayOfMs(ms, 'Asia/Tokyo'))).toBe('2026-01-16');
    expect(isoDate(localDayOfMs(ms, 'Pacific/Kiritimati'))).toBe('2026-01-16');
  });
});

describe('insights edge cases', () => {
  const d = (iso: string) => parseIsoDate(iso) ?? 0;
  const c = (iso: string, score: number, activities: string[] = []): DayCheckin => ({
    day: d(iso),
    score,
    emotions: [],
    activities,
  });

  it('reports zeros, nulls and empty lists for an empty range', () => {
    const r = computeInsights([c('2026-01-01', 4)], d('2026-02-01'), d('2026-02-28'));
    expect(r).toMatchObject({
      checkins: 0,
      daysWithCheckins: 0,
      average: null,
      daily: [],
      weekly: [],
      currentStreak: 0,
      longestStreak: 0,
      emotions: [],
      activities: [],
      activityEffects: [],
    });
    expect(r.byWeekday.every((w) => w.average === null && w.days === 0)).toBe(true);
  });

  it('averages days first, so a day with many check-ins does not outweigh the others', () => {
    const r = computeInsights(
      [c('2026-01-05', 1), c('2026-01-05', 1), c('2026-01-05', 1), c('2026-01-06', 5)],
      d('2026-01-05'),
      d('2026-01-11'),
    );
    expect(r.average).toBe(3);
    expect(r.weekly).toEqual([{ weekStart: d('2026-01-05'), average: 3, days: 2, count: 4 }]);
    expect(r.byWeekday[0]).toEqual({ weekday: 1, average: 1, days: 1 });
  });

  it('keeps the current streak alive when today has no check-in yet, but not after a missed day', () => {
    const days = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-05', '2026-01-06'].map((x) => c(x, 3));
    expect(computeInsights(days, d('2026-01-01'), d('2026-01-06'))).toMatchObject({
      currentStreak: 2,
      longestStreak: 3,
    });
    expect(computeInsights(days, d('2026-01-01'), d('2026-01-07')).currentStreak).toBe(2);
    expect(computeInsights(days, d('2026-01-01'), d('2026-01-08')).currentStreak).toBe(0);
    expect(computeInsights(days, d('2026-01-02'), d('2026-01-03')).longestStreak).toBe(2);
  });

  it('counts a back-dated check-in on the day it happened', () => {
    const r = computeInsights([c('2026-01-01', 2), c('2025-12-25', 4)], d('2025-12-20'), d('2025-12-31'));
    expect(r.daily).toEqual([{ day: d('2025-12-25'), average: 4, count: 1 }]);
  });

  it('reports an activity effect only with at least 3 days on each side', () => {
    const base = ['01', '02', '03', '04', '05'].map((x, i) =>
      c(`2026-01-${x}`, i < 3 ? 5 : 2, i < 3 ? ['exercise'] : []),
    );
    expect(computeInsights(base, d('2026-01-01'), d('2026-01-31')).activityEffects).toEqual([]);
    const more = [...base, c('2026-01-06', 2)];
    expect(computeInsights(more, d('2026-01-01'), d('2026-01-31')).activityEffects).toEqual([
      { tag: 'exercise', withAverage: 5, withDays: 3, withoutAverage: 2, withoutDays: 3, difference: 3 },
    ]);
  });
});
