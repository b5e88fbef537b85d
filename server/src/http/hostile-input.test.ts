/**
 * Hostile strings and numbers, as a class: a NUL character in any text (body, query, path) and a
 * number that is not a plain finite decimal are a clear 4xx that changes nothing, the same on
 * SQLite and PostgreSQL (run with TEST_DIALECT=postgres for the latter).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/helpers/app.ts';
import { createUserMatrix, type UserMatrix } from '../../test/helpers/user-matrix.ts';
import { NUL_MESSAGE } from './input-screen.ts';

const NUL = 'a\u0000b';
const INTEGER_ERROR = 'A valid integer is required.';

describe('hostile strings and numbers', () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;
  let cast: UserMatrix;
  let postId: string;

  beforeAll(async () => {
    ({ app, close } = await createTestApp());
    cast = await createUserMatrix(app);
    const post = await app.inject({
      method: 'POST',
      url: '/api/post/',
      headers: cast.headers.alice,
      payload: { body: 'A post' },
    });
    postId = post.json().id;
  });
  afterAll(() => close());

  async function counts() {
    const db = app.database.db;
    const count = async (table: 'users' | 'posts' | 'comments' | 'journal_checkins') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      users: await count('users'),
      posts: await count('posts'),
      comments: await count('comments'),
      checkins: await count('journal_checkins'),
    };
  }

  const nulBodies: {
    label: string;
    method: 'POST' | 'PATCH';
    url: () => string;
    who: keyof UserMatrix['headers'] | null;
    payload: () => Record<string, unknown>;
    field: string;
  }[] = [
    {
      label: 'login username',
      method: 'POST',
      url: () => '/api/auth/login/',
      who: null,
      payload: () => ({ username: NUL, password: 'x' }),
      field: 'username',
    },
    {
      label: 'login password',
      method: 'POST',
      url: () => '/api/auth/login/',
      who: null,
      payload: () => ({ username: 'alice', password: NUL }),
      field: 'password',
    },
    {
      label: 'register first name',
      method: 'POST',
      url: () => '/api/auth/register/',
      who: null,
      payload: () => ({
        username: 'zed',
        email: 'zed@example.com',
        password: 'a long enough password 1',
        first_name: NUL,
      }),
      field: 'first_name',
    },
    {
      label: 'register bio',
      method: 'POST',
      url: () => '/api/auth/register/',
      who: null,
      payload: () => ({
        username: 'zed',
        email: 'zed@example.com',
        password: 'a long enough password 1',
        bio: NUL,
      }),
      field: 'bio',
    },
    {
      label: 'register e-mail',
      method: 'POST',
      url: () => '/api/auth/register/',
      who: null,
      payload: () => ({
        username: 'zed',
        email: `z${NUL}@example.com`,
        password: 'a long enough password 1',
      }),
      field: 'email',
    },
    {
      label: 'post body',
      method: 'POST',
      url: () => '/api/post/',
      who: 'alice',
      payload: () => ({ body: NUL }),
      field: 'body',
    },
    {
      label: 'post unknown field',
      method: 'POST',
      url: () => '/api/post/',
      who: 'alice',
      payload: () => ({ body: 'fine', author: NUL }),
      field: 'author',
    },
    {
      label: 'comment body',
      method: 'POST',
      url: () => `/api/post/${postId}/comment/`,
      who: 'bob',
      payload: () => ({ body: NUL }),
      field: 'body',
    },
    {
      label: 'profile bio',
      method: 'PATCH',
      url: () => `/api/user/${cast.users.bob.public_id}/`,
      who: 'bob',
      payload: () => ({ bio: NUL }),
      field: 'bio',
    },
    {
      label: 'check-in note',
      method: 'POST',
      url: () => '/api/journal/checkins/',
      who: 'bob',
      payload: () => ({ score: 3, note: NUL }),
      field: 'note',
    },
    {
      label: 'check-in tag in a list',
      method: 'POST',
      url: () => '/api/journal/checkins/',
      who: 'bob',
      payload: () => ({ score: 3, emotions: ['calm', NUL] }),
      field: 'emotions',
    },
  ];

  for (const c of nulBodies) {
    it(`NUL in ${c.label} → 400 field error, nothing changes`, async () => {
      const before = await counts();
      const response = await app.inject({
        method: c.method,
        url: c.url(),
        headers: c.who === null ? {} : cast.headers[c.who],
        payload: c.payload(),
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json()[c.field]).toContain(NUL_MESSAGE);
      expect(await counts()).toEqual(before);
    });
  }

  const nulQueries: { url: string; who: keyof UserMatrix['headers'] | null; field: string }[] = [
    { url: '/api/post/?search=a%00b', who: null, field: 'search' },
    { url: '/api/post/?author__public_id=%00', who: null, field: 'author__public_id' },
    { url: '/api/user/?search=a%00', who: 'alice', field: 'search' },
    { url: '/api/admin/users/?search=a%00', who: 'admin', field: 'search' },
    { url: '/api/admin/content/?search=a%00', who: 'admin', field: 'search' },
    { url: '/api/admin/audit/?user=%00', who: 'admin', field: 'user' },
    { url: '/api/admin/audit/export/?type=%00', who: 'admin', field: 'type' },
    { url: '/api/admin/audit/export/?actor=root%00', who: 'admin', field: 'actor' },
    { url: '/api/moderation/reports/?status=%00', who: 'moderator', field: 'status' },
    { url: '/api/journal/checkins/?from=%00', who: 'bob', field: 'from' },
    { url: '/api/post/?unknown=%00', who: null, field: 'unknown' },
  ];

  for (const c of nulQueries) {
    it(`NUL in query ${c.url} → 400 JSON field error`, async () => {
      const response = await app.inject({ url: c.url, headers: c.who === null ? {} : cast.headers[c.who] });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.json()[c.field]).toContain(NUL_MESSAGE);
    });
  }

  it('NUL in a path parameter is an unknown id: 404', async () => {
    for (const url of [
      '/api/post/%00/',
      `/api/post/${postId}%00/`,
      '/api/user/a%00b/',
      '/api/journal/checkins/%00/',
    ]) {
      const response = await app.inject({ url, headers: cast.headers.bob });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(404);
      expect(response.json()).toEqual({ detail: 'Not found.' });
    }
  });

  const badIntegers = [
    '"Infinity"',
    '"-Infinity"',
    '"1e309"',
    '"-1e309"',
    '"0x3"',
    '" 3 "',
    '"3.0"',
    '"NaN"',
    '1e309',
    '-1e309',
  ];

  for (const raw of badIntegers) {
    it(`check-in score ${raw} → 400, nothing stored`, async () => {
      const before = await counts();
      const response = await app.inject({
        method: 'POST',
        url: '/api/journal/checkins/',
        headers: { ...cast.headers.bob, 'content-type': 'application/json' },
        payload: `{"score": ${raw}}`,
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().score).toContain(INTEGER_ERROR);
      expect(await counts()).toEqual(before);
    });

    it(`post mood ${raw} → 400, nothing stored`, async () => {
      const before = await counts();
      const response = await app.inject({
        method: 'POST',
        url: '/api/post/',
        headers: { ...cast.headers.alice, 'content-type': 'application/json' },
        payload: `{"body": "hello", "mood": ${raw}}`,
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().mood).toContain(INTEGER_ERROR);
      expect(await counts()).toEqual(before);
    });
  }

  for (const days of ['Infinity', '1e309', '-1e309', '0x3', '%203%20', '3.5']) {
    it(`dashboard ?days=${days} → 400`, async () => {
      const response = await app.inject({
        url: `/api/admin/dashboard/?days=${days}`,
        headers: cast.headers.admin,
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json()).toEqual({ days: [INTEGER_ERROR] });
    });
  }

  it('plain decimals still work: "3" as text, 3 as a number, ?days=3, a repeated ?days=', async () => {
    const asText = await app.inject({
      method: 'POST',
      url: '/api/journal/checkins/',
      headers: { ...cast.headers.bob, 'content-type': 'application/json' },
      payload: '{"score": "3"}',
    });
    expect(asText.statusCode, asText.body).toBe(201);
    expect(asText.json().score).toBe(3);
    const days = await app.inject({
      url: '/api/admin/dashboard/?days=90&days=3',
      headers: cast.headers.admin,
    });
    expect(days.statusCode, days.body).toBe(200);
  });
});
