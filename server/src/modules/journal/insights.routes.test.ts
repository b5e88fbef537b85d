import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { type AuthHeaders, authHeaders, createUser } from '../../../test/helpers/auth.ts';
import { isoDate, localDay } from './timezone.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let headers: AuthHeaders;

beforeAll(async () => {
  t = await createTestApp();
  headers = await authHeaders(t.app, await createUser(t.app));
  const checkins: [number, string, string[], string[]][] = [
    [2, '2026-03-02T09:00:00Z', ['tired'], ['work']],
    [4, '2026-03-02T20:00:00Z', ['calm'], ['exercise']],
    [5, '2026-03-03T09:00:00Z', ['calm', 'hopeful'], ['exercise']],
    [1, '2026-03-04T23:30:00Z', ['sad'], ['work']],
    [4, '2026-03-05T12:00:00Z', ['calm'], ['exercise']],
    [2, '2026-03-06T12:00:00Z', ['tired'], ['work']],
    [3, '2026-03-09T12:00:00Z', ['calm'], ['social']],
  ];
  for (const [score, occurred_at, emotions, activities] of checkins) {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/journal/checkins/',
      headers,
      payload: { score, occurred_at, emotions, activities, note: 'never in insights' },
    });
    expect(r.statusCode).toBe(201);
  }
});
afterAll(async () => {
  await t.close();
});

const get = (query: string) =>
  t.app.inject({ method: 'GET', url: `/api/journal/insights/?${query}`, headers });

describe('GET /api/journal/insights/', () => {
  it('reports daily, weekly and weekday averages, streaks, tags and activity effects (UTC)', async () => {
    const response = await get('from=2026-03-01&to=2026-03-10');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json();
    expect(body).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-10',
      tz: 'UTC',
      checkins: 7,
      days_with_checkins: 6,
      streaks: { current: 1, longest: 5 },
    });
    expect(body.daily).toEqual([
      { date: '2026-03-02', average: 3, count: 2 },
      { date: '2026-03-03', average: 5, count: 1 },
      { date: '2026-03-04', average: 1, count: 1 },
      { date: '2026-03-05', average: 4, count: 1 },
      { date: '2026-03-06', average: 2, count: 1 },
      { date: '2026-03-09', average: 3, count: 1 },
    ]);
    expect(body.average).toBe(3);
    expect(body.weekly).toEqual([
      { week_start: '2026-03-02', average: 3, days: 5, count: 6 },
      { week_start: '2026-03-09', average: 3, days: 1, count: 1 },
    ]);
    expect(body.by_weekday[0]).toEqual({ weekday: 1, name: 'monday', average: 3, days: 2 });
    expect(body.by_weekday[6]).toEqual({ weekday: 7, name: 'sunday', average: null, days: 0 });
    expect(body.emotions.slice(0, 2)).toEqual([
      { tag: 'calm', count: 4 },
      { tag: 'tired', count: 2 },
    ]);
    // exercise days: 03-02 (3), 03-03 (5), 03-05 (4) → 4; others: 03-04 (1), 03-06 (2), 03-09 (3) → 2.
    expect(body.activity_effects).toEqual([
      { tag: 'exercise', with_average: 4, with_days: 3, without_average: 2, without_days: 3, difference: 2 },
      { tag: 'work', with_average: 2, with_days: 3, without_average: 4, without_days: 3, difference: -2 },
    ]);
    // social was done on one day only: too few to compare, so it is omitted.
    expect(body.activities).toContainEqual({ tag: 'social', count: 1 });
    expect(response.body).not.toContain('never in insights');
  });

  it('counts days in the requested time zone', async () => {
    // 2026-03-04T23:30Z is already the 5th in Berlin (UTC+1), so the 4th is empty there.
    const body = (await get('from=2026-03-01&to=2026-03-10&tz=Europe/Berlin')).json();
    expect(body.tz).toBe('Europe/Berlin');
    expect(body.daily.find((d: { date: string }) => d.date === '2026-03-05')).toEqual({
      date: '2026-03-05',
      average: 2.5,
      count: 2,
    });
    expect(body.streaks).toEqual({ current: 1, longest: 2 });
  });

  it('answers an empty range with zeros and nulls', async () => {
    const body = (await get('from=2020-01-01&to=2020-01-31')).json();
    expect(body).toMatchObject({
      checkins: 0,
      average: null,
      daily: [],
      streaks: { current: 0, longest: 0 },
    });
  });

  it('defaults to the 30 days up to today in tz', async () => {
    const body = (await get('tz=Asia/Tokyo')).json();
    const today = isoDate(localDay(Date.now() * 1000, 'Asia/Tokyo'));
    expect(body.to).toBe(today);
    expect((Date.parse(body.to) - Date.parse(body.from)) / 86_400_000).toBe(29);
  });

  it('answers 400 for bad dates, time zones and reversed ranges', async () => {
    expect((await get('from=2026-13-01')).json()).toEqual({ from: ['Enter a valid date: YYYY-MM-DD.'] });
    expect((await get('to=2026-03-01T00:00:00Z')).json()).toEqual({
      to: ['Enter a valid date: YYYY-MM-DD.'],
    });
    expect((await get('tz=Not/AZone')).json().tz[0]).toMatch(/Unknown time zone "Not\/AZone"/);
    expect((await get('from=2026-03-10&to=2026-03-01')).json()).toEqual({
      to: ['Must not be before "from".'],
    });
  });
});
