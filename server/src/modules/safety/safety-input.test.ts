/**
 * Bad input of API.md C2 (blocks, mutes, filters, search): clear 4xx in the contract's shape that
 * changes nothing. Runs on the dialect of TEST_DIALECT (both in CI).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunityApp, type Persona, persona } from '../../../test/helpers/community.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;

describe('safety bad input', () => {
  let t: App;
  let me: Persona;
  let other: Persona;
  let moderator: Persona;
  let admin: Persona;
  beforeAll(async () => {
    t = await createCommunityApp();
    [me, other] = await Promise.all([persona(t.app), persona(t.app)]);
    moderator = await persona(t.app, 'moderator');
    admin = await persona(t.app, 'admin');
  });
  afterAll(async () => t.close());

  const act = (method: 'POST' | 'DELETE', url: string, who: Persona | null = me) =>
    t.app.inject({ method, url, headers: who?.headers ?? {} });

  it('answers 404 for an unknown or malformed user id, for block and mute alike', async () => {
    for (const kind of ['block', 'mute']) {
      for (const id of ['0123456789abcdef0123456789abcdef', 'not-an-id', '42']) {
        for (const method of ['POST', 'DELETE'] as const) {
          const response = await act(method, `/api/user/${id}/${kind}/`);
          expect(response.statusCode).toBe(404);
          expect(response.json()).toEqual({ detail: 'Not found.' });
        }
      }
    }
  });

  it('refuses to block or mute oneself, and to block staff (400), recording nothing', async () => {
    for (const kind of ['block', 'mute']) {
      const self = await act('POST', `/api/user/${me.user.public_id}/${kind}/`);
      expect(self.statusCode).toBe(400);
      expect(self.json().detail).toBe(`You cannot ${kind} yourself.`);
    }
    for (const target of [moderator, admin]) {
      const response = await act('POST', `/api/user/${target.user.public_id}/block/`);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ detail: 'Moderators and admins cannot be blocked.' });
    }
    const blocks = await t.database.db.selectFrom('blocks').selectAll().execute();
    const mutes = await t.database.db.selectFrom('mutes').selectAll().execute();
    expect([...blocks, ...mutes]).toEqual([]);
  });

  it('requires authentication (401) for every safety route', async () => {
    const url = `/api/user/${other.user.public_id}/block/`;
    expect((await act('POST', url, null)).statusCode).toBe(401);
    expect((await act('DELETE', url, null)).statusCode).toBe(401);
    for (const path of ['/api/blocks/', '/api/mutes/', '/api/account/filters/']) {
      expect((await t.app.inject({ url: path })).statusCode).toBe(401);
    }
    const put = await t.app.inject({ method: 'PUT', url: '/api/account/filters/', payload: { words: [] } });
    expect(put.statusCode).toBe(401);
  });

  it('blocks and mutes idempotently (a dashed id works too)', async () => {
    const dashed = other.user.public_id.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
    for (let i = 0; i < 2; i += 1) {
      expect((await act('POST', `/api/user/${dashed}/block/`)).statusCode).toBe(204);
    }
    expect((await t.app.inject({ url: '/api/blocks/', headers: me.headers })).json()).toHaveLength(1);
  });

  const putFilter = (payload: unknown) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/account/filters/',
      headers: me.headers,
      payload: payload as object,
    });
  const getFilter = async () =>
    (await t.app.inject({ url: '/api/account/filters/', headers: me.headers })).json();

  it('answers 400 field errors for too many filter words or a word out of bounds, changing nothing', async () => {
    expect(await getFilter()).toEqual({ words: [], action: 'hide' });
    const saved = await putFilter({ words: ['grief', '  Panic  Attack '], action: 'warn' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ words: ['grief', 'Panic Attack'], action: 'warn' });
    const cases: unknown[] = [
      { words: Array.from({ length: 51 }, (_, i) => `word${i}`) },
      { words: ['x'] },
      { words: [' y '] },
      { words: ['z'.repeat(41)] },
      { words: ['fine', ''] },
    ];
    for (const payload of cases) {
      const response = await putFilter(payload);
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json())).toEqual(['words']);
      expect(response.json().words.length).toBeGreaterThan(0);
    }
    for (const payload of [{ action: 'blur' }, { words: [3] }, { words: [{}] }]) {
      const response = await putFilter(payload);
      expect(response.statusCode).toBe(400);
    }
    expect(await getFilter()).toEqual({ words: ['grief', 'Panic Attack'], action: 'warn' });
    // 50 words of 40 characters is the edge, and allowed.
    const edge = Array.from({ length: 50 }, (_, i) => `${i}`.padStart(40, 'w'));
    expect((await putFilter({ words: edge })).statusCode).toBe(200);
    expect((await getFilter()).words).toHaveLength(50);
  });

  it('answers 400 for a search longer than 200 characters, and never errors on hostile syntax', async () => {
    const long = await t.app.inject({ url: `/api/post/?search=${'a'.repeat(201)}` });
    expect(long.statusCode).toBe(400);
    expect(long.json()).toEqual({ search: ['Ensure this field has no more than 200 characters.'] });
    expect((await t.app.inject({ url: `/api/post/?search=${'a'.repeat(200)}` })).statusCode).toBe(200);
    const hostile = [
      '"',
      '"""',
      '*',
      'a*b*',
      'NEAR(a b, 2)',
      'body:calm',
      'a OR b NOT c AND',
      '-calm +calm',
      '^calm',
      '(((',
      "'; drop table posts; --",
      'calm & !x | y <-> z :*',
      '\\',
      'ö*',
      '{body content_warning}: calm',
    ];
    for (const search of hostile) {
      for (const paging of ['', '&cursor=']) {
        const response = await t.app.inject({
          url: `/api/post/?search=${encodeURIComponent(search)}${paging}`,
          headers: me.headers,
        });
        expect(response.statusCode, search).toBe(200);
      }
    }
  });
});
