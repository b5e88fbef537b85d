import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { type AuthHeaders, authHeaders, createUser, createUserAndLogin } from '../../../test/helpers/auth.ts';
import { createUserMatrix } from '../../../test/helpers/user-matrix.ts';
import { dashedId } from '../../lib/ids.ts';
import { findUserById, type UserRow } from './users.repository.ts';

let app: FastifyInstance;
let close: () => Promise<void>;
let alice: UserRow;
let bob: UserRow;
let admin: UserRow;
let headers: Awaited<ReturnType<typeof createUserMatrix>>['headers'];

beforeAll(async () => {
  ({ app, close } = await createTestApp());
  const matrix = await createUserMatrix(app);
  ({ alice, bob, admin } = matrix.users);
  headers = matrix.headers;
});

afterAll(async () => {
  await close();
});

const get = (url: string, as?: AuthHeaders) =>
  app.inject({ method: 'GET', url, headers: as ? { ...as } : {} });

interface UserJson {
  id: string;
  username: string;
  email: string | null;
  name: string;
  first_name: string;
  last_name: string;
  bio: string;
  avatar: string;
  role: string;
  is_active: boolean;
  is_staff: boolean;
  is_superuser: boolean;
  created: string;
  updated: string;
}

describe('GET /api/user/', () => {
  it('needs authentication', async () => {
    const response = await get('/api/user/');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ detail: 'Authentication credentials were not provided.' });
    expect(response.headers['www-authenticate']).toBe('Bearer realm="api"');
  });

  it('hides admins from a normal user, newest first, e-mail only for self', async () => {
    const response = await get('/api/user/', headers.alice);
    expect(response.statusCode).toBe(200);
    const body = response.json() as { count: number; next: null; previous: null; results: UserJson[] };
    expect(body.count).toBe(3);
    expect(body.next).toBeNull();
    expect(body.previous).toBeNull();
    expect(body.results.map((u) => u.username)).toEqual(['alice', 'bob', 'mo']);
    expect(body.results.map((u) => u.email)).toEqual(['alice@example.com', null, null]);
    expect(body.results.some((u) => u.id === admin.public_id)).toBe(false);
  });

  it('hides admins from moderators too, who see e-mail addresses as staff', async () => {
    const body = (await get('/api/user/', headers.moderator)).json() as {
      count: number;
      results: UserJson[];
    };
    expect(body.count).toBe(3);
    expect(body.results.map((u) => u.email)).toEqual([
      'alice@example.com',
      'bob@example.com',
      'mo@example.com',
    ]);
  });

  it('shows everyone, with e-mail, to an admin', async () => {
    const body = (await get('/api/user/', headers.admin)).json() as { count: number; results: UserJson[] };
    expect(body.count).toBe(4);
    expect(body.results.map((u) => u.username)).toEqual(['alice', 'bob', 'mo', 'root']);
    expect(body.results.every((u) => u.email !== null)).toBe(true);
    expect(body.results[3]).toMatchObject({ role: 'admin', is_staff: true, is_superuser: true });
  });

  it('paginates with absolute next/previous URLs; invalid limit and offset fall back', async () => {
    const first = (await get('/api/user/?limit=2', headers.admin)).json();
    expect(first.results.map((u: UserJson) => u.username)).toEqual(['alice', 'bob']);
    expect(first.next).toBe('http://localhost/api/user/?limit=2&offset=2');
    expect(first.previous).toBeNull();
    const second = (await get('/api/user/?limit=2&offset=2', headers.admin)).json();
    expect(second.results.map((u: UserJson) => u.username)).toEqual(['mo', 'root']);
    expect(second.next).toBeNull();
    expect(second.previous).toBe('http://localhost/api/user/?limit=2');
    const lenient = await get('/api/user/?limit=abc&offset=-3', headers.admin);
    expect(lenient.statusCode).toBe(200);
    expect(lenient.json().results).toHaveLength(4);
  });

  it('breaks ties in created by id, deterministically', async () => {
    const { app: tieApp, close: closeTie } = await createTestApp();
    try {
      const rows = [await createUser(tieApp), await createUser(tieApp), await createUser(tieApp)];
      await tieApp.database.db.updateTable('users').set({ created: 1_700_000_000_000_000 }).execute();
      const viewer = await authHeaders(tieApp, rows[0] as UserRow);
      const response = await tieApp.inject({ method: 'GET', url: '/api/user/', headers: { ...viewer } });
      const ids = response.json().results.map((u: UserJson) => u.id);
      expect(ids).toEqual([...rows].reverse().map((r) => r.public_id));
    } finally {
      await closeTie();
    }
  });
});

