import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { createUser, TEST_PASSWORD } from '../../../test/helpers/auth.ts';
import { isLoopbackHost } from './cookie-mode.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
type Injected = Awaited<ReturnType<TestApp['app']['inject']>>;
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({
    env: {
      ALLOWED_HOSTS: 'localhost,127.0.0.1,api.example.com',
      CORS_ALLOWED_ORIGINS: 'https://app.example.com',
      TRUST_PROXY: '127.0.0.1',
    },
  });
});
afterAll(async () => {
  await t.close();
});

const cookieOf = (response: Injected, name: string) => response.cookies.find((c) => c.name === name);

async function cookieLogin(headers: Record<string, string> = {}) {
  const user = await createUser(t.app);
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login/',
    headers: { 'x-auth-mode': 'cookie', ...headers },
    payload: { username: user.username, password: TEST_PASSWORD },
  });
  expect(response.statusCode).toBe(200);
  const refresh = cookieOf(response, 'refresh_token');
  const csrf = cookieOf(response, 'csrftoken');
  if (refresh === undefined || csrf === undefined) throw new Error('cookies missing');
  return {
    user,
    response,
    refresh: refresh.value,
    csrf: csrf.value,
    access: response.json().access as string,
  };
}

const cookieRefresh = (
  session: { refresh: string; csrf: string },
  headers: Record<string, string>,
  url = '/api/auth/refresh/',
  extra: Record<string, string> = {},
) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { 'x-auth-mode': 'cookie', ...headers, ...extra },
    cookies: { refresh_token: session.refresh, csrftoken: session.csrf },
  });

describe('cookie mode', () => {
  it('login sets an HttpOnly strict refresh cookie and a readable CSRF cookie, no refresh in JSON', async () => {
    const { response } = await cookieLogin();
    expect(Object.keys(response.json()).sort()).toEqual(['access', 'user']);
    const refresh = cookieOf(response, 'refresh_token');
    expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth/' });
    // Plain HTTP to a loopback host is the one case without Secure.
    expect(refresh?.secure).toBeUndefined();
    const csrf = cookieOf(response, 'csrftoken');
    expect(csrf).toMatchObject({ sameSite: 'Strict', path: '/' });
    expect(csrf?.httpOnly).toBeUndefined();
  });

  it('marks cookies Secure for other hosts and behind a TLS proxy', async () => {
    const remote = await cookieLogin({ host: 'api.example.com' });
    expect(cookieOf(remote.response, 'refresh_token')?.secure).toBe(true);
    expect(cookieOf(remote.response, 'csrftoken')?.secure).toBe(true);
    const proxied = await cookieLogin({ 'x-forwarded-proto': 'https' });
    expect(cookieOf(proxied.response, 'refresh_token')?.secure).toBe(true);
  });

  it('refreshes with the cookie and a matching X-CSRFToken, rotating the cookie', async () => {
    const session = await cookieLogin();
    const response = await cookieRefresh(session, { 'x-csrftoken': session.csrf });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json())).toEqual(['access']);
    const rotated = cookieOf(response, 'refresh_token');
    expect(rotated?.value).toBeDefined();
    expect(rotated?.value).not.toBe(session.refresh);
    // The CSRF value survives a refresh (other tabs keep working).
    expect(cookieOf(response, 'csrftoken')?.value).toBe(session.csrf);
  });

  it('403 without the CSRF header, with a wrong one, or without the CSRF cookie', async () => {
    const session = await cookieLogin();
    const missing = await cookieRefresh(session, {});
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toEqual({ detail: 'CSRF Failed: CSRF token missing.' });
    const wrong = await cookieRefresh(session, { 'x-csrftoken': `${session.csrf.slice(1)}A` });
    expect(wrong.statusCode).toBe(403);
    const noCookie = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh/',
      headers: { 'x-csrftoken': session.csrf },
      cookies: { refresh_token: session.refresh },
    });
    expect(noCookie.statusCode).toBe(403);
    // None of those used the token up.
    expect((await cookieRefresh(session, { 'x-csrftoken': session.csrf })).statusCode).toBe(200);
  });

  it('403 from a foreign Origin; own origin and allowed origins pass', async () => {
    const session = await cookieLogin();
    const csrf = { 'x-csrftoken': session.csrf };
    const evil = await cookieRefresh(session, { ...csrf, origin: 'https://evil.example' });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().detail).toMatch(/^CSRF Failed: Origin checking failed/);
    const nullOrigin = await cookieRefresh(session, { ...csrf, origin: 'null' });
    expect(nullOrigin.statusCode).toBe(403);
    const own = await cookieRefresh(session, { ...csrf, origin: 'http://localhost:80' });
    expect(own.statusCode).toBe(200);
    const allowedSession = { ...session, refresh: cookieOf(own, 'refresh_token')?.value ?? '' };
    const allowed = await cookieRefresh(allowedSession, { ...csrf, origin: 'https://app.example.com' });
    expect(allowed.statusCode).toBe(200);
  });

  it('logout with the cookie needs CSRF, revokes the session and clears the cookies', async () => {
    const session = await cookieLogin();
    const bearer = { authorization: `Bearer ${session.access}` };
    const noCsrf = await cookieRefresh(session, bearer, '/api/auth/logout/');
    expect(noCsrf.statusCode).toBe(403);
    const response = await cookieRefresh(
      session,
      { ...bearer, 'x-csrftoken': session.csrf },
      '/api/auth/logout/',
    );
    expect(response.statusCode).toBe(204);
    expect(cookieOf(response, 'refresh_token')?.value).toBe('');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/user/', headers: bearer });
    expect(me.statusCode).toBe(401);
    expect((await cookieRefresh(session, { 'x-csrftoken': session.csrf })).statusCode).toBe(401);
  });

  it('a token in the body needs no CSRF header (body mode is unchanged)', async () => {
    const session = await cookieLogin();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh/',
      payload: { refresh: session.refresh },
    });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json()).sort()).toEqual(['access', 'refresh']);
  });
});

describe('isLoopbackHost', () => {
  it('knows the loopback names', () => {
    for (const host of ['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]']) {
      expect(isLoopbackHost(host)).toBe(true);
    }
    for (const host of ['example.com', '10.0.0.1', 'localhost.example.com', '[::2]']) {
      expect(isLoopbackHost(host)).toBe(false);
    }
  });
});
