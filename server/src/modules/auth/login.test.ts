import { hash } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { createUser, TEST_PASSWORD } from '../../../test/helpers/auth.ts';
import { findCredentialsByUsername } from '../users/index.ts';
import { needsRehash } from '../users/passwords.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
const NO_ACCOUNT = { detail: 'No active account found with the given credentials' };

let t: TestApp;
let ip = 0;
/** A fresh client address per test, so per-IP throttling never couples tests. */
const nextIp = () => `10.0.${Math.floor(++ip / 250)}.${(ip % 250) + 1}`;
const login = (payload: unknown, remoteAddress = nextIp(), headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login/',
    payload: payload as object,
    remoteAddress,
    headers,
  });

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_MAX_FAILURES: '3' } });
});
afterAll(async () => {
  await t.close();
});

describe('POST /api/auth/login/', () => {
  it('logs in by username (case-insensitive) and returns tokens and the user', async () => {
    const user = await createUser(t.app, { username: 'Alice_Login' });
    const response = await login({ username: 'alice_login', password: TEST_PASSWORD });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(['access', 'refresh', 'user']);
    expect(body.user.id).toBe(user.public_id);
    expect(body.user.email).toBe(user.email);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/user/',
      headers: { authorization: `Bearer ${body.access}` },
    });
    expect(me.json().id).toBe(user.public_id);
    const row = await findCredentialsByUsername(t.database.db, 'alice_login');
    expect(row?.last_login).not.toBeNull();
  });

  it('logs in by e-mail, and by an e-mail typed into username', async () => {
    const user = await createUser(t.app, { email: 'Mixed.Case@Example.com' });
    const byEmail = await login({ email: 'mixed.case@example.com', password: TEST_PASSWORD });
    expect(byEmail.statusCode).toBe(200);
    expect(byEmail.json().user.id).toBe(user.public_id);
    const fallback = await login({ username: 'MIXED.case@example.com', password: TEST_PASSWORD });
    expect(fallback.statusCode).toBe(200);
    expect(fallback.json().user.id).toBe(user.public_id);
  });

  it('accepts the JWT scheme as well as Bearer', async () => {
    await createUser(t.app, { username: 'jwt_scheme' });
    const { access } = (await login({ username: 'jwt_scheme', password: TEST_PASSWORD })).json();
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/user/',
      headers: { authorization: `JWT ${access}` },
    });
    expect(me.statusCode).toBe(200);
  });

  it('400 for missing fields, both at once', async () => {
    const response = await login({});
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      username: ['This field is required.'],
      password: ['This field is required.'],
    });
    const blank = await login({ username: 'x', password: '' });
    expect(blank.json()).toEqual({ password: ['This field may not be blank.'] });
  });

  it('gives the same 401 for unknown user, wrong password and inactive account', async () => {
    await createUser(t.app, { username: 'enum_known' });
    await createUser(t.app, { username: 'enum_inactive', isActive: false });
    const answers = await Promise.all([
      login({ username: 'enum_nobody', password: TEST_PASSWORD }),
      login({ username: 'enum_known', password: 'wrong password!' }),
      login({ username: 'enum_inactive', password: TEST_PASSWORD }),
      login({ username: 'nobody@example.com', password: TEST_PASSWORD }),
    ]);
    for (const response of answers) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual(NO_ACCOUNT);
    }
  });

  it('records login success and failure events', async () => {
    const user = await createUser(t.app, { username: 'events_user' });
    await login({ username: 'events_user', password: 'nope nope nope' });
    await login({ username: 'events_user', password: TEST_PASSWORD });
    const events = await t.database.db
      .selectFrom('security_events')
      .select(['type', 'details'])
      .where('user_id', '=', user.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['login.failure', 'login.success']);
    expect(JSON.parse(events[0]?.details ?? '{}')).toEqual({ reason: 'wrong_password' });
  });

  it('rehashes a password made with older Argon2 parameters', async () => {
    const user = await createUser(t.app, { username: 'old_hash' });
    const weak = await hash(TEST_PASSWORD, { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    await t.database.db.updateTable('users').set({ password: weak }).where('id', '=', user.id).execute();
    expect((await login({ username: 'old_hash', password: TEST_PASSWORD })).statusCode).toBe(200);
    const row = await findCredentialsByUsername(t.database.db, 'old_hash');
    expect(row?.password).not.toBe(weak);
    expect(needsRehash(row?.password ?? '')).toBe(false);
    expect((await login({ username: 'old_hash', password: TEST_PASSWORD })).statusCode).toBe(200);
  });

  it('rejects other content types (415) and oversize bodies (413)', async () => {
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      headers: { 'content-type': 'text/plain' },
      payload: 'username=a&password=b',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json()).toEqual({ detail: 'Unsupported media type "text/plain" in request.' });
    const big = await login({ username: 'a', password: 'x'.repeat(2_000_000) });
    expect(big.statusCode).toBe(413);
  });

  it('answers GET with 405', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/login/' });
    expect(response.statusCode).toBe(405);
    expect(response.json()).toEqual({ detail: 'Method "GET" not allowed.' });
  });
});

