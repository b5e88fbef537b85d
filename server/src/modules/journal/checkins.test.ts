import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { type AuthHeaders, authHeaders, createUser } from '../../../test/helpers/auth.ts';
import { DEFAULT_CRISIS_RESOURCES, SUPPORT_MESSAGE } from '../../lib/crisis-resources.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let headers: AuthHeaders;

beforeAll(async () => {
  t = await createTestApp();
  headers = await authHeaders(t.app, await createUser(t.app));
});
afterAll(async () => {
  await t.close();
});

const url = '/api/journal/checkins/';

async function post(payload: Record<string, unknown>, h: AuthHeaders = headers) {
  return t.app.inject({ method: 'POST', url, headers: h, payload });
}

describe('check-ins', () => {
  it('creates a check-in with normalised tags and a note, and reads it back', async () => {
    const response = await post({
      score: 4,
      emotions: ['Calm', ' grateful ', 'calm', 'Garden  Time'],
      activities: ['exercise'],
      note: '  A walk by the river.  ',
      occurred_at: '2026-03-01T08:30:00.123456Z',
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json();
    expect(body).toMatchObject({
      score: 4,
      emotions: ['calm', 'grateful', 'garden time'],
      activities: ['exercise'],
      note: 'A walk by the river.',
      occurred_at: '2026-03-01T08:30:00.123456Z',
    });
    expect(body.id).toMatch(/^[0-9a-f]{32}$/);
    expect(body.support).toBeUndefined();
    const again = await t.app.inject({ method: 'GET', url: `${url}${body.id}/`, headers });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(body);
  });

  it('defaults occurred_at to now and note to null', async () => {
    const before = Date.now();
    const body = (await post({ score: 3 })).json();
    expect(body.note).toBeNull();
    expect(body.emotions).toEqual([]);
    expect(Date.parse(body.occurred_at)).toBeGreaterThanOrEqual(before - 1);
  });

  it('answers 400 field errors for bad input, all at once', async () => {
    const response = await post({
      score: 6,
      emotions: ['=cmd|'],
      note: 'x'.repeat(5001),
      occurred_at: 'yesterday',
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.score).toEqual(['Ensure this value is less than or equal to 5.']);
    expect(body.note).toEqual(['Ensure this field has no more than 5000 characters.']);
    expect(body.occurred_at?.[0]).toMatch(/Datetime has wrong format/);
    expect((await post({})).json()).toEqual({ score: ['This field is required.'] });
    expect((await post({ score: 0 })).json().score).toEqual([
      'Ensure this value is greater than or equal to 1.',
    ]);
    expect((await post({ score: 2, emotions: ['=cmd|'] })).json().emotions[0]).toMatch(/not a valid tag/);
    expect((await post({ score: 2, activities: ['   '] })).json()).toEqual({
      activities: ['Tags may not be blank.'],
    });
    expect((await post({ score: 2, emotions: ['x'.repeat(33)] })).json().emotions).toEqual([
      'Ensure each tag has no more than 32 characters.',
    ]);
    expect(
      (await post({ score: 2, emotions: Array.from({ length: 17 }, (_, i) => `t${i}`) })).statusCode,
    ).toBe(400);
  });

  it('accepts back-dated check-ins but not future ones beyond a small skew', async () => {
    expect((await post({ score: 2, occurred_at: '2019-05-05T10:00:00+02:00' })).statusCode).toBe(201);
    const soon = new Date(Date.now() + 60_000).toISOString();
    expect((await post({ score: 2, occurred_at: soon })).statusCode).toBe(201);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await post({ score: 2, occurred_at: future })).json()).toEqual({
      occurred_at: ['This may not be in the future.'],
    });
    expect((await post({ score: 2, occurred_at: '1899-12-31T00:00:00Z' })).statusCode).toBe(400);
  });

  it('updates with PATCH (partial) and PUT (score required), keeping unspecified fields', async () => {
    const created = (await post({ score: 2, emotions: ['sad'], note: 'first' })).json();
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `${url}${created.id}/`,
      headers,
      payload: { note: 'second', id: 'ffffffffffffffffffffffffffffffff' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ id: created.id, score: 2, emotions: ['sad'], note: 'second' });
    const put = await t.app.inject({
      method: 'PUT',
      url: `${url}${created.id}/`,
      headers,
      payload: { note: null },
    });
    expect(put.json()).toEqual({ score: ['This field is required.'] });
    const cleared = await t.app.inject({
      method: 'PUT',
      url: `${url}${created.id}/`,
      headers,
      payload: { score: 5, note: '' },
    });
    expect(cleared.json()).toMatchObject({ score: 5, note: null, emotions: ['sad'] });
  });

  it('deletes, then answers 404', async () => {
    const created = (await post({ score: 3 })).json();
    const del = await t.app.inject({ method: 'DELETE', url: `${url}${created.id}/`, headers });
    expect(del.statusCode).toBe(204);
    for (const method of ['GET', 'DELETE', 'PATCH'] as const) {
      const r = await t.app.inject({ method, url: `${url}${created.id}/`, headers, payload: {} });
      expect(r.statusCode).toBe(404);
      expect(r.json()).toEqual({ detail: 'Not found.' });
    }
  });

  it('answers 404 for malformed ids and accepts the dashed form', async () => {
    const created = (await post({ score: 3 })).json();
    const dashed = `${created.id.slice(0, 8)}-${created.id.slice(8, 12)}-${created.id.slice(12, 16)}-${created.id.slice(16, 20)}-${created.id.slice(20)}`;
    expect((await t.app.inject({ method: 'GET', url: `${url}${dashed}/`, headers })).statusCode).toBe(200);
    for (const bad of ['nope', '123', `${created.id}0`]) {
      const r = await t.app.inject({ method: 'GET', url: `${url}${bad}/`, headers });
      expect(r.statusCode).toBe(404);
    }
  });

  it('answers 405 for other methods, after authentication', async () => {
    const id = '0123456789abcdef0123456789abcdef';
    const authed = await t.app.inject({ method: 'POST', url: `${url}${id}/`, headers, payload: {} });
    expect(authed.statusCode).toBe(405);
    expect(authed.json()).toEqual({ detail: 'Method "POST" not allowed.' });
    expect((await t.app.inject({ method: 'POST', url: `${url}${id}/`, payload: {} })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'DELETE', url, headers })).statusCode).toBe(405);
  });

  it('needs authentication on every route', async () => {
    for (const [method, path] of [
      ['GET', url],
      ['POST', url],
      ['GET', `${url}0123456789abcdef0123456789abcdef/`],
      ['DELETE', `${url}0123456789abcdef0123456789abcdef/`],
      ['GET', '/api/journal/tags/'],
      ['GET', '/api/journal/insights/'],
    ] as const) {
      const r = await t.app.inject({
        method,
        url: path,
        payload: method === 'POST' ? { score: 3 } : undefined,
      });
      expect(r.statusCode).toBe(401);
    }
  });
});

