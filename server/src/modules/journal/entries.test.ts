import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { type AuthHeaders, authHeaders, createUser } from '../../../test/helpers/auth.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let headers: AuthHeaders;

beforeAll(async () => {
  t = await createTestApp();
  headers = await authHeaders(t.app, await createUser(t.app));
});
afterAll(async () => {
  await t.close();
});

const url = '/api/journal/entries/';
const post = (payload: Record<string, unknown>, h: AuthHeaders = headers) =>
  t.app.inject({ method: 'POST', url, headers: h, payload });

describe('journal entries', () => {
  it('creates, reads, updates and deletes an entry', async () => {
    const created = await post({ title: '  Sunday  ', body: 'Slept well.\nCalled my sister.' });
    expect(created.statusCode).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const entry = created.json();
    expect(entry).toMatchObject({ title: 'Sunday', body: 'Slept well.\nCalled my sister.', checkin: null });
    expect((await t.app.inject({ method: 'GET', url: `${url}${entry.id}/`, headers })).json()).toEqual(entry);

    const patched = await t.app.inject({
      method: 'PATCH',
      url: `${url}${entry.id}/`,
      headers,
      payload: { title: '' },
    });
    expect(patched.json()).toMatchObject({ title: null, body: entry.body });
    const put = await t.app.inject({
      method: 'PUT',
      url: `${url}${entry.id}/`,
      headers,
      payload: { title: 'x' },
    });
    expect(put.json()).toEqual({ body: ['This field is required.'] });

    expect((await t.app.inject({ method: 'DELETE', url: `${url}${entry.id}/`, headers })).statusCode).toBe(
      204,
    );
    expect((await t.app.inject({ method: 'GET', url: `${url}${entry.id}/`, headers })).statusCode).toBe(404);
  });

  it('answers 400 for a missing, blank or too long body and a too long title', async () => {
    expect((await post({})).json()).toEqual({ body: ['This field is required.'] });
    expect((await post({ body: '   ' })).json()).toEqual({ body: ['This field may not be blank.'] });
    expect((await post({ body: 'x'.repeat(50_001) })).json()).toEqual({
      body: ['Ensure this field has no more than 50000 characters.'],
    });
    expect((await post({ body: 'x'.repeat(50_000) })).statusCode).toBe(201);
    expect((await post({ body: 'ok', title: 'x'.repeat(201) })).json()).toEqual({
      title: ['Ensure this field has no more than 200 characters.'],
    });
  });

  it('links to one of the caller’s own check-ins, unlinks, and survives the check-in’s deletion', async () => {
    const checkin = (
      await t.app.inject({ method: 'POST', url: '/api/journal/checkins/', headers, payload: { score: 3 } })
    ).json();
    const entry = (await post({ body: 'about that', checkin: checkin.id })).json();
    expect(entry.checkin).toBe(checkin.id);
    const unlinked = await t.app.inject({
      method: 'PATCH',
      url: `${url}${entry.id}/`,
      headers,
      payload: { checkin: null },
    });
    expect(unlinked.json().checkin).toBeNull();
    await t.app.inject({
      method: 'PATCH',
      url: `${url}${entry.id}/`,
      headers,
      payload: { checkin: checkin.id },
    });
    await t.app.inject({ method: 'DELETE', url: `/api/journal/checkins/${checkin.id}/`, headers });
    const after = (await t.app.inject({ method: 'GET', url: `${url}${entry.id}/`, headers })).json();
    expect(after).toMatchObject({ body: 'about that', checkin: null });
  });

  it('refuses links to unknown or malformed check-ins', async () => {
    expect((await post({ body: 'x', checkin: 'nope' })).json()).toEqual({
      checkin: ['Must be a valid UUID.'],
    });
    const unknown = '0123456789abcdef0123456789abcdef';
    expect((await post({ body: 'x', checkin: unknown })).json()).toEqual({
      checkin: [`Invalid pk "${unknown}" - object does not exist.`],
    });
  });

  it('searches title and body case-insensitively, paginating the matches', async () => {
    const h = await authHeaders(t.app, await createUser(t.app));
    await post({ title: 'Morning', body: 'Coffee and a RIVER walk' }, h);
    await post({ title: 'River thoughts', body: 'quiet' }, h);
    await post({ body: 'Nothing to see' }, h);
    const search = async (q: string, extra = '') =>
      (
        await t.app.inject({
          method: 'GET',
          url: `${url}?search=${encodeURIComponent(q)}${extra}`,
          headers: h,
        })
      ).json();
    const all = await search('river');
    expect(all.count).toBe(2);
    expect(all.results.map((e: { title: string | null }) => e.title)).toEqual(['River thoughts', 'Morning']);
    const page = await search('river', '&limit=1&offset=1');
    expect(page.count).toBe(2);
    expect(page.results.map((e: { title: string | null }) => e.title)).toEqual(['Morning']);
    expect(page.previous).not.toBeNull();
    expect((await search('nothing here')).count).toBe(0);
    expect((await search('')).count).toBe(3);
  });

  it('lists newest first', async () => {
    const h = await authHeaders(t.app, await createUser(t.app));
    for (const body of ['one', 'two', 'three']) await post({ body }, h);
    const page = (await t.app.inject({ method: 'GET', url, headers: h })).json();
    expect(page.count).toBe(3);
    expect(page.results.map((e: { body: string }) => e.body)).toEqual(['three', 'two', 'one']);
  });
});
