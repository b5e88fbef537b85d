import { describe, expect, test } from 'vitest';
import { groupByDay } from './day-groups.ts';

const at = (created: string) => ({ created });

describe('groupByDay', () => {
  const now = Date.parse('2026-12-04T15:00:00Z');

  test('Today, Yesterday, then dates, in the given order', () => {
    const items = [
      at('2026-12-04T14:00:00Z'),
      at('2026-12-04T01:00:00Z'),
      at('2026-12-03T23:00:00Z'),
      at('2026-11-30T09:00:00Z'),
      at('2025-12-24T09:00:00Z'),
    ];
    const groups = groupByDay(items, (i) => i.created, { now, timeZone: 'UTC', locale: 'en-GB' });
    expect(groups.map((g) => [g.label, g.items.length])).toEqual([
      ['Today', 2],
      ['Yesterday', 1],
      ['Monday 30 November', 1],
      ['Wednesday, 24 December 2025', 1],
    ]);
  });

  test('days follow the reader’s time zone, not UTC', () => {
    // 23:30 UTC on the 3rd is already the 4th in Berlin, and still the 3rd in New York.
    const items = [at('2026-12-03T23:30:00Z')];
    expect(groupByDay(items, (i) => i.created, { now, timeZone: 'Europe/Berlin' })[0]?.label).toBe('Today');
    expect(groupByDay(items, (i) => i.created, { now, timeZone: 'America/New_York' })[0]?.label).toBe(
      'Yesterday',
    );
  });

  test('yesterday across a daylight-saving change', () => {
    const spring = Date.parse('2026-03-30T10:00:00Z'); // the day after Europe's clocks moved
    const groups = groupByDay([at('2026-03-29T10:00:00Z')], (i) => i.created, {
      now: spring,
      timeZone: 'Europe/Paris',
    });
    expect(groups[0]?.label).toBe('Yesterday');
  });

  test('nothing in, nothing out', () => {
    expect(groupByDay([], (i: { created: string }) => i.created, { now })).toEqual([]);
  });
});
