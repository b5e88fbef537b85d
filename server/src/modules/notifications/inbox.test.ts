/**
 * The recipient's routes of API.md C1: the cursor list (newest first, `?unread=true`), the
 * unread count, read / read-all / delete, another user's notification → 404, bad input → 4xx
 * that changes nothing; and the preferences (defaults, any subset, unknown type → 400, the
 * new-login e-mail cannot be turned off).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createCommunityApp,
  makeComment,
  makePost,
  type Persona,
  persona,
} from '../../../test/helpers/community.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;

async function get(app: FastifyInstance, as: Persona, url: string) {
  const response = await app.inject({ method: 'GET', url, headers: as.headers });
  expect(response.statusCode).toBe(200);
  return response.json();
}

describe('notification inbox', () => {
  let t: App;
  let alice: Persona;
  let bob: Persona;
  let ids: string[];
  const call = (as: Persona, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: as.headers, ...(payload === undefined ? {} : { payload }) });
  const count = async (as: Persona) => (await get(t.app, as, '/api/notifications/unread-count/')).count;

  beforeAll(async () => {
    t = await createCommunityApp();
    [alice, bob] = await Promise.all([persona(t.app), persona(t.app)]);
  });
  afterAll(async () => t.close());
  beforeEach(async () => {
    await t.database.db.deleteFrom('notifications').execute();
    const post = await makePost(t.app, alice);
    for (let i = 0; i < 3; i += 1) await makeComment(t.app, bob, post.id, { body: `comment ${i}` });
    ids = (await get(t.app, alice, '/api/notifications/')).results.map((n: { id: string }) => n.id);
  });

  it('lists newest first in cursor pages that meet without gaps or repeats', async () => {
    expect(ids).toHaveLength(3);
    const first = await get(t.app, alice, '/api/notifications/?limit=2');
    expect(first.results.map((n: { id: string }) => n.id)).toEqual(ids.slice(0, 2));
    expect(first.previous).toBeNull();
    expect(first.next).toMatch(/^http:\/\/[^/]+\/api\/notifications\/\?limit=2&cursor=/);
    const second = await get(t.app, alice, new URL(first.next).pathname + new URL(first.next).search);
    expect(second.results.map((n: { id: string }) => n.id)).toEqual(ids.slice(2));
    expect(second.next).toBeNull();
    const back = await get(t.app, alice, new URL(second.previous).pathname + new URL(second.previous).search);
    expect(back.results.map((n: { id: string }) => n.id)).toEqual(ids.slice(0, 2));
    const created = (await get(t.app, alice, '/api/notifications/')).results.map(
      (n: { created: string }) => n.created,
    );
    expect([...created].sort().reverse()).toEqual(created);
  });

  it('counts unread, reads one, filters ?unread=true, reads all', async () => {
    expect(await count(alice)).toBe(3);
    expect((await call(alice, 'POST', `/api/notifications/${ids[1]}/read/`)).statusCode).toBe(204);
    expect(await count(alice)).toBe(2);
    const unread = await get(t.app, alice, '/api/notifications/?unread=true');
    expect(unread.results.map((n: { id: string }) => n.id)).toEqual([ids[0], ids[2]]);
    const all = await get(t.app, alice, '/api/notifications/');
    expect(all.results.map((n: { read: boolean }) => n.read)).toEqual([false, true, false]);
    expect((await call(alice, 'POST', '/api/notifications/read-all/')).statusCode).toBe(204);
    expect(await count(alice)).toBe(0);
    expect((await get(t.app, alice, '/api/notifications/?unread=true')).results).toEqual([]);
  });

  it('deletes one', async () => {
    expect((await call(alice, 'DELETE', `/api/notifications/${ids[0]}/`)).statusCode).toBe(204);
    expect((await get(t.app, alice, '/api/notifications/')).results.map((n: { id: string }) => n.id)).toEqual(
      ids.slice(1),
    );
    expect((await call(alice, 'DELETE', `/api/notifications/${ids[0]}/`)).statusCode).toBe(404);
  });

  it("another user's notification is a 404 for read and delete, and stays as it was", async () => {
    for (const [method, url] of [
      ['POST', `/api/notifications/${ids[0]}/read/`],
      ['DELETE', `/api/notifications/${ids[0]}/`],
    ] as const) {
      const response = await call(bob, method, url);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ detail: expect.any(String) });
    }
    expect(await count(alice)).toBe(3);
    expect((await call(bob, 'POST', '/api/notifications/read-all/')).statusCode).toBe(204);
    expect(await count(alice)).toBe(3);
  });

  it('bad input: malformed id → 404, bad cursor or ?unread → 400, no token → 401; nothing changes', async () => {
    expect((await call(alice, 'POST', '/api/notifications/not-an-id/read/')).statusCode).toBe(404);
    expect((await call(alice, 'DELETE', '/api/notifications/zz/')).statusCode).toBe(404);
    const cursor = await call(alice, 'GET', '/api/notifications/?cursor=garbage');
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json()).toEqual({ detail: 'Invalid cursor' });
    expect((await call(alice, 'GET', '/api/notifications/?unread=maybe')).statusCode).toBe(400);
    for (const url of [
      '/api/notifications/',
      '/api/notifications/unread-count/',
      '/api/notifications/preferences/',
    ]) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
    expect((await t.app.inject({ method: 'POST', url: '/api/notifications/read-all/' })).statusCode).toBe(
      401,
    );
    expect(await count(alice)).toBe(3);
  });
});

describe('notification preferences', () => {
  let t: App;
  let alice: Persona;
  const put = (payload: object) =>
    t.app.inject({ method: 'PUT', url: '/api/notifications/preferences/', headers: alice.headers, payload });
  const current = async () => get(t.app, alice, '/api/notifications/preferences/');

  beforeAll(async () => {
    t = await createCommunityApp();
    alice = await persona(t.app);
  });
  afterAll(async () => t.close());

  it('defaults: every type in the app, e-mail only for new sign-ins, no digest', async () => {
    const prefs = await current();
    expect(prefs.email_digest).toBe('off');
    expect(Object.keys(prefs.types)).toHaveLength(10);
    expect(prefs.types['post.commented']).toEqual({ in_app: true, email: false });
    expect(prefs.types['security.new_login']).toEqual({ in_app: true, email: true });
  });

  it('takes any subset and keeps the rest', async () => {
    const first = await put({ types: { mention: { email: true } } });
    expect(first.statusCode).toBe(200);
    const second = await put({ email_digest: 'weekly', types: { mention: { in_app: false } } });
    expect(second.json().types.mention).toEqual({ in_app: false, email: true });
    expect(await current()).toMatchObject({
      email_digest: 'weekly',
      types: { mention: { in_app: false, email: true } },
    });
  });

  it('unknown type, bad digest or bad field value → 400 and nothing changes', async () => {
    const before = await current();
    const unknown = await put({ types: { 'post.exploded': { in_app: false }, mention: { in_app: true } } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toEqual({ types: ['Unknown notification type: post.exploded.'] });
    expect((await put({ email_digest: 'hourly' })).statusCode).toBe(400);
    expect((await put({ types: { mention: { in_app: 'yes please' } } })).statusCode).toBe(400);
    expect(await current()).toEqual(before);
  });

  it('the e-mail about a new sign-in cannot be turned off (400); its in-app notice can', async () => {
    const refused = await put({
      types: { 'security.new_login': { email: false }, mention: { email: false } },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toEqual({ types: ['E-mail about a new sign-in cannot be turned off.'] });
    expect((await current()).types.mention.email).toBe(true);
    const inApp = await put({ types: { 'security.new_login': { in_app: false } } });
    expect(inApp.json().types['security.new_login']).toEqual({ in_app: false, email: true });
  });
});
