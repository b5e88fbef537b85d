import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import type { AuthHeaders } from '../../../test/helpers/auth.ts';
import { createUserMatrix } from '../../../test/helpers/user-matrix.ts';
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
const patch = (id: string, payload: unknown, as?: AuthHeaders) =>
  app.inject({
    method: 'PATCH',
    url: `/api/user/${id}/`,
    headers: as ? { ...as } : {},
    payload: payload as object,
  });

describe('PATCH /api/user/{id}/ permissions', () => {
  it('anonymous → 401', async () => {
    expect((await patch(alice.public_id, { bio: 'x' })).statusCode).toBe(401);
  });

  it.each(['bob', 'moderator', 'admin'] as const)('%s editing alice → 403, nothing changes', async (who) => {
    const response = await patch(alice.public_id, { bio: `written by ${who}` }, headers[who]);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ detail: 'You do not have permission to perform this action.' });
    expect((await findUserById(app.database.db, alice.id))?.bio).toBe('');
  });

  it('unknown or malformed id → 404', async () => {
    expect((await patch('0'.repeat(32), { bio: 'x' }, headers.alice)).statusCode).toBe(404);
    expect((await patch('nope', { bio: 'x' }, headers.alice)).statusCode).toBe(404);
  });

  it('self → 200, persisted, name derived', async () => {
    const response = await patch(
      alice.public_id,
      { first_name: ' Alice ', last_name: 'Liddell', bio: 'Curious.' },
      headers.alice,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      first_name: 'Alice',
      last_name: 'Liddell',
      name: 'Alice Liddell',
      bio: 'Curious.',
      email: 'alice@example.com',
    });
    const again = (await get(`/api/user/${alice.public_id}/`, headers.bob)).json();
    expect(again).toMatchObject({ name: 'Alice Liddell', bio: 'Curious.' });
    expect(Date.parse(again.updated)).toBeGreaterThanOrEqual(Date.parse(again.created));
  });

  it('"" and null clear the optional text fields; the name falls back to the username', async () => {
    const response = await patch(
      alice.public_id,
      { first_name: '', last_name: null, bio: null },
      headers.alice,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ first_name: '', last_name: '', bio: '', name: 'alice' });
  });

  it('an empty body changes nothing', async () => {
    const before = await findUserById(app.database.db, alice.id);
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/user/${alice.public_id}/`,
      headers: { ...headers.alice, 'content-type': 'application/json' },
      payload: '',
    });
    expect(response.statusCode).toBe(200);
    expect(await findUserById(app.database.db, alice.id)).toEqual(before);
  });

  it('another content type → 415', async () => {
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/user/${alice.public_id}/`,
      headers: { ...headers.alice, 'content-type': 'text/plain' },
      payload: 'bio=x',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toEqual({ detail: 'Unsupported media type "text/plain" in request.' });
  });
});

describe('PATCH mass assignment', () => {
  it('strips role, is_active, is_staff, is_superuser, id, email and created without error', async () => {
    const before = (await findUserById(app.database.db, bob.id)) as UserRow;
    const response = await patch(
      bob.public_id,
      {
        role: 'admin',
        is_active: false,
        is_staff: true,
        is_superuser: true,
        id: '0'.repeat(32),
        public_id: '1'.repeat(32),
        email: 'attacker@example.com',
        email_verified: false,
        password: 'x',
        created: '2000-01-01T00:00:00.000000Z',
        last_name: 'Builder',
      },
      headers.bob,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: bob.public_id,
      last_name: 'Builder',
      role: 'user',
      is_active: true,
      is_staff: false,
      is_superuser: false,
      email: 'bob@example.com',
    });
    const after = (await findUserById(app.database.db, bob.id)) as UserRow;
    expect(after).toMatchObject({
      public_id: before.public_id,
      role: 'user',
      email: 'bob@example.com',
      created: before.created,
      last_name: 'Builder',
    });
    expect(Boolean(after.is_active)).toBe(true);
    expect(Boolean(after.email_verified)).toBe(Boolean(before.email_verified));
    // Still an ordinary user: admins stay hidden from bob.
    expect((await get(`/api/user/${admin.public_id}/`, headers.bob)).statusCode).toBe(404);
  });
});

describe('PATCH username', () => {
  it.each([
    ['', 'This field may not be blank.'],
    ['   ', 'This field may not be blank.'],
    ['x'.repeat(151), 'Ensure this field has no more than 150 characters.'],
    [
      'no spaces allowed',
      'Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.',
    ],
    [null, 'This field may not be null.'],
  ])('%j → 400 and nothing changes', async (username, message) => {
    const response = await patch(bob.public_id, { username, bio: 'should not be saved' }, headers.bob);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ username: [message] });
    const row = await findUserById(app.database.db, bob.id);
    expect(row?.username).toBe('bob');
    expect(row?.bio).toBe('');
  });

  it('refuses another user’s name in another case', async () => {
    const response = await patch(bob.public_id, { username: 'ALICE' }, headers.bob);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ username: ['A user with that username already exists.'] });
  });

  it('refuses an admin’s name too, even though admins are hidden', async () => {
    const response = await patch(bob.public_id, { username: 'Root' }, headers.bob);
    expect(response.json()).toEqual({ username: ['A user with that username already exists.'] });
  });

  it('allows changing the case of one’s own name, and trims', async () => {
    const response = await patch(bob.public_id, { username: ' Bob ' }, headers.bob);
    expect(response.statusCode).toBe(200);
    expect(response.json().username).toBe('Bob');
  });

  it('renames, and the old name becomes free while the new one is taken case-insensitively', async () => {
    expect((await patch(bob.public_id, { username: 'robert.b' }, headers.bob)).json().username).toBe(
      'robert.b',
    );
    expect((await patch(alice.public_id, { username: 'ROBERT.B' }, headers.alice)).statusCode).toBe(400);
    expect((await patch(alice.public_id, { username: 'bob' }, headers.alice)).json().username).toBe('bob');
    expect((await patch(alice.public_id, { username: 'alice' }, headers.alice)).statusCode).toBe(200);
    expect((await patch(bob.public_id, { username: 'bob' }, headers.bob)).statusCode).toBe(200);
  });

  it('reports every field problem at once', async () => {
    const response = await patch(
      bob.public_id,
      { username: 'bad name', first_name: 'x'.repeat(151), avatar: 'https://elsewhere.example/a.png' },
      headers.bob,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ first_name: ['Ensure this field has no more than 150 characters.'] });
    const second = await patch(
      bob.public_id,
      { username: 'bad name', avatar: 'https://elsewhere.example/a.png' },
      headers.bob,
    );
    expect(second.json()).toEqual({
      username: [
        'Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.',
      ],
      avatar: ['The submitted data was not a file. Check the encoding type on the form.'],
    });
  });
});
