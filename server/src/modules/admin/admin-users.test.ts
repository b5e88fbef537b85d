/**
 * Admin users: search/filter/sort/paginate, detail with counts (journal: counts only), and the
 * account actions — deactivation killing an open session at once, reactivation, roles with the
 * last-admin rule, forced password reset through the outbox, resend verification, bulk — each
 * audited with who, from where and before/after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminFixture, adminFixture } from '../../../test/helpers/admin.ts';
import { createUser, tokensFor } from '../../../test/helpers/auth.ts';
import { createCommunityApp, makeComment, makePost, persona } from '../../../test/helpers/community.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;
let t: App;
let f: AdminFixture;
beforeAll(async () => {
  t = await createCommunityApp();
  f = await adminFixture(t.app, t.database);
});
afterAll(async () => t.close());

const events = (type: string, userId: number) =>
  t.database.db
    .selectFrom('security_events')
    .select(['user_id', 'actor_id', 'ip', 'details'])
    .where('type', '=', type)
    .where('user_id', '=', userId)
    .execute();

describe('admin users: list and detail', () => {
  it('searches username, e-mail and names case-insensitively; filters; sorts; paginates', async () => {
    const a = await createUser(t.app, { username: 'zeta_searchme', firstName: 'Ximena' });
    const b = await createUser(t.app, { username: 'alpha_other', email: 'SearchMe@Example.org' });
    await createUser(t.app, { username: 'inactive_searchme', isActive: false, emailVerified: false });
    const list = async (query: string) => {
      const response = await f.call(f.moderator, 'GET', `/api/admin/users/?${query}`);
      expect(response.statusCode).toBe(200);
      return response.json();
    };
    const found = await list('search=SEARCHME&ordering=username');
    expect(found.results.map((u: { username: string }) => u.username)).toEqual([
      'alpha_other',
      'inactive_searchme',
      'zeta_searchme',
    ]);
    expect(found.results[0].email).toBe('SearchMe@Example.org');
    expect((await list('search=ximena')).results.map((u: { id: string }) => u.id)).toEqual([a.public_id]);
    expect(
      (await list('search=searchme&active=false')).results.map((u: { username: string }) => u.username),
    ).toEqual(['inactive_searchme']);
    expect((await list('search=searchme&verified=false')).count).toBe(1);
    expect((await list('search=searchme&ordering=-username')).results[0].username).toBe('zeta_searchme');
    expect((await list('role=admin')).results.map((u: { id: string }) => u.id)).toContain(
      f.admin.user.public_id,
    );
    expect((await list('role=admin')).results.every((u: { role: string }) => u.role === 'admin')).toBe(true);
    expect((await list('search=%25')).count).toBe(0);
    const page = await list('search=searchme&ordering=username&limit=2');
    expect(page.count).toBe(3);
    expect(page.results).toHaveLength(2);
    expect(page.next).toContain('offset=2');
    expect((await list('joined_after=2999-01-01')).count).toBe(0);
    expect((await list(`search=alpha_other&joined_before=2999-01-01`)).results[0].id).toBe(b.public_id);
    const bad = await f.call(f.admin, 'GET', '/api/admin/users/?joined_after=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json())).toEqual(['joined_after']);
    expect((await f.call(f.admin, 'GET', '/api/admin/users/?ordering=password')).statusCode).toBe(400);
  });

  it('detail shows counts (journal as counts only); sessions and events for admins, not moderators', async () => {
    const post = await makePost(t.app, f.journaler, { body: 'second', anonymous: true });
    await makeComment(t.app, f.journaler, post.id);
    const url = `/api/admin/users/${f.journaler.user.public_id}/`;
    const asAdmin = (await f.call(f.admin, 'GET', url)).json();
    expect(asAdmin.counts).toEqual({
      posts: 2,
      comments: 1,
      reports_filed: 0,
      reports_against: 0,
      journal_checkins: 1,
      journal_entries: 1,
    });
    expect(asAdmin.email).toBe(f.journaler.user.email);
    expect(asAdmin.sessions_count).toBeGreaterThanOrEqual(1);
    expect(asAdmin.sessions[0]).toMatchObject({ ip: '127.0.0.1', device: expect.any(String) });
    expect(Array.isArray(asAdmin.security_events)).toBe(true);
    expect(JSON.stringify(asAdmin)).not.toMatch(/password|ciphertext|note/i);
    const asModerator = (await f.call(f.moderator, 'GET', url)).json();
    expect(asModerator.counts.journal_entries).toBe(1);
    expect(asModerator.sessions).toBeNull();
    expect(asModerator.security_events).toBeNull();
    expect((await f.call(f.admin, 'GET', '/api/admin/users/nope/')).statusCode).toBe(404);
    expect((await f.call(f.admin, 'GET', `/api/admin/users/${'1'.repeat(32)}/`)).statusCode).toBe(404);
  });
});

describe('admin users: actions', () => {
  it('deactivation stops an open session at once (access and refresh) and is audited; reactivation restores login', async () => {
    const target = await createUser(t.app);
    const session = await tokensFor(t.app, target);
    const me = () => t.app.inject({ url: '/api/auth/user/', headers: session.headers });
    expect((await me()).statusCode).toBe(200);
    const response = await f.call(f.moderator, 'POST', `/api/admin/users/${target.public_id}/deactivate/`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: target.public_id, is_active: false });
    expect((await me()).statusCode).toBe(401);
    const refresh = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh/',
      payload: { refresh: session.refresh },
    });
    expect(refresh.statusCode).toBe(401);
    const live = await t.database.db
      .selectFrom('sessions')
      .select('revoked_reason')
      .where('user_id', '=', target.id)
      .execute();
    expect(live.map((s) => s.revoked_reason)).toEqual(['deactivated']);
    const [event] = await events('admin.deactivate', target.id);
    expect(event).toMatchObject({ actor_id: f.moderator.user.id, ip: '127.0.0.1' });
    expect(JSON.parse(event?.details ?? '{}')).toMatchObject({
      before: { is_active: true },
      after: { is_active: false },
      sessions_revoked: 1,
      actor: f.moderator.user.public_id,
    });
    const login = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login/',
        payload: { username: target.username, password: 'correct horse battery staple 42' },
      });
    expect((await login()).statusCode).toBe(401);
    const back = await f.call(f.admin, 'POST', `/api/admin/users/${target.public_id}/reactivate/`);
    expect(back.json().is_active).toBe(true);
    expect((await login()).statusCode).toBe(200);
    expect(await events('admin.reactivate', target.id)).toHaveLength(1);
  });

  it('moderators act on ordinary users only; nobody deactivates themself; the last admin stays', async () => {
    const otherMod = await persona(t.app, 'moderator');
    const url = (id: string, action = 'deactivate') => `/api/admin/users/${id}/${action}/`;
    expect((await f.call(f.moderator, 'POST', url(otherMod.user.public_id))).statusCode).toBe(403);
    expect((await f.call(f.moderator, 'POST', url(f.admin.user.public_id))).statusCode).toBe(403);
    const self = await f.call(f.admin, 'POST', url(f.admin.user.public_id));
    expect(self.statusCode).toBe(400);
    expect(self.json()).toEqual({ detail: 'You cannot do this to your own account here.' });
    expect((await f.call(f.admin, 'GET', '/api/auth/user/')).statusCode).toBe(200);
    const demote = await f.call(f.admin, 'POST', url(f.admin.user.public_id, 'role'), { role: 'user' });
    expect(demote.statusCode).toBe(400);
    expect(demote.json().detail).toMatch(/last active admin/);
    expect((await f.call(f.admin, 'POST', url(otherMod.user.public_id))).statusCode).toBe(200);
  });

  it('set role goes through the users module: audited with before/after and the acting admin', async () => {
    const target = await createUser(t.app);
    const response = await f.call(f.admin, 'POST', `/api/admin/users/${target.public_id}/role/`, {
      role: 'moderator',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ role: 'moderator', is_staff: true, is_superuser: false });
    const [event] = await events('admin.set_role', target.id);
    expect(event?.actor_id).toBe(f.admin.user.id);
    expect(JSON.parse(event?.details ?? '{}')).toMatchObject({ before: 'user', after: 'moderator' });
    const bad = await f.call(f.admin, 'POST', `/api/admin/users/${target.public_id}/role/`, { role: 'root' });
    expect(bad.statusCode).toBe(400);
    const audit = (
      await f.call(f.admin, 'GET', `/api/admin/audit/?type=admin.set_role&user=${target.username}`)
    ).json();
    expect(audit.results[0]).toMatchObject({
      user: { id: target.public_id },
      actor: { id: f.admin.user.public_id },
      before: 'user',
      after: 'moderator',
      source: 'web',
    });
  });

  it('force password reset: old password dead, sessions revoked, reset mail queued; inactive → 400', async () => {
    const target = await createUser(t.app);
    const session = await tokensFor(t.app, target);
    const response = await f.call(f.admin, 'POST', `/api/admin/users/${target.public_id}/password-reset/`);
    expect(response.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/auth/user/', headers: session.headers })).statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: target.username, password: 'correct horse battery staple 42' },
    });
    expect(login.statusCode).toBe(401);
    const mail = await t.database.db
      .selectFrom('mail_outbox')
      .select(['kind', 'to_address'])
      .where('to_address', '=', target.email)
      .execute();
    expect(mail).toEqual([{ kind: 'password_reset', to_address: target.email }]);
    expect(await events('admin.password_reset', target.id)).toHaveLength(1);
    const inactive = await createUser(t.app, { isActive: false });
    const refused = await f.call(f.admin, 'POST', `/api/admin/users/${inactive.public_id}/password-reset/`);
    expect(refused.statusCode).toBe(400);
  });

  it('resend verification queues the mail for an unconfirmed address; a confirmed one is a 400', async () => {
    const target = await createUser(t.app, { emailVerified: false });
    const ok = await f.call(f.admin, 'POST', `/api/admin/users/${target.public_id}/resend-verification/`);
    expect(ok.statusCode).toBe(200);
    const mail = await t.database.db
      .selectFrom('mail_outbox')
      .select('kind')
      .where('to_address', '=', target.email)
      .execute();
    expect(mail.map((m) => m.kind)).toEqual(['verify_email']);
    expect(await events('admin.verification_resend', target.id)).toHaveLength(1);
    const verified = await createUser(t.app);
    const again = await f.call(
      f.admin,
      'POST',
      `/api/admin/users/${verified.public_id}/resend-verification/`,
    );
    expect(again.statusCode).toBe(400);
  });

  it('bulk: each item on its own, refusals reported per item, duplicates once; set_role needs a role', async () => {
    const [a, b] = [await createUser(t.app), await createUser(t.app)];
    const response = await f.call(f.admin, 'POST', '/api/admin/users/bulk/', {
      action: 'deactivate',
      ids: [a.public_id, 'not-an-id', b.public_id, a.public_id, f.admin.user.public_id],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().results).toEqual([
      { id: a.public_id, ok: true, status: 200, detail: null },
      { id: 'not-an-id', ok: false, status: 404, detail: 'Not found.' },
      { id: b.public_id, ok: true, status: 200, detail: null },
      { id: f.admin.user.public_id, ok: false, status: 400, detail: expect.any(String) },
    ]);
    const rows = await t.database.db
      .selectFrom('users')
      .select('is_active')
      .where('id', 'in', [a.id, b.id])
      .execute();
    expect(rows.map((r) => Boolean(r.is_active))).toEqual([false, false]);
    expect(await events('admin.deactivate', a.id)).toHaveLength(1);
    const noRole = await f.call(f.admin, 'POST', '/api/admin/users/bulk/', {
      action: 'set_role',
      ids: [a.public_id],
    });
    expect(noRole.statusCode).toBe(400);
    expect(Object.keys(noRole.json())).toEqual(['role']);
    const tooMany = await f.call(f.admin, 'POST', '/api/admin/users/bulk/', {
      action: 'reactivate',
      ids: Array.from({ length: 101 }, () => a.public_id),
    });
    expect(tooMany.statusCode).toBe(400);
  });
});
