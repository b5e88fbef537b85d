import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { createUser, createUserAndLogin, tokensFor } from '../../../test/helpers/auth.ts';
import { buildApp } from '../../app.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let t: TestApp;
const NOT_FOUND = { detail: 'Not found.' };
const bearer = (access: string) => ({ authorization: `Bearer ${access}` });
const get = (url: string, access?: string) =>
  t.app.inject({ method: 'GET', url, headers: access === undefined ? {} : bearer(access) });
const post = (url: string, access: string | undefined, payload?: object) =>
  t.app.inject({ method: 'POST', url, headers: access === undefined ? {} : bearer(access), payload });

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/auth/user/', () => {
  it('returns the caller with their e-mail; 401 without a token', async () => {
    const alice = await createUserAndLogin(t.app, { firstName: 'Alice', lastName: 'Smith' });
    const response = await get('/api/auth/user/', alice.access);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: alice.user.public_id,
      name: 'Alice Smith',
      email: alice.user.email,
    });
    const anonymous = await get('/api/auth/user/');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toEqual({ detail: 'Authentication credentials were not provided.' });
    expect(anonymous.headers['www-authenticate']).toBe('Bearer realm="api"');
  });
});

describe('logout', () => {
  it('kills that session’s access token at once while another session lives on', async () => {
    const user = await createUser(t.app);
    const phone = await tokensFor(t.app, user);
    const laptop = await tokensFor(t.app, user);
    const response = await post('/api/auth/logout/', phone.access, { refresh: phone.refresh });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    const dead = await get('/api/auth/user/', phone.access);
    expect(dead.statusCode).toBe(401);
    expect(dead.json().code).toBe('token_not_valid');
    expect((await post('/api/auth/refresh/', undefined, { refresh: phone.refresh })).statusCode).toBe(401);
    expect((await get('/api/auth/user/', laptop.access)).statusCode).toBe(200);
    expect((await post('/api/auth/refresh/', undefined, { refresh: laptop.refresh })).statusCode).toBe(200);
  });

  it('400 for a missing, unknown, reused or someone else’s refresh token; 401 anonymous', async () => {
    const mine = await createUserAndLogin(t.app);
    const theirs = await createUserAndLogin(t.app);
    const missing = await post('/api/auth/logout/', mine.access, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toEqual({ detail: 'A refresh token is required.' });
    const unknown = await post('/api/auth/logout/', mine.access, { refresh: 'nope' });
    expect(unknown.json()).toEqual({ detail: 'The refresh token is invalid.' });
    const foreign = await post('/api/auth/logout/', mine.access, { refresh: theirs.refresh });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toEqual({ detail: 'The refresh token is invalid.' });
    expect((await get('/api/auth/user/', theirs.access)).statusCode).toBe(200);
    expect((await post('/api/auth/logout/', undefined, { refresh: mine.refresh })).statusCode).toBe(401);
    expect((await post('/api/auth/logout/', mine.access, { refresh: mine.refresh })).statusCode).toBe(204);
    const again = await post('/api/auth/logout/', theirs.access, { refresh: mine.refresh });
    expect(again.statusCode).toBe(400);
  });

  it('logout-all revokes every session of the caller only, accepting an empty body', async () => {
    const user = await createUser(t.app);
    const a = await tokensFor(t.app, user);
    const b = await tokensFor(t.app, user);
    const bystander = await createUserAndLogin(t.app);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout-all/',
      headers: { ...bearer(a.access), 'content-type': 'application/json' },
      payload: '',
    });
    expect(response.statusCode).toBe(204);
    for (const s of [a, b]) {
      expect((await get('/api/auth/user/', s.access)).statusCode).toBe(401);
      expect((await post('/api/auth/refresh/', undefined, { refresh: s.refresh })).statusCode).toBe(401);
    }
    expect((await get('/api/auth/user/', bystander.access)).statusCode).toBe(200);
    expect((await post('/api/auth/logout-all/', undefined)).statusCode).toBe(401);
  });

  it('revocations survive a restart (the list is rebuilt from the database)', async () => {
    const user = await createUser(t.app);
    const gone = await tokensFor(t.app, user);
    const alive = await tokensFor(t.app, user);
    await post('/api/auth/logout/', gone.access, { refresh: gone.refresh });
    const restarted = await buildApp(t.config, { database: t.database });
    try {
      const check = (access: string) =>
        restarted.inject({ method: 'GET', url: '/api/auth/user/', headers: bearer(access) });
      expect((await check(gone.access)).statusCode).toBe(401);
      expect((await check(alive.access)).statusCode).toBe(200);
    } finally {
      await restarted.close();
    }
  });
});

