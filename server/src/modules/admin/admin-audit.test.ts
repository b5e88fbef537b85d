/**
 * The audit log (filters, who/what/when/where/before-after, CSV export with formula escaping)
 * and its immutability: no route edits or deletes an entry, and the database refuses updates of
 * an entry's facts. Also the dashboard numbers and the outbox status.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminFixture, adminFixture } from '../../../test/helpers/admin.ts';
import { createUser, TEST_PASSWORD } from '../../../test/helpers/auth.ts';
import { createCommunityApp } from '../../../test/helpers/community.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;
let t: App;
let f: AdminFixture;
beforeAll(async () => {
  t = await createCommunityApp();
  f = await adminFixture(t.app, t.database);
});
afterAll(async () => t.close());

const snapshot = () =>
  t.database.db
    .selectFrom('security_events')
    .select(['id', 'public_id', 'type', 'ip', 'user_agent', 'details', 'created', 'user_id', 'actor_id'])
    .orderBy('id')
    .execute();

const login = (username: string, password: string, userAgent = 'vitest') =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login/',
    payload: { username, password },
    headers: { 'user-agent': userAgent },
    remoteAddress: '203.0.113.9',
  });

describe('audit log', () => {
  it('lists security events and admin actions with who, what, when, from where; filters work', async () => {
    const person = await createUser(t.app);
    expect((await login(person.username, 'wrong password 123')).statusCode).toBe(401);
    expect((await login(person.username, TEST_PASSWORD)).statusCode).toBe(200);
    await f.call(f.admin, 'POST', `/api/admin/users/${person.public_id}/deactivate/`);
    const list = async (query: string) => {
      const response = await f.call(f.admin, 'GET', `/api/admin/audit/?${query}`);
      expect(response.statusCode).toBe(200);
      return response.json();
    };
    const about = await list(`user=${person.public_id}&limit=100`);
    expect(about.results.map((e: { type: string }) => e.type)).toEqual([
      'admin.deactivate',
      'login.success',
      'login.failure',
    ]);
    expect(about.results[1]).toMatchObject({
      user: { id: person.public_id, username: person.username },
      actor: { id: person.public_id },
      ip: '203.0.113.9',
      source: 'web',
    });
    expect(about.results[0]).toMatchObject({
      actor: { id: f.admin.user.public_id },
      before: { is_active: true },
      after: { is_active: false },
      created: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/),
    });
    expect((await list(`user=${person.username}&type=login.`)).count).toBe(2);
    expect((await list(`user=${person.username}&type=login.failure`)).count).toBe(1);
    expect(
      (await list(`actor=${f.admin.user.public_id}&type=admin.deactivate`)).results.map(
        (e: { user: { id: string } }) => e.user.id,
      ),
    ).toContain(person.public_id);
    expect((await list(`ip=203.0.113.9&user=${person.username}`)).count).toBe(2);
    expect((await list(`user=${person.username}&since=2999-01-01`)).count).toBe(0);
    expect((await list(`user=${person.username}&until=2999-01-01`)).count).toBe(3);
    expect((await f.call(f.admin, 'GET', '/api/admin/audit/?since=last-week')).statusCode).toBe(400);
  });

  it('exports CSV (header, one line per entry, formulas defused) and records the export', async () => {
    const person = await createUser(t.app);
    expect(
      (await login(person.username, TEST_PASSWORD, '=HYPERLINK("http://evil.example")')).statusCode,
    ).toBe(200);
    const response = await f.call(f.admin, 'GET', `/api/admin/audit/export/?user=${person.public_id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="mentalmuse-audit-\d{4}-\d\d-\d\d\.csv"$/,
    );
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe(
      'id,created,type,actor_id,actor_username,source,user_id,username,ip,user_agent,before,after,details',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(',login.success,');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(lines[2]).toBe('');
    const exports = (await f.call(f.admin, 'GET', '/api/admin/audit/?type=admin.audit_export')).json();
    expect(exports.results[0]).toMatchObject({
      actor: { id: f.admin.user.public_id },
      details: { filters: { user: person.public_id } },
    });
  });

  it('is append-only: no route edits or deletes an entry, and the database refuses updates', async () => {
    const [first] = await snapshot();
    expect(first).toBeDefined();
    const id = first?.public_id as string;
    const before = await snapshot();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      for (const url of ['/api/admin/audit/', '/api/admin/audit/export/']) {
        const response = await f.call(f.admin, method, url, { type: 'tampered' });
        expect(response.statusCode, `${method} ${url}`).toBe(405);
      }
      expect([404, 405]).toContain((await f.call(f.admin, method, `/api/admin/audit/${id}/`)).statusCode);
      expect((await f.call(null, method, '/api/admin/audit/')).statusCode).toBe(401);
    }
    expect(await snapshot()).toEqual(before);
    await expect(
      t.database.db
        .updateTable('security_events')
        .set({ type: 'tampered' })
        .where('public_id', '=', id)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`update security_events set details = '{}', ip = null where public_id = ${id}`.execute(
        t.database.db,
      ),
    ).rejects.toThrow(/append-only/);
    expect(await snapshot()).toEqual(before);
    const paths = Object.keys((await t.app.inject({ url: '/api/schema/' })).json().paths).filter((p) =>
      p.startsWith('/api/admin/audit'),
    );
    expect(paths.sort()).toEqual(['/api/admin/audit/', '/api/admin/audit/export/']);
  });
});

describe('dashboard and outbox', () => {
  it('counts users, posts, comments, failed logins per day, open reports and mail', async () => {
    const person = await createUser(t.app, { emailVerified: false });
    const before = (await f.call(f.moderator, 'GET', '/api/admin/dashboard/?days=3')).json();
    expect(before.posts_per_day).toHaveLength(3);
    expect(before.posts_per_day[2].date).toBe(new Date().toISOString().slice(0, 10));
    await login(person.username, 'not the password 1');
    await f.call(f.journaler, 'POST', '/api/post/', { body: 'one more' });
    await f.call(f.admin, 'POST', `/api/admin/users/${person.public_id}/resend-verification/`);
    const post = (await f.call(f.user, 'POST', '/api/post/', { body: 'report me' })).json();
    await f.call(f.journaler, 'POST', `/api/post/${post.id}/report/`, { reason: 'spam' });
    const after = (await f.call(f.moderator, 'GET', '/api/admin/dashboard/?days=3')).json();
    const today = (d: { posts_per_day: { count: number }[] }, key: string) =>
      (d as unknown as Record<string, { count: number }[]>)[key]?.[2]?.count ?? -1;
    expect(today(after, 'posts_per_day') - today(before, 'posts_per_day')).toBe(2);
    expect(today(after, 'failed_logins_per_day') - today(before, 'failed_logins_per_day')).toBe(1);
    expect(after.open_reports - before.open_reports).toBe(1);
    expect(after.users.total).toBe(before.users.total);
    expect(after.users.unverified).toBeGreaterThanOrEqual(1);
    expect(after.outbox.pending + after.outbox.sending + after.outbox.sent + after.outbox.failed).toBe(
      before.outbox.pending + before.outbox.sending + before.outbox.sent + before.outbox.failed + 1,
    );
    expect(after.outbox.backlog).toBe(after.outbox.pending + after.outbox.sending);
    expect((await f.call(f.moderator, 'GET', '/api/admin/dashboard/?days=500')).statusCode).toBe(400);
  });

  it('outbox lists messages without bodies, with counts; filter by status', async () => {
    const person = await createUser(t.app, { emailVerified: false });
    await f.call(f.admin, 'POST', `/api/admin/users/${person.public_id}/resend-verification/`);
    const response = await f.call(f.admin, 'GET', '/api/admin/outbox/?limit=100');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const message = body.results.find((m: { to: string }) => m.to === person.email);
    expect(message).toMatchObject({ kind: 'verify_email', attempts: expect.any(Number) });
    expect(Object.keys(message)).not.toContain('text_body');
    expect(response.body).not.toContain('verify-email/');
    expect(body.count).toBe(Object.values(body.counts as Record<string, number>).reduce((a, b) => a + b, 0));
    const failed = (await f.call(f.admin, 'GET', '/api/admin/outbox/?status=failed')).json();
    expect(failed.count).toBe(body.counts.failed);
  });
});
