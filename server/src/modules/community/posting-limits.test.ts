/**
 * Posting limits for new accounts (issue 17): in their first hours members may create only so many
 * posts and comments an hour (links count double), answered with a kind 429 and `Retry-After`;
 * older accounts and staff are not limited; nothing is created by a refused request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunityApp, makePost, type Persona, persona } from '../../../test/helpers/community.ts';
import { nowMicros } from '../../lib/time.ts';
import { weightOf } from './posting-limits.service.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;

describe('posting limits for new accounts', () => {
  let t: App;
  const post = (as: Persona, body: string) =>
    t.app.inject({ method: 'POST', url: '/api/post/', headers: as.headers, payload: { body } });
  const comment = (as: Persona, postId: string, body: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/post/${postId}/comment/`,
      headers: as.headers,
      payload: { body },
    });
  const postsOf = async (as: Persona) =>
    (await t.database.db.selectFrom('posts').select('id').where('author_id', '=', as.user.id).execute())
      .length;

  beforeAll(async () => {
    t = await createCommunityApp({
      NEW_ACCOUNT_HOURS: '24',
      NEW_ACCOUNT_POSTS_PER_HOUR: '3',
      NEW_ACCOUNT_COMMENTS_PER_HOUR: '2',
    });
  });
  afterAll(async () => t.close());

  it('a new account may post 3 times in an hour; the 4th gets a kind 429 with Retry-After and creates nothing', async () => {
    const newcomer = await persona(t.app);
    for (const n of [1, 2, 3]) expect((await post(newcomer, `Hello number ${n}`)).statusCode).toBe(201);
    const refused = await post(newcomer, 'One more');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual({
      detail: expect.stringContaining('new members can share up to 3 posts an hour'),
    });
    expect(refused.json().detail).toMatch(/You can post again in about (59|60) minutes\. Thank you/);
    const retry = Number(refused.headers['retry-after']);
    expect(retry).toBeGreaterThan(3500);
    expect(retry).toBeLessThanOrEqual(3600);
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
    expect(await postsOf(newcomer)).toBe(3);
  });

  it('a post with a link counts double', async () => {
    const newcomer = await persona(t.app);
    expect((await post(newcomer, 'Found this helpful: https://example.org/breathing')).statusCode).toBe(201);
    expect((await post(newcomer, 'And a plain one')).statusCode).toBe(201);
    expect((await post(newcomer, 'www.example.org has more')).statusCode).toBe(429);
    expect((await post(newcomer, 'Too many')).statusCode).toBe(429);
    expect(await postsOf(newcomer)).toBe(2);
    expect(weightOf('see HTTPS://x.org')).toBe(2);
    expect(weightOf('no link, just www')).toBe(1);
  });

  it('comments have their own limit', async () => {
    const author = await persona(t.app);
    const target = await makePost(t.app, author);
    const newcomer = await persona(t.app);
    expect((await comment(newcomer, target.id, 'Thinking of you')).statusCode).toBe(201);
    expect((await comment(newcomer, target.id, 'Sending care')).statusCode).toBe(201);
    const refused = await comment(newcomer, target.id, 'And more');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().detail).toContain('up to 2 comments an hour');
    expect((await post(newcomer, 'Posting still works')).statusCode).toBe(201);
  });

  it('writes older than an hour no longer count', async () => {
    const newcomer = await persona(t.app);
    for (const n of [1, 2, 3]) expect((await post(newcomer, `Earlier ${n}`)).statusCode).toBe(201);
    await t.database.db
      .updateTable('posts')
      .set({ created: nowMicros() - 3_601_000_000 })
      .where('author_id', '=', newcomer.user.id)
      .execute();
    expect((await post(newcomer, 'A new hour')).statusCode).toBe(201);
  });

  it('accounts older than the first day, moderators and admins are never limited', async () => {
    const settled = await persona(t.app);
    await t.database.db
      .updateTable('users')
      .set({ created: nowMicros() - 25 * 3_600_000_000 })
      .where('id', '=', settled.user.id)
      .execute();
    const mod = await persona(t.app, 'moderator');
    const admin = await persona(t.app, 'admin');
    for (const who of [settled, mod, admin])
      for (const n of [1, 2, 3, 4, 5]) expect((await post(who, `Note ${n}`)).statusCode).toBe(201);
  });

  it('the limit ends with the first day: Retry-After is never later than that', async () => {
    const almost = await persona(t.app);
    await t.database.db
      .updateTable('users')
      .set({ created: nowMicros() - 24 * 3_600_000_000 + 600_000_000 })
      .where('id', '=', almost.user.id)
      .execute();
    for (const n of [1, 2, 3]) expect((await post(almost, `Hi ${n}`)).statusCode).toBe(201);
    const refused = await post(almost, 'Again');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(600);
  });
});