describe('sessions', () => {
  it('lists only the caller’s live sessions, newest first, marking the current one', async () => {
    const user = await createUser(t.app);
    const old = await tokensFor(t.app, user, { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' });
    const revoked = await tokensFor(t.app, user);
    await post('/api/auth/logout/', revoked.access, { refresh: revoked.refresh });
    const current = await tokensFor(t.app, user, { ip: '203.0.113.9' });
    await createUserAndLogin(t.app);
    const response = await get('/api/auth/sessions/', current.access);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.count).toBe(2);
    expect(body.results.map((s: { id: string }) => s.id)).toEqual([current.sessionId, old.sessionId]);
    expect(body.results[0]).toMatchObject({ current: true, ip: '203.0.113.9' });
    expect(body.results[1]).toMatchObject({ current: false, device: 'Firefox on Linux' });
    expect(Object.keys(body.results[0]).sort()).toEqual(
      ['created', 'current', 'device', 'expires', 'id', 'ip', 'last_used', 'user_agent'].sort(),
    );
    const paged = (await get('/api/auth/sessions/?limit=1', current.access)).json();
    expect(paged.results).toHaveLength(1);
    expect(paged.next).toMatch(/^http:\/\/localhost(:80)?\/api\/auth\/sessions\/\?limit=1&offset=1$/);
    expect((await get('/api/auth/sessions/')).statusCode).toBe(401);
  });

  it('DELETE revokes one’s own session; others’ ids (even an admin’s view) are 404', async () => {
    const owner = await createUser(t.app);
    const target = await tokensFor(t.app, owner);
    const keeper = await tokensFor(t.app, owner);
    const other = await createUserAndLogin(t.app);
    const admin = await createUserAndLogin(t.app, { role: 'admin' });
    const url = `/api/auth/sessions/${target.sessionId}/`;
    const del = (access?: string, path = url) =>
      t.app.inject({ method: 'DELETE', url: path, headers: access === undefined ? {} : bearer(access) });

    expect((await del()).statusCode).toBe(401);
    for (const intruder of [other, admin]) {
      const response = await del(intruder.access);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual(NOT_FOUND);
    }
    expect((await get('/api/auth/user/', target.access)).statusCode).toBe(200);
    expect((await del(keeper.access, '/api/auth/sessions/not-an-id/')).statusCode).toBe(404);

    const dashed = target.sessionId.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
    expect((await del(keeper.access, `/api/auth/sessions/${dashed.toUpperCase()}/`)).statusCode).toBe(204);
    expect((await get('/api/auth/user/', target.access)).statusCode).toBe(401);
    expect((await get('/api/auth/user/', keeper.access)).statusCode).toBe(200);
    expect((await del(keeper.access)).statusCode).toBe(404);
    const events = (await get('/api/auth/security-events/', keeper.access)).json();
    expect(events.results[0]).toMatchObject({
      type: 'session.revoke',
      details: { session: target.sessionId },
    });
  });

  it('405 for other methods once authenticated, 401 before', async () => {
    const user = await createUserAndLogin(t.app);
    const put = (access?: string) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/auth/sessions/',
        headers: access === undefined ? {} : bearer(access),
        payload: {},
      });
    expect((await put()).statusCode).toBe(401);
    expect((await put(user.access)).statusCode).toBe(405);
  });
});

describe('GET /api/auth/security-events/', () => {
  it('shows the caller’s own history, newest first, paginated', async () => {
    const alice = await createUserAndLogin(t.app);
    const bob = await createUserAndLogin(t.app);
    await post('/api/auth/login/', undefined, { username: alice.user.username, password: 'wrong password' });
    const response = await get('/api/auth/security-events/', alice.access);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.results.map((e: { type: string }) => e.type)).toEqual(['login.failure', 'login.success']);
    expect(body.results[0]).toMatchObject({ ip: '127.0.0.1', details: { reason: 'wrong_password' } });
    const bobs = (await get('/api/auth/security-events/', bob.access)).json();
    expect(bobs.results.map((e: { type: string }) => e.type)).toEqual(['login.success']);
    const page = (await get('/api/auth/security-events/?limit=1&offset=1', alice.access)).json();
    expect(page).toMatchObject({ count: 2, next: null });
    expect(page.results[0].type).toBe('login.success');
    expect((await get('/api/auth/security-events/')).statusCode).toBe(401);
  });
});

describe('POST /api/auth/token/verify/', () => {
  const verify = (token: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/auth/token/verify/', payload: { token } });

  it('200 {} for valid access and refresh tokens; 401 for bad or revoked ones; 400 when missing', async () => {
    const user = await createUser(t.app);
    const tokens = await tokensFor(t.app, user);
    expect((await verify(tokens.access)).json()).toEqual({});
    expect((await verify(tokens.refresh)).statusCode).toBe(200);
    const bad = await verify('a.b.c');
    expect(bad.statusCode).toBe(401);
    expect(bad.json()).toEqual({ detail: 'Token is invalid or expired', code: 'token_not_valid' });
    expect((await verify('opaque-but-unknown')).statusCode).toBe(401);
    await post('/api/auth/logout/', tokens.access, { refresh: tokens.refresh });
    expect((await verify(tokens.access)).statusCode).toBe(401);
    expect((await verify(tokens.refresh)).statusCode).toBe(401);
    const missing = await t.app.inject({ method: 'POST', url: '/api/auth/token/verify/', payload: {} });
    expect(missing.json()).toEqual({ token: ['This field is required.'] });
  });
});

describe('GET /.well-known/jwks.json', () => {
  it('publishes the public signing key, without private parts', async () => {
    const response = await get('/.well-known/jwks.json');
    expect(response.statusCode).toBe(200);
    const [key, ...rest] = response.json().keys;
    expect(rest).toEqual([]);
    expect(key).toMatchObject({
      kty: 'OKP',
      crv: 'Ed25519',
      alg: 'EdDSA',
      use: 'sig',
      kid: t.app.accounts.keys.current.kid,
    });
    expect(key.d).toBeUndefined();
  });
});
