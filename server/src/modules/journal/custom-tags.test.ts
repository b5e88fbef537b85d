/**
 * Custom journal tags (API.md C6): `POST /api/journal/tags/` saves one (201), `DELETE
 * /api/journal/tags/{id}/` removes it (204) while check-ins keep the text; owner only, bad input
 * a 400 that saves nothing; exported with the journal and deleted with the account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { type AuthHeaders, authHeaders, createUser } from '../../../test/helpers/auth.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let owner: AuthHeaders;
let other: AuthHeaders;
let moderator: AuthHeaders;
let admin: AuthHeaders;

beforeAll(async () => {
  t = await createTestApp();
  owner = await authHeaders(t.app, await createUser(t.app));
  other = await authHeaders(t.app, await createUser(t.app));
  moderator = await authHeaders(t.app, await createUser(t.app, { role: 'moderator' }));
  admin = await authHeaders(t.app, await createUser(t.app, { role: 'admin' }));
});
afterAll(async () => t.close());

const save = (payload: unknown, h: AuthHeaders | Record<string, never> = owner) =>
  t.app.inject({ method: 'POST', url: '/api/journal/tags/', headers: h, payload: payload as object });
const remove = (id: string, h: AuthHeaders | Record<string, never> = owner) =>
  t.app.inject({ method: 'DELETE', url: `/api/journal/tags/${id}/`, headers: h });
const list = async (h: AuthHeaders = owner) =>
  (await t.app.inject({ method: 'GET', url: '/api/journal/tags/', headers: h })).json();
const countTags = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('journal_tags')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('custom journal tags', () => {
  it('saves a normalised tag (201) that the tag list offers to its owner only', async () => {
    const response = await save({ name: '  Bird   Watching ', kind: 'activity' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      name: 'bird watching',
      kind: 'activity',
      created: expect.any(String),
    });
    const mine = await list();
    expect(mine.activities.custom).toContain('bird watching');
    expect(mine.activities.saved).toEqual([response.json()]);
    expect(mine.emotions.saved).toEqual([]);
    const theirs = await list(other);
    expect(theirs.activities.custom).not.toContain('bird watching');
    expect(theirs.activities.saved).toEqual([]);
  });

  it('refuses bad input, built-in names and duplicates with a 400 that saves nothing', async () => {
    await save({ name: 'wistful', kind: 'emotion' });
    const before = await countTags();
    const cases: [unknown, string][] = [
      [{ name: 'wistful', kind: 'emotion' }, 'name'],
      [{ name: 'Calm', kind: 'emotion' }, 'name'],
      [{ name: '   ', kind: 'emotion' }, 'name'],
      [{ name: 'x'.repeat(40), kind: 'emotion' }, 'name'],
      [{ name: '<b>', kind: 'emotion' }, 'name'],
      [{ name: 'ok', kind: 'feeling' }, 'kind'],
      [{ kind: 'emotion' }, 'name'],
    ];
    for (const [payload, field] of cases) {
      const response = await save(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(Object.keys(response.json())).toEqual([field]);
    }
    expect(await countTags()).toBe(before);
    // The same name as the other kind is a different tag.
    expect((await save({ name: 'wistful', kind: 'activity' })).statusCode).toBe(201);
  });

  it('deletes only the owner’s tag (204); check-ins that used it keep the text', async () => {
    const tag = (await save({ name: 'pottery', kind: 'activity' })).json();
    const checkin = await t.app.inject({
      method: 'POST',
      url: '/api/journal/checkins/',
      headers: owner,
      payload: { score: 4, activities: ['pottery'] },
    });
    expect(checkin.statusCode).toBe(201);
    expect((await remove(tag.id, {})).statusCode).toBe(401);
    for (const h of [other, moderator, admin]) expect((await remove(tag.id, h)).statusCode).toBe(404);
    expect((await remove('not-an-id')).statusCode).toBe(404);
    expect((await remove(tag.id)).statusCode).toBe(204);
    expect((await remove(tag.id)).statusCode).toBe(404);
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/journal/checkins/${checkin.json().id}/`,
      headers: owner,
    });
    expect(read.json().activities).toEqual(['pottery']);
    const after = await list();
    expect(after.activities.saved.map((s: { id: string }) => s.id)).not.toContain(tag.id);
    expect(after.activities.custom).toContain('pottery');
    expect((await save({ name: 'x', kind: 'emotion' }, {})).statusCode).toBe(401);
  });

  it('exports saved tags with the journal', async () => {
    const user = await createUser(t.app);
    const h = await authHeaders(t.app, user);
    await save({ name: 'tender', kind: 'emotion' }, h);
    const exported = (await t.app.inject({ method: 'GET', url: '/api/account/export/', headers: h })).json();
    expect(exported.journal.tags).toEqual([expect.objectContaining({ name: 'tender', kind: 'emotion' })]);
  });
});