describe('listing', () => {
  let h: AuthHeaders;
  beforeAll(async () => {
    h = await authHeaders(t.app, await createUser(t.app));
    for (const [score, at] of [
      [1, '2026-01-10T12:00:00Z'],
      [2, '2026-01-11T23:30:00Z'],
      [3, '2026-01-12T00:30:00Z'],
      [4, '2026-01-13T12:00:00Z'],
      [5, '2026-01-09T12:00:00Z'],
    ] as const) {
      expect((await post({ score, occurred_at: at }, h)).statusCode).toBe(201);
    }
  });

  it('lists newest occurred_at first (back-dated ones in place), paginated', async () => {
    const page = (await t.app.inject({ method: 'GET', url: `${url}?limit=2`, headers: h })).json();
    expect(page.count).toBe(5);
    expect(page.results.map((c: { score: number }) => c.score)).toEqual([4, 3]);
    expect(page.next).toMatch(/limit=2&offset=2$/);
    expect(page.previous).toBeNull();
    const last = (await t.app.inject({ method: 'GET', url: `${url}?limit=2&offset=4`, headers: h })).json();
    expect(last.results.map((c: { score: number }) => c.score)).toEqual([5]);
    expect(last.next).toBeNull();
    expect(last.results[0].support).toBeUndefined();
  });

  it('filters by from/to dates, in UTC or the given time zone, and by instants', async () => {
    const scores = async (query: string) =>
      (await t.app.inject({ method: 'GET', url: `${url}?${query}`, headers: h }))
        .json()
        .results.map((c: { score: number }) => c.score);
    expect(await scores('from=2026-01-11&to=2026-01-12')).toEqual([3, 2]);
    // In New York (UTC−5) 2026-01-11T23:30Z and 2026-01-12T00:30Z are both on the 11th.
    expect(await scores('from=2026-01-11&to=2026-01-11&tz=America/New_York')).toEqual([3, 2]);
    expect(await scores('from=2026-01-12T00:00:00Z')).toEqual([4, 3]);
    expect(await scores('to=2026-01-09T12:00:00Z')).toEqual([5]);
  });

  it('answers 400 for bad range parameters', async () => {
    const get = async (query: string) => t.app.inject({ method: 'GET', url: `${url}?${query}`, headers: h });
    expect((await get('from=yesterday')).json().from[0]).toMatch(/Enter a date/);
    expect((await get('from=2026-02-30')).statusCode).toBe(400);
    expect((await get('tz=Mars/Olympus')).json().tz[0]).toMatch(/Unknown time zone/);
    expect((await get('from=2026-01-12&to=2026-01-11')).json()).toEqual({
      to: ['Must not be before "from".'],
    });
  });

  it('lists built-in tags and the user’s own custom tags', async () => {
    await post({ score: 3, emotions: ['calm', 'Wistful'], activities: ['Pottery', 'work'] }, h);
    const body = (await t.app.inject({ method: 'GET', url: '/api/journal/tags/', headers: h })).json();
    expect(body.emotions.built_in).toContain('anxious');
    expect(body.emotions.custom).toEqual(['wistful']);
    expect(body.activities.custom).toEqual(['pottery']);
  });
});

describe('crisis signposting', () => {
  it('adds a support block to a score-1 check-in’s responses, never blocking it', async () => {
    const created = await post({ score: 1, note: 'everything is too much' });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.support.message).toBe(SUPPORT_MESSAGE);
    expect(body.support.resources).toEqual(DEFAULT_CRISIS_RESOURCES);
    const read = (await t.app.inject({ method: 'GET', url: `${url}${body.id}/`, headers })).json();
    expect(read.support).toEqual(body.support);
    const better = await t.app.inject({
      method: 'PATCH',
      url: `${url}${body.id}/`,
      headers,
      payload: { score: 2 },
    });
    expect(better.json().support).toBeUndefined();
  });
});
