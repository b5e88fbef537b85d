/** posts_count is right on every route that returns a user object, and never reveals anonymous posts. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { authHeaders, createUser, createUserAndLogin, TEST_PASSWORD } from '../../../test/helpers/auth.ts';

describe('posts_count on user objects', () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ app, close } = await createTestApp());
  });
  afterAll(async () => close());

  it('counts all posts for the user themself and only public ones for others', async () => {
    const author = await createUserAndLogin(app, { username: 'writer' });
    for (const anonymous of [false, true]) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/post/',
        headers: author.headers,
        payload: { body: 'A small good thing today.', anonymous },
      });
      expect(res.statusCode).toBe(201);
    }
    const me = await app.inject({ method: 'GET', url: '/api/auth/user/', headers: author.headers });
    expect(me.json().posts_count).toBe(2);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: 'writer', password: TEST_PASSWORD },
    });
    expect(login.json().user.posts_count).toBe(2);
    const other = await authHeaders(app, await createUser(app));
    const seen = await app.inject({
      method: 'GET',
      url: `/api/user/${author.user.public_id}/`,
      headers: other,
    });
    expect(seen.json().posts_count).toBe(1);
    const list = await app.inject({ method: 'GET', url: '/api/user/?limit=100', headers: other });
    const listed = list.json().results.find((u: { id: string }) => u.id === author.user.public_id);
    expect(listed.posts_count).toBe(1);
  });
});
