import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { createUserAndLogin, type LoggedInUser, tokensFor } from '../../../test/helpers/auth.ts';
import type { AccountDataContributor, ContentMode } from '../../lib/account-data.ts';
import { WRONG_PASSWORD } from './account.service.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
const deletions: { userId: number; mode: ContentMode }[] = [];
let failNextDeletion = false;

beforeAll(async () => {
  const fake = {
    name: 'fake_module',
    exportFor: async () => ({}),
    deleteFor: async (trx, userId, mode) => {
      if (failNextDeletion) throw new Error('contributor failed');
      // Proves the hook runs inside the deletion transaction, before the user row goes.
      const user = await trx.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
      expect(user?.id).toBe(userId);
      deletions.push({ userId, mode });
    },
  } satisfies AccountDataContributor;
  t = await createTestApp({ accountData: [fake] });
});
afterAll(async () => {
  await t.close();
});

async function userWithJournal(): Promise<LoggedInUser> {
  const user = await createUserAndLogin(t.app);
  const checkin = await t.app.inject({
    method: 'POST',
    url: '/api/journal/checkins/',
    headers: user.headers,
    payload: { score: 3, note: 'n' },
  });
  await t.app.inject({
    method: 'POST',
    url: '/api/journal/entries/',
    headers: user.headers,
    payload: { body: 'b', checkin: checkin.json().id },
  });
  return user;
}

const del = (user: LoggedInUser, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'DELETE', url: '/api/account/', headers: user.headers, payload });

async function rowCounts(userId: number) {
  const count = async (
    table: 'journal_checkins' | 'journal_entries' | 'sessions' | 'security_events' | 'users',
  ) =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where(table === 'users' ? 'id' : 'user_id', '=', userId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    checkins: await count('journal_checkins'),
    entries: await count('journal_entries'),
    sessions: await count('sessions'),
    events: await count('security_events'),
    users: await count('users'),
  };
}

describe('DELETE /api/account/', () => {
  it('answers 400 for a wrong password and changes nothing else (the attempt is recorded)', async () => {
    const user = await userWithJournal();
    const before = await rowCounts(user.user.id);
    const response = await del(user, { password: 'not my password', content: 'delete' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ password: [WRONG_PASSWORD] });
    const after = await rowCounts(user.user.id);
    expect(after).toEqual({ ...before, events: before.events + 1 });
    const events = (
      await t.app.inject({ method: 'GET', url: '/api/auth/security-events/', headers: user.headers })
    ).json();
    expect(events.results[0]).toMatchObject({ type: 'account.delete.failure' });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/journal/checkins/', headers: user.headers })).json()
        .count,
    ).toBe(1);
  });

  it('answers 400 for missing or invalid fields', async () => {
    const user = await createUserAndLogin(t.app);
    expect((await del(user, {})).json()).toEqual({
      password: ['This field is required.'],
      content: ['This field is required.'],
    });
    expect((await del(user, { password: user.password, content: 'keep' })).json()).toEqual({
      content: ['"keep" is not a valid choice.'],
    });
    expect((await t.app.inject({ method: 'DELETE', url: '/api/account/', payload: {} })).statusCode).toBe(
      401,
    );
    expect((await rowCounts(user.user.id)).users).toBe(1);
  });

  it('deletes journal data and the account in one go, revokes every session, and records it', async () => {
    const user = await userWithJournal();
    const other = await userWithJournal();
    const second = await tokensFor(t.app, user.user);
    const response = await del(user, { password: user.password, content: 'anonymise', when: 'now' });
    expect(response.statusCode).toBe(204);

    expect(await rowCounts(user.user.id)).toEqual({
      checkins: 0,
      entries: 0,
      sessions: 0,
      events: 0,
      users: 0,
    });
    expect(deletions).toContainEqual({ userId: user.user.id, mode: 'anonymise' });

    for (const headers of [user.headers, second.headers]) {
      const r = await t.app.inject({ method: 'GET', url: '/api/journal/checkins/', headers });
      expect(r.statusCode).toBe(401);
      expect(r.json().code).toBe('token_not_valid');
    }
    const refresh = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh/',
      payload: { refresh: user.refresh },
    });
    expect(refresh.statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: user.user.username, password: user.password },
    });
    expect(login.statusCode).toBe(401);
    expect(t.app.accounts.revocation.isRevoked(second.sessionId)).toBe(true);

    const audit = await t.database.db
      .selectFrom('security_events')
      .select(['user_id', 'details'])
      .where('type', '=', 'account.delete')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.user_id).toBeNull();
    expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({
      user: user.user.public_id,
      content: 'anonymise',
      sessions: 2,
    });

    // Someone else's data is untouched.
    expect(await rowCounts(other.user.id)).toMatchObject({ checkins: 1, entries: 1, users: 1 });
    const theirs = await t.app.inject({
      method: 'GET',
      url: '/api/journal/entries/',
      headers: other.headers,
    });
    expect(theirs.json().count).toBe(1);
  });

  it('runs the community module’s deletion too: content "delete" removes the user’s posts', async () => {
    const user = await createUserAndLogin(t.app);
    const reader = await createUserAndLogin(t.app);
    const post = await t.app.inject({
      method: 'POST',
      url: '/api/post/',
      headers: user.headers,
      payload: { body: 'bye' },
    });
    expect(post.statusCode).toBe(201);
    expect((await del(user, { password: user.password, content: 'delete', when: 'now' })).statusCode).toBe(
      204,
    );
    const after = await t.app.inject({
      method: 'GET',
      url: `/api/post/${post.json().id}/`,
      headers: reader.headers,
    });
    expect(after.statusCode).toBe(404);
  });

  it('refuses to delete the last active admin', async () => {
    await t.database.db.updateTable('users').set({ role: 'user' }).where('role', '=', 'admin').execute();
    const admin = await createUserAndLogin(t.app, { role: 'admin' });
    const response = await del(admin, { password: admin.password, content: 'delete' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ detail: 'This is the last active admin; make another admin first.' });
    expect((await rowCounts(admin.user.id)).users).toBe(1);
    await createUserAndLogin(t.app, { role: 'admin' });
    expect((await del(admin, { password: admin.password, content: 'delete', when: 'now' })).statusCode).toBe(
      204,
    );
  });

  it('changes nothing when any module’s deletion fails (one transaction)', async () => {
    const user = await userWithJournal();
    const before = await rowCounts(user.user.id);
    failNextDeletion = true;
    try {
      const response = await del(user, { password: user.password, content: 'delete', when: 'now' });
      expect(response.statusCode).toBe(500);
      expect(response.json()).toEqual({ detail: 'Internal server error.' });
    } finally {
      failNextDeletion = false;
    }
    expect(await rowCounts(user.user.id)).toEqual(before);
    const r = await t.app.inject({ method: 'GET', url: '/api/journal/checkins/', headers: user.headers });
    expect(r.statusCode).toBe(200);
  });
});
