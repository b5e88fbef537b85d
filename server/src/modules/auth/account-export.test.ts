import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { createUserAndLogin, type LoggedInUser } from '../../../test/helpers/auth.ts';
import type { AccountDataContributor } from '../../lib/account-data.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let me: LoggedInUser;
let other: LoggedInUser;
let postId: string;
let commentId: string;
const fakeCalls: number[] = [];

beforeAll(async () => {
  // Stands in for any other module's contributor (the community's, when present).
  const fake: AccountDataContributor = {
    name: 'fake_module',
    exportFor: async (_db, userId) => {
      fakeCalls.push(userId);
      return { things: [`thing of ${userId}`] };
    },
    deleteFor: async () => {},
  };
  t = await createTestApp({ accountData: [fake] });
  me = await createUserAndLogin(t.app, { firstName: 'Ada', email: 'ada@example.com' });
  const headers = me.headers;
  const checkin = await t.app.inject({
    method: 'POST',
    url: '/api/journal/checkins/',
    headers,
    payload: {
      score: 2,
      emotions: ['anxious'],
      activities: ['work', 'late shift'],
      note: '=HYPERLINK("http://evil")',
      occurred_at: '2026-02-01T07:00:00Z',
    },
  });
  expect(checkin.statusCode).toBe(201);
  await t.app.inject({
    method: 'POST',
    url: '/api/journal/checkins/',
    headers,
    payload: { score: 5, note: 'line one\nline "two", with comma', occurred_at: '2026-02-02T07:00:00Z' },
  });
  await t.app.inject({
    method: 'POST',
    url: '/api/journal/entries/',
    headers,
    payload: { title: 'Export me', body: 'Private body', checkin: checkin.json().id },
  });
  const post = await t.app.inject({ method: 'POST', url: '/api/post/', headers, payload: { body: 'Hello' } });
  other = await createUserAndLogin(t.app, { email: 'bea@example.com' });
  const reply = await t.app.inject({
    method: 'POST',
    url: `/api/post/${post.json().id}/comment/`,
    headers: other.headers,
    payload: { body: 'Hi Ada' },
  });
  expect(reply.statusCode).toBe(201);
  commentId = reply.json().id;
  postId = post.json().id;
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/account/export/', () => {
  it('returns every section: profile, sessions, security events, check-ins, entries and other modules', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/account/export/', headers: me.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="mentalmuse-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const doc = response.json();
    expect(doc.format_version).toBe(1);
    expect(doc.exported_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    // Every wired section, in the wiring's order, then the test's stand-in module.
    expect(Object.keys(doc)).toEqual([
      'exported_at',
      'format_version',
      'journal',
      'account',
      'community',
      'safety',
      'notifications',
      'fake_module',
    ]);
    expect(doc.notifications.items).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{32}$/),
        type: 'post.commented',
        created: expect.stringMatching(/Z$/),
        read: false,
        count: 1,
        actor: other.user.public_id,
        post: postId,
        comment: commentId,
      },
    ]);
    expect(doc.notifications.preferences.email_digest).toBe('off');

    expect(doc.account.profile).toMatchObject({
      id: me.user.public_id,
      username: me.user.username,
      email: 'ada@example.com',
      first_name: 'Ada',
      role: 'user',
      is_active: true,
    });
    expect(JSON.stringify(doc)).not.toMatch(/argon2/);
    expect(doc.account.sessions).toHaveLength(1);
    expect(doc.account.sessions[0]).toMatchObject({ user_agent: 'lightMyRequest', revoked_at: null });
    expect(doc.account.security_events.map((e: { type: string }) => e.type)).toContain('login.success');
    expect(doc.account.second_factors).toEqual({ totp: false, passkeys: [], recovery_codes_left: 0 });

    expect(doc.journal.checkins).toHaveLength(2);
    expect(doc.journal.checkins[1]).toMatchObject({
      score: 2,
      emotions: ['anxious'],
      activities: ['work', 'late shift'],
      note: '=HYPERLINK("http://evil")',
    });
    expect(doc.journal.entries).toEqual([
      expect.objectContaining({
        title: 'Export me',
        body: 'Private body',
        checkin: doc.journal.checkins[1].id,
      }),
    ]);
    expect(doc.fake_module).toEqual({ things: [`thing of ${me.user.id}`] });
    expect(fakeCalls).toContain(me.user.id);
  });

  it('records the export as a security event', async () => {
    const events = (
      await t.app.inject({ method: 'GET', url: '/api/auth/security-events/', headers: me.headers })
    ).json();
    expect(events.results[0]).toMatchObject({ type: 'account.export', details: { format: 'json' } });
  });

  it('needs authentication', async () => {
    for (const url of ['/api/account/export/', '/api/account/export/checkins/']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(401);
    }
  });
});

describe('GET /api/account/export/checkins/', () => {
  it('returns the check-ins as CSV, quoted, with formula injection defused', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/account/export/checkins/',
      headers: me.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/filename="mentalmuse-checkins-/);
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe('id,occurred_at,score,emotions,activities,note,created,updated');
    expect(lines).toHaveLength(4); // header, two rows (a note's own \n stays inside its quotes), ''
    expect(response.body).toContain(
      '"2026-02-02T07:00:00.000000Z","5","","","line one\nline ""two"", with comma"',
    );
    expect(response.body).toContain(
      '"2026-02-01T07:00:00.000000Z","2","anxious","work; late shift","\'=HYPERLINK(""http://evil"")"',
    );
    const events = (
      await t.app.inject({ method: 'GET', url: '/api/auth/security-events/', headers: me.headers })
    ).json();
    expect(events.results[0]).toMatchObject({ type: 'account.export', details: { format: 'checkins_csv' } });
  });
});
