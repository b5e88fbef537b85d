import { describe, expect, it } from 'vitest';
import { instantOf, isTimeZone, localParts, nextLocalTime } from './local-time.ts';

const iso = (at: number) => new Date(at).toISOString();

describe('local time in a zone', () => {
  it('knows real zones and refuses others', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    for (const bad of ['', 'Mars/Olympus', 'x'.repeat(65), 'Europe/Berlin\u0000'])
      expect(isTimeZone(bad)).toBe(false);
  });

  it('reads local fields', () => {
    expect(localParts(Date.parse('2026-12-04T07:30:00Z'), 'Asia/Tokyo')).toEqual({
      year: 2026,
      month: 12,
      day: 4,
      hour: 16,
      minute: 30,
      weekday: 5,
    });
  });

  it('finds the next local 08:00 in winter and summer', () => {
    expect(iso(nextLocalTime(Date.parse('2026-12-04T06:00:00Z'), 'Europe/Berlin', 8, 0))).toBe(
      '2026-12-04T07:00:00.000Z',
    );
    expect(iso(nextLocalTime(Date.parse('2026-12-04T07:00:00Z'), 'Europe/Berlin', 8, 0))).toBe(
      '2026-12-05T07:00:00.000Z',
    );
    expect(iso(nextLocalTime(Date.parse('2026-07-01T00:00:00Z'), 'Europe/Berlin', 8, 0))).toBe(
      '2026-07-01T06:00:00.000Z',
    );
    expect(iso(nextLocalTime(Date.parse('2026-07-01T00:00:00Z'), 'America/Los_Angeles', 8, 0))).toBe(
      '2026-07-01T15:00:00.000Z',
    );
  });

  it('crosses daylight-saving changes: the morning after moves by an hour in UTC', () => {
    // Berlin springs forward on 2026-03-29 and falls back on 2026-10-25.
    expect(iso(nextLocalTime(Date.parse('2026-03-28T07:30:00Z'), 'Europe/Berlin', 8, 0))).toBe(
      '2026-03-29T06:00:00.000Z',
    );
    expect(iso(nextLocalTime(Date.parse('2026-10-24T06:30:00Z'), 'Europe/Berlin', 8, 0))).toBe(
      '2026-10-25T07:00:00.000Z',
    );
  });

  it('a skipped time moves past the gap; a repeated time is taken the first time', () => {
    expect(iso(instantOf('Europe/Berlin', 2026, 3, 29, 2, 30))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(instantOf('Europe/Berlin', 2026, 10, 25, 2, 30))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('honours weekdays (Monday mornings)', () => {
    // 2026-12-04 is a Friday.
    expect(iso(nextLocalTime(Date.parse('2026-12-04T12:00:00Z'), 'UTC', 8, 0, [1]))).toBe(
      '2026-12-07T08:00:00.000Z',
    );
    expect(iso(nextLocalTime(Date.parse('2026-12-07T08:00:00Z'), 'UTC', 8, 0, [1]))).toBe(
      '2026-12-14T08:00:00.000Z',
    );
  });
});
