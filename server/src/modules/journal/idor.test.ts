/**
 * The privacy matrix: user B never reads, changes, deletes, finds or infers anything of user A's
 * check-ins and entries — every such request is a 404 (never a 403), and A's data stays intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { type AuthHeaders, authHeaders, createUser } from '../../../test/helpers/auth.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let alice: AuthHeaders;
let bob: AuthHeaders;
let aliceCheckin: string;
let aliceEntry: string;
const SECRET = 'alice-secret-marker';

beforeAll(async () => {
  t = await createTestApp();
  alice = await authHeaders(t.app, await createUser(t.app));
  bob = await authHeaders(t.app, await createUser(t.app));
  aliceCheckin = (
    await t.app.inject({
      method: 'POST',
      url: '/api/journal/checkins/',
      headers: alice,
      payload: { score: 1, emotions: ['alicefeeling'], activities: ['aliceactivity'], note: SECRET },
    })
  ).json().id;
  aliceEntry = (
    await t.app.inject({
      method: 'POST',
      url: '/api/journal/entries/',
      headers: alice,
      payload: { title: SECRET, body: SECRET, checkin: aliceCheckin },
    })
  ).json().id;
});
afterAll(async () => {
  await t.close();
});

describe('IDOR matrix', () => {
  const cases = () =>
    [
      ['GET', `/api/journal/checkins/${aliceCheckin}/`, undefined],
      ['PUT', `/api/journal/checkins/${aliceCheckin}/`, { score: 5 }],
      ['PATCH', `/api/journal/checkins/${aliceCheckin}/`, { note: 'bob was here' }],
      ['DELETE', `/api/journal/checkins/${aliceCheckin}/`, undefined],
      ['GET', `/api/journal/entries/${aliceEntry}/`, undefined],
      ['PUT', `/api/journal/entries/${aliceEntry}/`, { body: 'bob was here' }],
      ['PATCH', `/api/journal/entries/${aliceEntry}/`, { body: 'bob was here' }],
      ['DELETE', `/api/journal/entries/${aliceEntry}/`, undefined],
    ] as const;

  it('answers 404 (never 403) to another user on every read, update and delete', async () => {
    for (const [method, url, payload] of cases()) {
      const response = await t.app.inject({ method, url, headers: bob, payload });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json()).toEqual({ detail: 'Not found.' });
    }
  });

  it('leaves the owner’s data untouched afterwards', async () => {
    const checkin = (
      await t.app.inject({ method: 'GET', url: `/api/journal/checkins/${aliceCheckin}/`, headers: alice })
    ).json();
    expect(checkin).toMatchObject({ score: 1, note: SECRET });
    const entry = (
      await t.app.inject({ method: 'GET', url: `/api/journal/entries/${aliceEntry}/`, headers: alice })
    ).json();
    expect(entry).toMatchObject({ title: SECRET, body: SECRET, checkin: aliceCheckin });
  });

  it('never shows the owner’s data in the other user’s lists, search, tags, insights or export', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/journal/checkins/',
      headers: bob,
      payload: { score: 4 },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/journal/entries/',
      headers: bob,
      payload: { body: 'bob' },
    });
    const urls = [
      '/api/journal/checkins/',
      '/api/journal/entries/',
      `/api/journal/entries/?search=${SECRET}`,
      '/api/journal/tags/',
      '/api/journal/insights/',
      '/api/account/export/',
      '/api/account/export/checkins/',
    ];
    for (const url of urls) {
      const response = await t.app.inject({ method: 'GET', url, headers: bob });
      expect(response.statusCode, url).toBe(200);
      for (const marker of [SECRET, aliceCheckin, aliceEntry, 'alicefeeling', 'aliceactivity']) {
        expect(response.body, `${url} leaks ${marker}`).not.toContain(marker);
      }
    }
    const lists = await t.app.inject({ method: 'GET', url: '/api/journal/checkins/', headers: bob });
    expect(lists.json().count).toBe(1);
    const insights = (
      await t.app.inject({ method: 'GET', url: '/api/journal/insights/', headers: bob })
    ).json();
    expect(insights.checkins).toBe(1);
  });

  it('does not let another user link an entry to the owner’s check-in (same answer as unknown)', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/journal/entries/',
      headers: bob,
      payload: { body: 'x', checkin: aliceCheckin },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ checkin: [`Invalid pk "${aliceCheckin}" - object does not exist.`] });
  });
});
