/**
 * Every answer carries the platform's headers and the contract's error shape, whichever layer
 * raised it: Fastify's router (bad URL, over-long path, 404, 405), body parsing (413, 415),
 * the host check, authentication, the rate limiter, handlers, hooks and serialisation.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/helpers/app.ts';
import { createUserAndLogin } from '../../test/helpers/auth.ts';
import { NotAuthenticatedError, ServiceUnavailableError } from './errors.ts';

const ORIGIN = 'https://spa.example.test';

async function probes(app: FastifyInstance): Promise<void> {
  app.get('/api/probe/boom/', { config: { auth: 'none' } }, async () => {
    throw new Error('select password from users');
  });
  app.get('/api/probe/unavailable/', { config: { auth: 'none' } }, async () => {
    throw new ServiceUnavailableError();
  });
  app.get(
    '/api/probe/bad-answer/',
    {
      config: { auth: 'none' },
      schema: { hide: true, response: { 200: Type.Object({ name: Type.String() }) } },
    },
    async () => ({ other: 'the handler broke its own schema' }) as unknown as { name: string },
  );
  app.get(
    '/api/probe/hook/',
    {
      config: { auth: 'none' },
      schema: { hide: true },
      preHandler: async () => {
        throw new NotAuthenticatedError();
      },
    },
    async () => ({}),
  );
}

/** The headers every answer must carry, for a request from an allowed origin. */
function expectPlatformHeaders(response: LightMyRequestResponse, label: string): void {
  const h = response.headers;
  expect(h['access-control-allow-origin'], label).toBe(ORIGIN);
  expect(String(h.vary), label).toMatch(/origin/i);
  for (const [name, value] of Object.entries(HELMET_HEADERS)) {
    // Two deliberate overrides: media may be embedded elsewhere, and the docs UI has its own policy.
    if (name === 'cross-origin-resource-policy' && label.includes('media')) continue;
    if (name === 'content-security-policy' && label.includes('/api/docs/')) continue;
    expect(h[name], `${label}: ${name}`).toBe(value);
  }
  expect(h['x-powered-by'], label).toBeUndefined();
  expect(h['x-request-id'], label).toBeDefined();
}