describe('GET /api/user/{id}/', () => {
  it('needs authentication', async () => {
    expect((await get(`/api/user/${bob.public_id}/`)).statusCode).toBe(401);
  });

  it('shows another user without their e-mail address', async () => {
    const response = await get(`/api/user/${bob.public_id}/`, headers.alice);
    expect(response.statusCode).toBe(200);
    const body = response.json() as UserJson;
    expect(body).toMatchObject({
      id: bob.public_id,
      username: 'bob',
      name: 'Bob',
      first_name: 'Bob',
      email: null,
      is_active: true,
      role: 'user',
      is_staff: false,
      is_superuser: false,
    });
    expect(body.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(body).not.toHaveProperty('password');
  });

  it('shows the e-mail address to the user themself, to moderators and to admins', async () => {
    for (const viewer of [headers.bob, headers.moderator, headers.admin]) {
      expect((await get(`/api/user/${bob.public_id}/`, viewer)).json().email).toBe('bob@example.com');
    }
  });

  it('accepts the dashed and upper-case forms of the id', async () => {
    expect((await get(`/api/user/${dashedId(bob.public_id)}/`, headers.alice)).json().id).toBe(bob.public_id);
    expect((await get(`/api/user/${bob.public_id.toUpperCase()}/`, headers.alice)).statusCode).toBe(200);
  });

  it.each(['0'.repeat(32), 'not-an-id', '123', `${'f'.repeat(31)}g`])('answers 404 for %j', async (id) => {
    const response = await get(`/api/user/${id}/`, headers.alice);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ detail: 'Not found.' });
  });

  it('does not reveal an admin to non-admins (404), but does to admins', async () => {
    expect((await get(`/api/user/${admin.public_id}/`, headers.alice)).statusCode).toBe(404);
    expect((await get(`/api/user/${admin.public_id}/`, headers.moderator)).statusCode).toBe(404);
    expect((await get(`/api/user/${admin.public_id}/`, headers.admin)).statusCode).toBe(200);
  });

  it('works with a token from the real login endpoint', async () => {
    const { user, headers: loggedIn } = await createUserAndLogin(app, { username: 'carol' });
    const response = await get(`/api/user/${user.public_id}/`, loggedIn);
    expect(response.statusCode).toBe(200);
    expect(response.json().email).toBe(user.email);
    await app.database.db.deleteFrom('users').where('id', '=', user.id).execute();
  });
});

describe('methods', () => {
  it.each([
    ['POST', '/api/user/'],
    ['PUT', '/api/user/'],
    ['DELETE', '/api/user/'],
    ['PATCH', '/api/user/'],
    ['POST', 'detail'],
    ['PUT', 'detail'],
    ['DELETE', 'detail'],
  ] as const)('%s %s → 401 anonymous, 405 authenticated', async (method, target) => {
    const url = target === 'detail' ? `/api/user/${alice.public_id}/` : target;
    const anonymous = await app.inject({ method, url, payload: {} });
    expect(anonymous.statusCode).toBe(401);
    const authenticated = await app.inject({ method, url, headers: { ...headers.alice }, payload: {} });
    expect(authenticated.statusCode).toBe(405);
    expect(authenticated.json()).toEqual({ detail: `Method "${method}" not allowed.` });
  });

  it('DELETE by the user themself does not delete them', async () => {
    await app.inject({
      method: 'DELETE',
      url: `/api/user/${alice.public_id}/`,
      headers: { ...headers.alice },
    });
    expect(await findUserById(app.database.db, alice.id)).toBeDefined();
  });
});

describe('OpenAPI', () => {
  it('documents the routes, JSON and multipart bodies, with descriptions on every body field', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/schema/' })).json();
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/user/', '/api/user/{id}/']));
    const content = document.paths['/api/user/{id}/'].patch.requestBody.content;
    expect(Object.keys(content)).toEqual(['application/json', 'multipart/form-data']);
    const properties = content['multipart/form-data'].schema.properties;
    expect(Object.keys(properties).sort()).toEqual(['avatar', 'bio', 'first_name', 'last_name', 'username']);
    for (const property of Object.values(properties)) expect(property).toHaveProperty('description');
    expect(properties.avatar.format).toBe('binary');
  });
});
