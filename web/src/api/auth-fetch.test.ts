import { describe, expect, test, vi } from 'vitest';
import { createSession } from '../auth/session.ts';
import { createAuthFetch } from './auth-fetch.ts';
import { NetworkError } from './errors.ts';

const ORIGIN = 'http://app.test';

/** A JWT-shaped token whose payload has `exp` (signature irrelevant to the client). */
function token(name: string, expiresIn = 300): string {
  const payload = btoa(JSON.stringify({ exp: Math.floor(Date.now() / 1000) + expiresIn, name }));
  return `h.${payload.replace(/=+$/, '')}.s`;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A fake server: `/api/auth/refresh/` hands out `fresh`; other routes accept only `valid`. */
function fakeServer(options: { valid: () => string; refresh: () => Response | Promise<Response> }) {
  const calls: { url: string; auth: string | null; headers: Headers }[] = [];
  const refreshCalls: RequestInit[] = [];
  const sessionFetch = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    refreshCalls.push(init ?? {});
    await new Promise((r) => setTimeout(r, 5));
    return options.refresh();
  });
  const apiFetch = vi.fn(async (input: RequestInfo | URL) => {
    const request = input as Request;
    const auth = request.headers.get('authorization');
    calls.push({ url: request.url, auth, headers: request.headers });
    return auth === `Bearer ${options.valid()}`
      ? json(200, { ok: true, body: await request.text() })
      : json(401, { detail: 'Given token not valid for any token type', code: 'token_not_valid' });
  });
  return { calls, refreshCalls, sessionFetch, apiFetch };
}

describe('createAuthFetch', () => {
  test('concurrent 401s share one refresh, then every request is retried with the new token', async () => {
    const stale = token('stale');
    const fresh = token('fresh');
    const server = fakeServer({ valid: () => fresh, refresh: () => json(200, { access: fresh }) });
    const session = createSession({
      fetch: server.sessionFetch as typeof fetch,
      origin: ORIGIN,
      csrf: () => 'csrf-value',
    });
    session.setAccess(stale);
    const authFetch = createAuthFetch(session, server.apiFetch as typeof fetch);

    const responses = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        authFetch(`${ORIGIN}/api/thing/${i}/`, { method: 'POST', body: `{"n":${i}}` }),
      ),
    );

    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(server.sessionFetch).toHaveBeenCalledTimes(1);
    // Bodies survive the retry.
    expect(
      await Promise.all(responses.map(async (r) => ((await r.json()) as { body: string }).body)),
    ).toEqual([0, 1, 2, 3, 4].map((i) => `{"n":${i}}`));
    expect(session.access()).toBe(fresh);
  });

  test('the refresh uses cookie mode and echoes the CSRF cookie', async () => {
    const fresh = token('fresh');
    const server = fakeServer({ valid: () => fresh, refresh: () => json(200, { access: fresh }) });
    const session = createSession({
      fetch: server.sessionFetch as typeof fetch,
      origin: ORIGIN,
      csrf: () => 'csrf-value',
    });
    await createAuthFetch(session, server.apiFetch as typeof fetch)(`${ORIGIN}/api/auth/user/`);
    const init = server.refreshCalls[0];
    expect(server.sessionFetch.mock.calls[0]?.[0]).toBe(`${ORIGIN}/api/auth/refresh/`);
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.headers).toMatchObject({ 'X-Auth-Mode': 'cookie', 'X-CSRFToken': 'csrf-value' });
  });

  test('a refused refresh ends the session once and returns the original 401', async () => {
    const server = fakeServer({
      valid: () => 'never',
      refresh: () => json(401, { detail: 'Token is invalid or expired', code: 'token_not_valid' }),
    });
    const session = createSession({
      fetch: server.sessionFetch as typeof fetch,
      origin: ORIGIN,
      csrf: () => 'csrf-value',
    });
    session.setAccess(token('stale'));
    const ended = vi.fn();
    session.onEnd(ended);
    const authFetch = createAuthFetch(session, server.apiFetch as typeof fetch);
    const [a, b] = await Promise.all([authFetch(`${ORIGIN}/api/a/`), authFetch(`${ORIGIN}/api/b/`)]);
    expect([a.status, b.status]).toEqual([401, 401]);
    expect(server.sessionFetch).toHaveBeenCalledTimes(1);
    expect(ended).toHaveBeenCalledWith('expired');
    expect(session.access()).toBeNull();
  });

  test('without a CSRF cookie (never logged in) nothing is refreshed and the 401 passes through', async () => {
    const server = fakeServer({ valid: () => 'x', refresh: () => json(200, { access: 'x' }) });
    const session = createSession({
      fetch: server.sessionFetch as typeof fetch,
      origin: ORIGIN,
      csrf: () => null,
    });
    const response = await createAuthFetch(
      session,
      server.apiFetch as typeof fetch,
    )(`${ORIGIN}/api/auth/user/`);
    expect(response.status).toBe(401);
    expect(server.sessionFetch).not.toHaveBeenCalled();
    expect(server.calls[0]?.auth).toBeNull();
  });

  test('a token about to expire is refreshed before the request is sent', async () => {
    const fresh = token('fresh');
    const server = fakeServer({ valid: () => fresh, refresh: () => json(200, { access: fresh }) });
    const session = createSession({
      fetch: server.sessionFetch as typeof fetch,
      origin: ORIGIN,
      csrf: () => 'c',
    });
    session.setAccess(token('old', 5));
    const response = await createAuthFetch(session, server.apiFetch as typeof fetch)(`${ORIGIN}/api/x/`);
    expect(response.status).toBe(200);
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]?.auth).toBe(`Bearer ${fresh}`);
  });

  test('login and register are sent as they are, never with a token or a refresh', async () => {
    const server = fakeServer({ valid: () => 'x', refresh: () => json(200, { access: 'x' }) });
    const session = createSession({
      fetch: server.sessionFetch as typeof fetch,
      origin: ORIGIN,
      csrf: () => 'c',
    });
    session.setAccess(token('t'));
    await createAuthFetch(session, server.apiFetch as typeof fetch)(`${ORIGIN}/api/auth/login/`, {
      method: 'POST',
      body: '{}',
    });
    expect(server.calls[0]?.auth).toBeNull();
    expect(server.sessionFetch).not.toHaveBeenCalled();
  });

  test('a network failure becomes a NetworkError', async () => {
    const session = createSession({
      fetch: vi.fn() as unknown as typeof fetch,
      origin: ORIGIN,
      csrf: () => null,
    });
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(
      createAuthFetch(session, failing as typeof fetch)(`${ORIGIN}/api/x/`),
    ).rejects.toBeInstanceOf(NetworkError);
  });
});
