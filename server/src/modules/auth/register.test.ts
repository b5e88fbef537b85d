import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { createUser, TEST_PASSWORD } from '../../../test/helpers/auth.ts';
import { findCredentialsByUsername } from '../users/index.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let t: TestApp;
const register = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/register/', payload: payload as object, headers });

beforeAll(async () => {
  t = await createTestApp({ env: { EMAIL_VERIFICATION: 'optional' } });
});
afterAll(async () => {
  await t.close();
});

describe('POST /api/auth/register/', () => {
  it('creates the user and returns {user, refresh, access} that work', async () => {
    const response = await register({
      username: '  newbie ',
      email: 'Newbie@Example.com',
      password: TEST_PASSWORD,
      first_name: 'New',
      last_name: '',
      bio: null,
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(['access', 'refresh', 'user']);
    expect(body.user).toMatchObject({
      username: 'newbie',
      name: 'New',
      email: 'Newbie@Example.com',
      bio: '',
      is_active: true,
      role: 'user',
    });
    const row = await findCredentialsByUsername(t.database.db, 'newbie');
    expect(row?.password.startsWith('$argon2id$')).toBe(true);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/user/',
      headers: { authorization: `Bearer ${body.access}` },
    });
    expect(me.json().id).toBe(body.user.id);
    const refreshed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh/',
      payload: { refresh: body.refresh },
    });
    expect(refreshed.statusCode).toBe(200);
  });

  it('ignores privileged and unknown fields (no mass assignment)', async () => {
    const response = await register({
      username: 'sneaky',
      email: 'sneaky@example.com',
      password: TEST_PASSWORD,
      role: 'admin',
      is_active: false,
      is_staff: true,
      is_superuser: true,
      id: '0'.repeat(32),
      email_verified: true,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().user).toMatchObject({
      role: 'user',
      is_staff: false,
      is_superuser: false,
      is_active: true,
    });
    expect(response.json().user.id).not.toBe('0'.repeat(32));
    const row = await findCredentialsByUsername(t.database.db, 'sneaky');
    expect(Boolean(row?.email_verified)).toBe(false);
  });

  it('400 with every missing field at once', async () => {
    const response = await register({});
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      username: ['This field is required.'],
      email: ['This field is required.'],
      password: ['This field is required.'],
    });
  });

  it('400 for blank, too long, malformed and weak values', async () => {
    const blank = await register({ username: '   ', email: 'bad', password: 'short' });
    expect(blank.statusCode).toBe(400);
    const body = blank.json();
    expect(body.username).toEqual(['This field may not be blank.']);
    expect(body.email).toEqual(['Enter a valid email address.']);
    expect(body.password?.[0]).toMatch(/too short/);

    const long = await register({
      username: 'u'.repeat(151),
      email: 'a@example.com',
      password: 'p'.repeat(129),
    });
    expect(long.json()).toMatchObject({
      username: ['Ensure this field has no more than 150 characters.'],
      password: ['Ensure this field has no more than 128 characters.'],
    });
    const chars = await register({ username: 'has space', email: 'a@example.com', password: TEST_PASSWORD });
    expect(chars.json().username[0]).toMatch(/Enter a valid username/);
  });

  it('400 for a username or e-mail taken in another case', async () => {
    await createUser(t.app, { username: 'TakenName', email: 'taken@example.com' });
    const response = await register({
      username: 'takenname',
      email: 'TAKEN@example.com',
      password: TEST_PASSWORD,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      username: ['A user with that username already exists.'],
      email: ['A user with that email already exists.'],
    });
  });

  it('never trims passwords', async () => {
    const password = `  ${TEST_PASSWORD}  `;
    await register({ username: 'spacey', email: 'spacey@example.com', password });
    const url = '/api/auth/login/';
    const exact = await t.app.inject({ method: 'POST', url, payload: { username: 'spacey', password } });
    expect(exact.statusCode).toBe(200);
    const trimmed = await t.app.inject({
      method: 'POST',
      url,
      payload: { username: 'spacey', password: TEST_PASSWORD },
    });
    expect(trimmed.statusCode).toBe(401);
  });

  it('415 for form bodies, 400 for broken JSON', async () => {
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register/',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'username=a',
    });
    expect(form.statusCode).toBe(415);
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register/',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(broken.statusCode).toBe(400);
  });

  it('in cookie mode sets the cookies and leaves refresh out of the body', async () => {
    const response = await register(
      { username: 'cookie_reg', email: 'cookie_reg@example.com', password: TEST_PASSWORD },
      { 'x-auth-mode': 'cookie' },
    );
    expect(response.statusCode).toBe(201);
    expect(Object.keys(response.json()).sort()).toEqual(['access', 'user']);
    const names = response.cookies.map((c) => c.name).sort();
    expect(names).toEqual(['csrftoken', 'refresh_token']);
  });
});

describe('registration with EMAIL_VERIFICATION=none', () => {
  it('returns a session too', async () => {
    const n = await createTestApp({ env: { EMAIL_VERIFICATION: 'none' } });
    try {
      const response = await n.app.inject({
        method: 'POST',
        url: '/api/auth/register/',
        payload: { username: 'noverify', email: 'noverify@example.com', password: TEST_PASSWORD },
      });
      expect(response.statusCode).toBe(201);
      expect(Object.keys(response.json()).sort()).toEqual(['access', 'refresh', 'user']);
    } finally {
      await n.close();
    }
  });
});
