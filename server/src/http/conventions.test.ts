/**
 * The contract's shared HTTP conventions, exercised through probe routes registered the way
 * feature modules register theirs.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/helpers/app.ts';
import { insertUser } from '../modules/users/users.repository.ts';
import { PermissionDeniedError } from './errors.ts';
import { encodeCursor, pageBody, parseCursor, parsePageWindow } from './pagination.ts';
import { OptionalText, Secret, Text } from './schemas.ts';

const ITEMS = Array.from({ length: 25 }, (_, i) => ({ n: i }));

async function probeRoutes(app: FastifyInstance): Promise<void> {
  app.post(
    '/api/probe/echo/',
    {
      config: { auth: 'optional' },
      schema: {
        body: Type.Object({
          title: Text({ maxLength: 10, description: 'A title.' }),
          password: Secret({ maxLength: 128, description: 'A secret.' }),
          bio: Type.Optional(OptionalText({ maxLength: 20, description: 'Optional text.' })),
          count: Type.Optional(Type.Integer({ minimum: 1, maximum: 5, description: 'A number.' })),
          email: Type.Optional(Type.String({ format: 'email', description: 'An address.' })),
        }),
      },
    },
    async (request) => request.body,
  );
  app.get('/api/probe/private/', async (request) => ({ user: request.user?.publicId }));
  app.get('/api/probe/forbidden/', async () => {
    throw new PermissionDeniedError();
  });
  app.get('/api/probe/boom/', { config: { auth: 'optional' } }, async () => {
    throw new Error('select password from users where 1=1');
  });
  app.get('/api/probe/items/', { config: { auth: 'optional' } }, async (request) => {
    const window = parsePageWindow(request);
    return pageBody(request, window, ITEMS.length, ITEMS.slice(window.offset, window.offset + window.limit));
  });
  app.get(
    '/api/probe/items/:id/',
    {
      config: { auth: 'optional' },
      schema: { params: Type.Object({ id: Type.String({ pattern: '^[0-9a-f]{32}$' }) }) },
    },
    async (request) => request.params,
  );
  app.get('/api/probe/cursor/', { config: { auth: 'optional' } }, async (request) => ({
    cursor: parseCursor(request) ?? null,
  }));
  app.post('/api/probe/like/', async () => ({ liked: true }));
  app.get(
    '/api/probe/limited/',
    { config: { auth: 'none', rateLimit: { max: 2, timeWindow: 60_000 } } },
    async () => ({}),
  );
  app.post('/api/probe/users/', { config: { auth: 'optional' } }, async (request) => {
    const { username } = request.body as { username: string };
    await insertUser(app.database.db, {
      username,
      email: `${username}-${Math.random()}@example.com`,
      passwordHash: 'x',
    });
    return { ok: true };
  });
}

const GOOD = { authorization: 'Bearer good-token' };

describe('HTTP conventions', () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ app, close } = await createTestApp({
      modules: [probeRoutes],
      env: { CORS_ALLOWED_ORIGINS: 'https://app.example.com' },
    }));
    // The accounts module supplies real token checks; here any token but "good-token" is invalid.
    app.authenticator.verify = async (token) => {
      if (token !== 'good-token') throw new (await import('./errors.ts')).InvalidTokenError();
      return { id: 1, publicId: 'a'.repeat(32), role: 'user', sessionId: null };
    };
  });
  afterAll(async () => close());

  describe('authentication (default deny)', () => {
    it('401 without credentials, with WWW-Authenticate', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/probe/private/' });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ detail: 'Authentication credentials were not provided.' });
      expect(res.headers['www-authenticate']).toBe('Bearer realm="api"');
    });
    it('401 token_not_valid for a bad token, also on routes where auth is optional', async () => {
      for (const url of ['/api/probe/private/', '/api/probe/items/']) {
        const res = await app.inject({ method: 'GET', url, headers: { authorization: 'Bearer nope' } });
        expect(res.statusCode).toBe(401);
        expect(res.json()).toMatchObject({
          detail: 'Given token not valid for any token type',
          code: 'token_not_valid',
        });
        expect(res.json().messages).toBeInstanceOf(Array);
      }
    });
    it('accepts the Bearer and JWT schemes', async () => {
      for (const authorization of ['Bearer good-token', 'JWT good-token', 'bearer good-token']) {
        const res = await app.inject({
          method: 'GET',
          url: '/api/probe/private/',
          headers: { authorization },
        });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toEqual({ user: 'a'.repeat(32) });
      }
    });
    it('403 with the contract body', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/probe/forbidden/', headers: GOOD });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toEqual({ detail: 'You do not have permission to perform this action.' });
    });
  });

  describe('routing', () => {
    it('answers with or without the trailing slash', async () => {
      for (const url of ['/api/probe/items/', '/api/probe/items']) {
        expect((await app.inject({ method: 'GET', url })).statusCode).toBe(200);
      }
      const post = await app.inject({ method: 'POST', url: '/api/probe/like', headers: GOOD });
      expect(post.statusCode).toBe(200);
    });
    it('404 JSON for unknown API paths and malformed ids, never 500', async () => {
      for (const url of [
        '/api/nothing/',
        '/api/probe/items/not-an-id/',
        '/api/probe/items/%00/',
        '/.well-known/nothing',
      ]) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(404);
        expect(res.json()).toEqual({ detail: 'Not found.' });
      }
    });
    it('405 after authentication: anonymous → 401, authenticated → 405', async () => {
      const anonymous = await app.inject({ method: 'PATCH', url: '/api/probe/like/' });
      expect(anonymous.statusCode).toBe(401);
      const authed = await app.inject({ method: 'PATCH', url: '/api/probe/like/', headers: GOOD });
      expect(authed.statusCode).toBe(405);
      expect(authed.json()).toEqual({ detail: 'Method "PATCH" not allowed.' });
      const onPublic = await app.inject({ method: 'DELETE', url: '/api/probe/items/' });
      expect(onPublic.statusCode).toBe(405);
      expect(onPublic.json()).toEqual({ detail: 'Method "DELETE" not allowed.' });
      expect((await app.inject({ method: 'POST', url: '/api/health/' })).statusCode).toBe(405);
    });
    it('serves the SPA shell for other GET paths, never for API, media or .well-known', async () => {
      const page = await app.inject({ method: 'GET', url: '/journal/today' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain('MentalMuse');
      const media = await app.inject({ method: 'GET', url: '/media/missing.png' });
      expect(media.statusCode).toBe(404);
      expect(media.json()).toEqual({ detail: 'Not found.' });
      const post = await app.inject({ method: 'POST', url: '/journal/today' });
      expect(post.statusCode).toBe(404);
    });
  });

  describe('bodies', () => {
    const echo = (
      payload: unknown,
      headers: Record<string, string> = { 'content-type': 'application/json' },
    ) => app.inject({ method: 'POST', url: '/api/probe/echo/', headers, payload: payload as string });

    it('trims text but never secrets, and strips unknown and read-only fields', async () => {
      const res = await echo(
        JSON.stringify({ title: '  hi  ', password: '  pw  ', role: 'admin', id: 7, is_staff: true }),
      );
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ title: 'hi', password: '  pw  ' });
    });
    it('accepts "" and null for optional text', async () => {
      expect((await echo(JSON.stringify({ title: 'a', password: 'p', bio: '' }))).json().bio).toBe('');
      expect((await echo(JSON.stringify({ title: 'a', password: 'p', bio: null }))).json().bio).toBeNull();
    });
    it('reports every field problem at once with DRF messages', async () => {
      const res = await echo(JSON.stringify({ title: '   ', count: 9, email: 'nope', bio: 'x'.repeat(21) }));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({
        title: ['This field may not be blank.'],
        password: ['This field is required.'],
        count: ['Ensure this value is less than or equal to 5.'],
        email: ['Enter a valid email address.'],
        bio: ['Ensure this field has no more than 20 characters.'],
      });
    });
    it('reports null for a field that does not accept it, as DRF does', async () => {
      const res = await echo(JSON.stringify({ title: null, password: 'p' }));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ title: ['This field may not be null.'] });
    });
    it('reports too-long text and wrong types', async () => {
      const res = await echo(JSON.stringify({ title: 'x'.repeat(11), password: 'p', count: 'many' }));
      expect(res.json()).toEqual({
        title: ['Ensure this field has no more than 10 characters.'],
        count: ['A valid integer is required.'],
      });
    });
    it('400 for malformed JSON and for a non-object body', async () => {
      const bad = await echo('{"title": ');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().detail).toMatch(/^JSON parse error - /);
      const list = await echo('[1, 2]');
      expect(list.statusCode).toBe(400);
      expect(list.json()).toEqual({
        non_field_errors: ['Invalid data. Expected a dictionary, but got list.'],
      });
    });
    it('415 for other content types, with the contract body', async () => {
      const res = await echo('title=a', { 'content-type': 'application/x-www-form-urlencoded' });
      expect(res.statusCode).toBe(415);
      expect(res.json()).toEqual({
        detail: 'Unsupported media type "application/x-www-form-urlencoded" in request.',
      });
      const text = await echo('hello', { 'content-type': 'text/plain' });
      expect(text.statusCode).toBe(415);
    });
    it('413 for a body over the limit, changing nothing', async () => {
      const res = await echo(JSON.stringify({ title: 'a', password: 'x'.repeat(2_000_000) }));
      expect(res.statusCode).toBe(413);
      expect(res.json()).toEqual({ detail: 'Request body is too large.' });
    });
    it('body-less actions: no body and no content type, or JSON with an empty body, both mean {}', async () => {
      const none = await app.inject({ method: 'POST', url: '/api/probe/like/', headers: GOOD });
      expect(none.statusCode).toBe(200);
      const empty = await app.inject({
        method: 'POST',
        url: '/api/probe/like/',
        headers: { ...GOOD, 'content-type': 'application/json' },
        payload: '',
      });
      expect(empty.statusCode).toBe(200);
    });
  });

  describe('errors', () => {
    it('masks unexpected errors: no stack, no SQL', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/probe/boom/' });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({ detail: 'Internal server error.' });
      expect(res.body).not.toContain('select');
    });
    it('maps a unique violation to a 400 field error and keeps the first row', async () => {
      const first = await app.inject({
        method: 'POST',
        url: '/api/probe/users/',
        payload: { username: 'sam' },
      });
      expect(first.statusCode).toBe(200);
      const dup = await app.inject({
        method: 'POST',
        url: '/api/probe/users/',
        payload: { username: 'SAM' },
      });
      expect(dup.statusCode).toBe(400);
      expect(dup.json()).toEqual({ username: ['A user with that username already exists.'] });
    });
  });

  describe('pagination', () => {
    it('limit/offset with absolute next and previous URLs', async () => {
      const res = await app.inject({
        method: 'GET',
        url: '/api/probe/items/?limit=10&offset=10',
        headers: { host: 'localhost:8000' },
      });
      const body = res.json();
      expect(body.count).toBe(25);
      expect(body.results.map((r: { n: number }) => r.n)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
      expect(body.next).toBe('http://localhost:8000/api/probe/items/?limit=10&offset=20');
      expect(body.previous).toBe('http://localhost:8000/api/probe/items/?limit=10');
    });
    it('defaults to 10, caps at 100, and treats invalid values leniently', async () => {
      const page = async (query: string) =>
        (await app.inject({ method: 'GET', url: `/api/probe/items/?${query}` })).json();
      expect((await page('')).results).toHaveLength(10);
      expect((await page('limit=abc&offset=-3')).results[0]).toEqual({ n: 0 });
      expect((await page('limit=0')).results).toHaveLength(10);
      expect((await page('limit=1000')).results).toHaveLength(25);
      const last = await page('offset=20');
      expect(last.next).toBeNull();
      expect(last.results).toHaveLength(5);
    });
    it('cursors: round-trip, and 400 "Invalid cursor" when malformed', async () => {
      const cursor = encodeCursor({
        position: { created: 1_700_000_000_000_123, id: 'b'.repeat(32) },
        reverse: false,
      });
      const ok = await app.inject({ method: 'GET', url: `/api/probe/cursor/?cursor=${cursor}` });
      expect(ok.json().cursor).toEqual({
        position: { created: 1_700_000_000_000_123, id: 'b'.repeat(32) },
        reverse: false,
      });
      for (const bad of ['garbage', encodeURIComponent(Buffer.from('[1,"x",0]').toString('base64url'))]) {
        const res = await app.inject({ method: 'GET', url: `/api/probe/cursor/?cursor=${bad}` });
        expect(res.statusCode).toBe(400);
        expect(res.json()).toEqual({ detail: 'Invalid cursor' });
      }
    });
  });

  describe('headers', () => {
    it('sends security headers and a request id, echoing a sane incoming one', async () => {
      const res = await app.inject({
        method: 'GET',
        url: '/api/health/',
        headers: { 'x-request-id': 'abc-123' },
      });
      expect(res.headers['x-request-id']).toBe('abc-123');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['strict-transport-security']).toBeUndefined();
      const weird = await app.inject({
        method: 'GET',
        url: '/api/health/',
        headers: { 'x-request-id': 'a b\nc' },
      });
      expect(weird.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
    it('allows CORS preflight from configured origins only', async () => {
      const preflight = (origin: string) =>
        app.inject({
          method: 'OPTIONS',
          url: '/api/probe/items/',
          headers: {
            origin,
            'access-control-request-method': 'PATCH',
            'access-control-request-headers': 'authorization,content-type',
          },
        });
      const allowed = await preflight('https://app.example.com');
      expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example.com');
      expect(String(allowed.headers['access-control-allow-methods'])).toContain('PATCH');
      expect(String(allowed.headers['access-control-allow-headers']).toLowerCase()).toContain(
        'authorization',
      );
      const denied = await preflight('https://evil.example');
      expect(denied.headers['access-control-allow-origin']).toBeUndefined();
    });
    it('serves media with a long cache and embeddable from other origins', async () => {
      const { mkdirSync, writeFileSync } = await import('node:fs');
      const path = await import('node:path');
      mkdirSync(path.join(app.config.dataDir, 'media'), { recursive: true });
      writeFileSync(path.join(app.config.dataDir, 'media', 'probe.txt'), 'hello');
      const res = await app.inject({ method: 'GET', url: '/media/probe.txt' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('hello');
      expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
      expect(String(res.headers['cache-control'])).toContain('immutable');
      const traversal = await app.inject({ method: 'GET', url: '/media/..%2f..%2fetc%2fpasswd' });
      expect([403, 404]).toContain(traversal.statusCode);
      expect(Object.keys(traversal.json())).toEqual(['detail']);
    });
    it('rejects hosts outside ALLOWED_HOSTS', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/health/', headers: { host: 'evil.example' } });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ detail: 'Invalid HTTP_HOST header.' });
    });
  });

  describe('rate limits', () => {
    it('429 with Retry-After and the contract body on a per-route limit', async () => {
      for (let i = 0; i < 2; i++)
        expect((await app.inject({ method: 'GET', url: '/api/probe/limited/' })).statusCode).toBe(200);
      const res = await app.inject({ method: 'GET', url: '/api/probe/limited/' });
      expect(res.statusCode).toBe(429);
      expect(res.json().detail).toMatch(/^Request was throttled\. Expected available in \d+ seconds\.$/);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    });
  });

  describe('OpenAPI', () => {
    it('serves the schema and the docs UI without credentials', async () => {
      const schema = await app.inject({ method: 'GET', url: '/api/schema/' });
      expect(schema.statusCode).toBe(200);
      expect(schema.json().openapi).toBe('3.1.0');
      expect(Object.keys(schema.json().paths)).toContain('/api/health/');
      const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
      expect(docs.statusCode).toBe(200);
      expect(docs.body).toContain('swagger');
      expect(docs.body).not.toMatch(/https?:\/\/(?!localhost)[a-z0-9.-]+\.(com|net|org|io)\//i);
    });
    it('health reports the database', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/health/' });
      expect(res.json()).toEqual({ status: 'ok', database: app.database.dialect });
    });
  });
});

describe('global rate limit', () => {
  it('throttles any route past RATE_LIMIT_MAX', async () => {
    const { app, close } = await createTestApp({ env: { RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_MAX: '3' } });
    try {
      const codes = [];
      for (let i = 0; i < 4; i++)
        codes.push((await app.inject({ method: 'GET', url: '/api/schema/' })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429]);
    } finally {
      await close();
    }
  });
});

describe('TRUST_PROXY', () => {
  it.each([
    ['1', 'https', '9.9.9.9'],
    ['true', 'https', '9.9.9.9'],
    ['127.0.0.1', 'https', '9.9.9.9'],
    ['false', 'http', '127.0.0.1'],
  ])('TRUST_PROXY=%s → protocol %s, client %s', async (trust, protocol, ip) => {
    const probe = async (app: FastifyInstance) => {
      app.get('/api/probe/client/', { config: { auth: 'none' } }, async (request) => ({
        protocol: request.protocol,
        ip: request.ip,
      }));
    };
    const { app, close } = await createTestApp({ env: { TRUST_PROXY: trust }, modules: [probe] });
    try {
      const res = await app.inject({
        method: 'GET',
        url: '/api/probe/client/',
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '9.9.9.9' },
      });
      expect(res.json()).toEqual({ protocol, ip });
      expect(res.headers['strict-transport-security'] !== undefined).toBe(protocol === 'https');
    } finally {
      await close();
    }
  });
});
