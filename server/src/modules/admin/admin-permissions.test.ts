/**
 * The permission matrix: every admin route (and the reused reports queue) × {anonymous, user,
 * moderator, admin}. Anonymous → 401 with WWW-Authenticate, ordinary users → 403, moderators →
 * allowed on staff routes and 403 on admin-only ones, admins → allowed. A refused call changes
 * nothing (no audit entry appears). Every body is checked for planted journal text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminFixture, adminFixture, type Caller } from '../../../test/helpers/admin.ts';
import { createUser } from '../../../test/helpers/auth.ts';
import { createCommunityApp, makeComment, makePost } from '../../../test/helpers/community.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;
type Level = 'staff' | 'admin';
interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  /** Builds the URL (and body) for one call: a fresh target each time, so calls never interfere. */
  setup: () => Promise<{ url: string; payload?: object }>;
  level: Level;
  ok: number;
}

let t: App;
let f: AdminFixture;
beforeAll(async () => {
  t = await createCommunityApp();
  f = await adminFixture(t.app, t.database);
});
afterAll(async () => t.close());

const freshUser = async (overrides = {}) => (await createUser(t.app, overrides)).public_id;
const freshPost = async () => (await makePost(t.app, f.journaler, { body: 'matrix post' })).id as string;
const freshComment = async () => {
  const post = await freshPost();
  return (await makeComment(t.app, f.user, post, { body: 'matrix comment' })).id as string;
};
const get = (url: string) => async () => ({ url });

const ROUTES: Record<string, Route> = {
  'users list': { method: 'GET', setup: get('/api/admin/users/?search=user'), level: 'staff', ok: 200 },
  'user detail': {
    method: 'GET',
    setup: async () => ({ url: `/api/admin/users/${f.journaler.user.public_id}/` }),
    level: 'staff',
    ok: 200,
  },
  deactivate: {
    method: 'POST',
    setup: async () => ({ url: `/api/admin/users/${await freshUser()}/deactivate/` }),
    level: 'staff',
    ok: 200,
  },
  reactivate: {
    method: 'POST',
    setup: async () => ({ url: `/api/admin/users/${await freshUser({ isActive: false })}/reactivate/` }),
    level: 'staff',
    ok: 200,
  },
  'bulk deactivate': {
    method: 'POST',
    setup: async () => ({
      url: '/api/admin/users/bulk/',
      payload: { action: 'deactivate', ids: [await freshUser()] },
    }),
    level: 'staff',
    ok: 200,
  },
  'set role': {
    method: 'POST',
    setup: async () => ({
      url: `/api/admin/users/${await freshUser()}/role/`,
      payload: { role: 'moderator' },
    }),
    level: 'admin',
    ok: 200,
  },
  'force password reset': {
    method: 'POST',
    setup: async () => ({ url: `/api/admin/users/${await freshUser()}/password-reset/` }),
    level: 'admin',
    ok: 200,
  },
  'resend verification': {
    method: 'POST',
    setup: async () => ({
      url: `/api/admin/users/${await freshUser({ emailVerified: false })}/resend-verification/`,
    }),
    level: 'admin',
    ok: 200,
  },
  'bulk set role': {
    method: 'POST',
    setup: async () => ({
      url: '/api/admin/users/bulk/',
      payload: { action: 'set_role', role: 'moderator', ids: [await freshUser()] },
    }),
    level: 'admin',
    ok: 200,
  },
  'posts list': { method: 'GET', setup: get('/api/admin/posts/?reported=false'), level: 'staff', ok: 200 },
  'comments list': { method: 'GET', setup: get('/api/admin/comments/'), level: 'staff', ok: 200 },
  'hide post': {
    method: 'POST',
    setup: async () => ({ url: `/api/admin/posts/${await freshPost()}/hide/` }),
    level: 'staff',
    ok: 204,
  },
  'restore post': {
    method: 'POST',
    setup: async () => ({ url: `/api/admin/posts/${await freshPost()}/restore/` }),
    level: 'staff',
    ok: 204,
  },
  'delete post': {
    method: 'DELETE',
    setup: async () => ({ url: `/api/admin/posts/${await freshPost()}/` }),
    level: 'staff',
    ok: 204,
  },
  'hide comment': {
    method: 'POST',
    setup: async () => ({ url: `/api/admin/comments/${await freshComment()}/hide/` }),
    level: 'staff',
    ok: 204,
  },
  'restore comment': {
    method: 'POST',
    setup: async () => ({ url: `/api/admin/comments/${await freshComment()}/restore/` }),
    level: 'staff',
    ok: 204,
  },
  'delete comment': {
    method: 'DELETE',
    setup: async () => ({ url: `/api/admin/comments/${await freshComment()}/` }),
    level: 'staff',
    ok: 204,
  },
  'content bulk': {
    method: 'POST',
    setup: async () => ({
      url: '/api/admin/content/bulk/',
      payload: { type: 'post', action: 'hide', ids: [await freshPost()] },
    }),
    level: 'staff',
    ok: 200,
  },
  'reports queue': {
    method: 'GET',
    setup: get('/api/moderation/reports/?status=all'),
    level: 'staff',
    ok: 200,
  },
  dashboard: { method: 'GET', setup: get('/api/admin/dashboard/?days=7'), level: 'staff', ok: 200 },
  'audit log': { method: 'GET', setup: get('/api/admin/audit/?type=admin.'), level: 'admin', ok: 200 },
  'audit export': { method: 'GET', setup: get('/api/admin/audit/export/'), level: 'admin', ok: 200 },
  outbox: { method: 'GET', setup: get('/api/admin/outbox/'), level: 'admin', ok: 200 },
};

const CALLERS = ['anonymous', 'user', 'moderator', 'admin'] as const;

function expected(route: Route, caller: (typeof CALLERS)[number]): number {
  if (caller === 'anonymous') return 401;
  if (caller === 'user') return 403;
  if (caller === 'moderator' && route.level === 'admin') return 403;
  return route.ok;
}

const eventCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('security_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('admin permission matrix', () => {
  for (const [name, route] of Object.entries(ROUTES)) {
    it(`${route.method} ${name}: anonymous 401, user 403, moderator ${route.level === 'staff' ? 'ok' : '403'}, admin ok`, async () => {
      for (const caller of CALLERS) {
        const as: Caller = caller === 'anonymous' ? null : f[caller];
        const { url, payload } = await route.setup();
        const before = await eventCount();
        const response = await f.call(as, route.method, url, payload);
        const want = expected(route, caller);
        expect(response.statusCode, `${caller} ${route.method} ${url}: ${response.body}`).toBe(want);
        if (want === 401) expect(response.headers['www-authenticate']).toBe('Bearer realm="api"');
        if (want === 403) {
          expect(response.json()).toEqual({ detail: 'You do not have permission to perform this action.' });
        }
        if (want >= 400 && route.method !== 'GET') expect(await eventCount()).toBe(before);
        if (want < 300 && route.method !== 'GET') expect(await eventCount()).toBeGreaterThan(before);
      }
    });
  }

  it('bulk results report refusals per item: a moderator cannot deactivate staff', async () => {
    const response = await f.call(f.moderator, 'POST', '/api/admin/users/bulk/', {
      action: 'deactivate',
      ids: [f.admin.user.public_id, await freshUser()],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().results.map((r: { status: number }) => r.status)).toEqual([403, 200]);
  });
});