/** What helmet sends with the platform's settings (computed once by the app, checked here by value). */
const HELMET_HEADERS = {
  'content-security-policy':
    "default-src 'self';base-uri 'self';connect-src 'self';font-src 'self';form-action 'self';" +
    "frame-ancestors 'none';img-src 'self' data: blob:;object-src 'none';script-src 'self';style-src 'self'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

/** Contract error bodies: `{"detail": ...}` or field errors, never Fastify's `{error, message, statusCode}`. */
function expectContractBody(response: LightMyRequestResponse, label: string): void {
  expect(response.headers['content-type'], label).toMatch(/^application\/json/);
  const body = response.json() as Record<string, unknown>;
  expect(body.statusCode, label).toBeUndefined();
  expect(body.error, label).toBeUndefined();
  const isDetail = typeof body.detail === 'string';
  const isFields = Object.values(body).every(
    (v) => Array.isArray(v) && v.every((m) => typeof m === 'string'),
  );
  expect(isDetail || isFields, `${label}: ${response.body}`).toBe(true);
}

describe('platform headers on every answer', () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;
  let userHeaders: { authorization: string };

  beforeAll(async () => {
    ({ app, close } = await createTestApp({
      env: {
        CORS_ALLOWED_ORIGINS: ORIGIN,
        RATE_LIMIT_ENABLED: 'true',
        RATE_LIMIT_MAX: '10000',
        BODY_LIMIT: '2048',
      },
      modules: [probes],
    }));
    userHeaders = (await createUserAndLogin(app)).headers;
  });
  afterAll(() => close());

  const cases: {
    label: string;
    status: number;
    method?: string;
    url: string;
    headers?: Record<string, string>;
    payload?: string;
    auth?: boolean;
  }[] = [
    { label: 'field errors', status: 400, method: 'POST', url: '/api/auth/login/', payload: '{}' },
    { label: 'bad JSON', status: 400, method: 'POST', url: '/api/auth/login/', payload: '{"a":' },
    { label: 'bad percent-encoding', status: 400, url: '/api/post/%ff/' },
    { label: 'disallowed host', status: 400, url: '/api/health/', headers: { host: 'evil.example' } },
    { label: 'no token', status: 401, url: '/api/auth/sessions/' },
    {
      label: 'malformed token',
      status: 401,
      url: '/api/auth/sessions/',
      headers: { authorization: 'Bearer x.y.z' },
    },
    {
      label: 'three-part header',
      status: 401,
      url: '/api/auth/sessions/',
      headers: { authorization: 'Bearer a b' },
    },
    {
      label: 'bad token on optional route',
      status: 401,
      url: '/api/post/',
      headers: { authorization: 'Bearer nope' },
    },
    { label: 'error from a hook', status: 401, url: '/api/probe/hook/' },
    {
      label: 'logout without refresh',
      status: 400,
      method: 'POST',
      url: '/api/auth/logout/',
      payload: '{}',
      auth: true,
    },
    {
      label: 'logout blank refresh',
      status: 400,
      method: 'POST',
      url: '/api/auth/logout/',
      payload: '{"refresh":""}',
      auth: true,
    },
    {
      label: 'logout list body',
      status: 400,
      method: 'POST',
      url: '/api/auth/logout/',
      payload: '[1]',
      auth: true,
    },
    { label: 'forbidden', status: 403, url: '/api/admin/users/', auth: true },
    { label: 'unknown api path', status: 404, url: '/api/nothing/here/' },
    { label: 'malformed id', status: 404, url: '/api/post/not-an-id/' },
    { label: 'unknown media', status: 404, url: '/media/nothing.png' },
    { label: 'wrong method', status: 405, method: 'PUT', url: '/api/health/' },
    {
      label: 'too large',
      status: 413,
      method: 'POST',
      url: '/api/auth/login/',
      payload: JSON.stringify({ username: 'x'.repeat(5000) }),
    },
    { label: 'over-long path parameter', status: 414, url: `/api/post/${'a'.repeat(300)}/` },
    {
      label: 'unsupported type',
      status: 415,
      method: 'POST',
      url: '/api/auth/login/',
      payload: '<a/>',
      headers: { 'content-type': 'text/xml' },
    },
    { label: 'unexpected error', status: 500, url: '/api/probe/boom/' },
    { label: 'serialisation failure', status: 500, url: '/api/probe/bad-answer/' },
    { label: 'unavailable', status: 503, url: '/api/probe/unavailable/' },
  ];

  for (const c of cases) {
    it(`${c.status} ${c.label}`, async () => {
      const response = await app.inject({
        method: (c.method ?? 'GET') as 'GET',
        url: c.url,
        headers: {
          origin: ORIGIN,
          ...(c.payload !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(c.auth === true ? userHeaders : {}),
          ...c.headers,
        },
        ...(c.payload !== undefined ? { payload: c.payload } : {}),
      });
      expect(response.statusCode, `${c.label}: ${response.body}`).toBe(c.status);
      expectPlatformHeaders(response, c.label);
      expectContractBody(response, c.label);
      if (c.status === 500) expect(response.json()).toEqual({ detail: 'Internal server error.' });
      if (c.status === 401 && c.label === 'no token')
        expect(response.headers['www-authenticate']).toBe('Bearer realm="api"');
      // The rate limiter runs before everything that can refuse a request but the (cheaper) Host check.
      if (c.label !== 'disallowed host') expect(response.headers['x-ratelimit-limit'], c.label).toBe('10000');
    });
  }

  it('non-error answers carry them too: SPA page, docs, health, preflight', async () => {
    for (const url of ['/some/spa/page', '/api/docs/', '/api/health/']) {
      const response = await app.inject({ url, headers: { origin: ORIGIN } });
      expect(response.statusCode, url).toBeLessThan(400);
      expectPlatformHeaders(response, url);
    }
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/auth/sessions/',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(String(preflight.headers['access-control-allow-headers'])).toMatch(/authorization/i);
  });

  it('an origin not on the list gets no CORS grant, but the other headers', async () => {
    const response = await app.inject({
      url: '/api/auth/sessions/',
      headers: { origin: 'https://evil.example' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-request-id']).toBeDefined();
  });

  it('a repeated query parameter means its last value, as Django reads it, on every list', async () => {
    for (const url of ['/api/post/', '/api/user/', '/api/auth/sessions/', '/api/journal/checkins/']) {
      const response = await app.inject({ url: `${url}?limit=1&limit=2`, headers: userHeaders });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
      const body = response.json() as { next: string | null };
      if (body.next !== null) expect(body.next, url).toMatch(/limit=2/);
    }
  });
});

describe('throttling comes before credentials are checked', () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ app, close } = await createTestApp({
      env: {
        CORS_ALLOWED_ORIGINS: ORIGIN,
        RATE_LIMIT_ENABLED: 'true',
        RATE_LIMIT_MAX: '3',
        RATE_LIMIT_WINDOW: '60',
      },
    }));
  });
  afterAll(() => close());

  it('bad bearer tokens are throttled and stop costing a verification; the 429 has every header', async () => {
    let verifications = 0;
    const verify = app.authenticator.verify;
    app.authenticator.verify = async (token, request) => {
      verifications += 1;
      return verify(token, request);
    };
    const statuses: number[] = [];
    let last: LightMyRequestResponse | undefined;
    for (let i = 0; i < 6; i += 1) {
      last = await app.inject({
        url: '/api/auth/sessions/',
        headers: { origin: ORIGIN, authorization: 'Bearer not.a.token' },
      });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
    expect(verifications).toBe(3);
    if (last === undefined) throw new Error('no response');
    expectPlatformHeaders(last, '429');
    expectContractBody(last, '429');
    expect(last.headers['retry-after']).toBeDefined();
    expect(last.json().detail).toMatch(/^Request was throttled\. Expected available in \d+ seconds\.$/);
  });
});