describe('login throttling', () => {
  it('locks an account after the configured failures, with the same 429 as an unknown name', async () => {
    await createUser(t.app, { username: 'throttle_known' });
    const answers: Record<string, unknown>[] = [];
    for (const username of ['throttle_known', 'throttle_unknown']) {
      for (let i = 0; i < 3; i++) {
        expect((await login({ username, password: 'bad password' })).statusCode).toBe(401);
      }
      // Even the right password is refused while locked, from yet another address.
      const locked = await login({ username, password: TEST_PASSWORD });
      expect(locked.statusCode).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      answers.push(locked.json());
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toEqual({ detail: 'Request was throttled. Expected available in 1 seconds.' });
  });

  it('locks an IP address that keeps failing across accounts', async () => {
    await createUser(t.app, { username: 'throttle_ip_victim' });
    const address = nextIp();
    for (let i = 0; i < 3; i++) {
      expect((await login({ username: `spray${i}`, password: 'bad password' }, address)).statusCode).toBe(
        401,
      );
    }
    const blocked = await login({ username: 'throttle_ip_victim', password: TEST_PASSWORD }, address);
    expect(blocked.statusCode).toBe(429);
    expect((await login({ username: 'throttle_ip_victim', password: TEST_PASSWORD })).statusCode).toBe(200);
  });

  it('a success clears the account counter', async () => {
    await createUser(t.app, { username: 'throttle_reset' });
    for (let i = 0; i < 2; i++) await login({ username: 'throttle_reset', password: 'bad password' });
    expect((await login({ username: 'throttle_reset', password: TEST_PASSWORD })).statusCode).toBe(200);
    for (let i = 0; i < 2; i++) {
      expect((await login({ username: 'throttle_reset', password: 'bad password' })).statusCode).toBe(401);
    }
    expect((await login({ username: 'throttle_reset', password: TEST_PASSWORD })).statusCode).toBe(200);
  });
});

describe('mandatory e-mail verification', () => {
  let m: TestApp;
  beforeAll(async () => {
    m = await createTestApp({ env: { EMAIL_VERIFICATION: 'mandatory' } });
  });
  afterAll(async () => {
    await m.close();
  });

  it('registers without a session and refuses login until verified', async () => {
    const payload = { username: 'unverified', email: 'unverified@example.com', password: TEST_PASSWORD };
    const register = await m.app.inject({ method: 'POST', url: '/api/auth/register/', payload });
    expect(register.statusCode).toBe(201);
    expect(register.json()).toEqual({ detail: 'Verification e-mail sent.' });
    const row = await findCredentialsByUsername(m.database.db, 'unverified');
    expect(Boolean(row?.email_verified)).toBe(false);
    const sessions = await m.database.db.selectFrom('sessions').selectAll().execute();
    expect(sessions).toHaveLength(0);

    const url = '/api/auth/login/';
    const denied = await m.app.inject({
      method: 'POST',
      url,
      payload: { username: 'unverified', password: TEST_PASSWORD },
    });
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toEqual({ detail: 'E-mail is not verified.' });
    // A wrong password learns nothing about verification.
    const wrong = await m.app.inject({
      method: 'POST',
      url,
      payload: { username: 'unverified', password: 'bad password' },
    });
    expect(wrong.statusCode).toBe(401);

    await m.database.db
      .updateTable('users')
      .set({ email_verified: true })
      .where('id', '=', row?.id ?? 0)
      .execute();
    const ok = await m.app.inject({
      method: 'POST',
      url,
      payload: { username: 'unverified', password: TEST_PASSWORD },
    });
    expect(ok.statusCode).toBe(200);
  });
});
