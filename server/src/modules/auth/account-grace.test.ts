/**
 * Leaving with care (API.md C6): `DELETE /api/account/` pauses the account for 7 days by default
 * (no sign-in, every session revoked, an e-mail over real SMTP with a single-use restore link);
 * `POST /api/account/restore/` brings it back with nothing lost; the job deletes it when the grace
 * period is over, tested with an injected clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAndLogin, type LoggedInUser } from '../../../test/helpers/auth.ts';
import { createMailTestApp, linkParts } from '../../../test/helpers/mail.ts';
import { nowMicros } from '../../lib/time.ts';
import { DELETION_GRACE_DAYS, deleteDueAccounts } from './account-deletion.service.ts';

const DAY = 86_400 * 1_000_000;
let t: Awaited<ReturnType<typeof createMailTestApp>>;
beforeAll(async () => {
  t = await createMailTestApp();
});
afterAll(async () => t.close());

let ip = 0;
const inject = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object, headers = {}) =>
  t.app.inject({
    method,
    url,
    headers,
    remoteAddress: `10.1.0.${++ip % 250}`,
    ...(payload ? { payload } : {}),
  });
const login = (u: LoggedInUser) =>
  inject('POST', '/api/auth/login/', { username: u.user.username, password: u.password });
const restore = (key: unknown) => inject('POST', '/api/account/restore/', { key });

async function userWithCheckin(): Promise<LoggedInUser> {
  const user = await createUserAndLogin(t.app);
  const made = await inject(
    'POST',
    '/api/journal/checkins/',
    { score: 4, note: 'a good walk' },
    user.headers,
  );
  expect(made.statusCode).toBe(201);
  return user;
}

async function scheduled(user: LoggedInUser): Promise<string> {
  const count = t.smtp.to(user.user.email).length;
  const response = await inject(
    'DELETE',
    '/api/account/',
    { password: user.password, content: 'delete' },
    user.headers,
  );
  expect(response.statusCode).toBe(202);
  const mails = await t.smtp.waitFor(count + 1, user.user.email);
  const mail = mails[count];
  expect(mail?.subject).toMatch(/will be deleted/);
  expect(mail?.text).toContain(`${DELETION_GRACE_DAYS} days`);
  const [, key = ''] = linkParts(mail?.text ?? '', 'restore-account');
  return key;
}

const userRow = (id: number) =>
  t.database.db.selectFrom('users').select(['is_active']).where('id', '=', id).executeTakeFirst();
const checkins = async (id: number) =>
  (await t.database.db.selectFrom('journal_checkins').select('id').where('user_id', '=', id).execute())
    .length;

describe('account deletion with a grace period', () => {
  it('pauses the account at once: 202 with the date, no sign-in, tokens stop, data kept', async () => {
    const user = await userWithCheckin();
    const before = nowMicros();
    const response = await inject(
      'DELETE',
      '/api/account/',
      { password: user.password, content: 'anonymise' },
      user.headers,
    );
    expect(response.statusCode).toBe(202);
    const when = Date.parse(response.json().scheduled_for) * 1000;
    expect(when - before).toBeGreaterThanOrEqual(7 * DAY - 60e6);
    expect(when - before).toBeLessThanOrEqual(7 * DAY + 60e6);
    expect(response.json().detail).toMatch(/7 days/);
    expect((await inject('GET', '/api/auth/user/', undefined, user.headers)).statusCode).toBe(401);
    expect((await inject('POST', '/api/auth/refresh/', { refresh: user.refresh })).statusCode).toBe(401);
    expect((await login(user)).statusCode).toBe(401);
    expect(await userRow(user.user.id)).toEqual({ is_active: false });
    expect(await checkins(user.user.id)).toBe(1);
  });

  it('restores with the e-mailed key once: active again, nothing lost; the key then fails', async () => {
    const user = await userWithCheckin();
    const key = await scheduled(user);
    const ok = await restore(key);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().detail).toMatch(/active again/);
    expect((await login(user)).statusCode).toBe(200);
    expect(await checkins(user.user.id)).toBe(1);
    const again = await restore(key);
    expect(again.statusCode).toBe(400);
    expect(Object.keys(again.json())).toEqual(['key']);
    const events = await t.database.db
      .selectFrom('security_events')
      .select('type')
      .where('user_id', '=', user.user.id)
      .where('type', 'in', ['account.delete_scheduled', 'account.restore'])
      .execute();
    expect(events.map((e) => e.type).sort()).toEqual(['account.delete_scheduled', 'account.restore']);
  });

  it('refuses bad input with a 400 that changes nothing', async () => {
    const user = await userWithCheckin();
    const wrong = await inject(
      'DELETE',
      '/api/account/',
      { password: 'nope', content: 'delete' },
      user.headers,
    );
    expect(wrong.statusCode).toBe(400);
    const when = await inject(
      'DELETE',
      '/api/account/',
      { password: user.password, content: 'delete', when: 'soon' },
      user.headers,
    );
    expect(when.statusCode).toBe(400);
    expect(Object.keys(when.json())).toEqual(['when']);
    expect(await userRow(user.user.id)).toEqual({ is_active: true });
    expect((await inject('GET', '/api/auth/user/', undefined, user.headers)).statusCode).toBe(200);
    for (const key of ['not-a-key', '', 42]) expect((await restore(key)).statusCode).toBe(400);
    expect((await inject('POST', '/api/account/restore/', {})).statusCode).toBe(400);
    expect((await inject('DELETE', '/api/account/', { password: 'x', content: 'delete' })).statusCode).toBe(
      401,
    );
  });

  it('the job deletes only after the grace period, as an immediate deletion would; the key dies with it', async () => {
    const user = await userWithCheckin();
    const key = await scheduled(user);
    const ctx = t.app.accounts;
    expect(await deleteDueAccounts(ctx, nowMicros() + 6 * DAY)).toBe(0);
    expect(await userRow(user.user.id)).toEqual({ is_active: false });
    // Accounts paused by earlier tests of this file fall due too.
    expect(await deleteDueAccounts(ctx, nowMicros() + 7 * DAY + 1_000_000)).toBeGreaterThanOrEqual(1);
    expect(await userRow(user.user.id)).toBeUndefined();
    expect(await checkins(user.user.id)).toBe(0);
    expect((await restore(key)).statusCode).toBe(400);
    const audit = await t.database.db
      .selectFrom('security_events')
      .select('details')
      .where('type', '=', 'account.delete')
      .execute();
    expect(audit.map((e) => JSON.parse(String(e.details)))).toContainEqual(
      expect.objectContaining({ user: user.user.public_id, scheduled: true }),
    );
  });

  it('a key past the grace period no longer restores; an account an admin reactivated is kept', async () => {
    const late = await userWithCheckin();
    const key = await scheduled(late);
    await t.database.db
      .updateTable('account_deletions')
      .set({ scheduled_for: nowMicros() - 1 })
      .where('user_id', '=', late.user.id)
      .execute();
    expect((await restore(key)).statusCode).toBe(400);
    expect(await userRow(late.user.id)).toEqual({ is_active: false });

    const kept = await userWithCheckin();
    await scheduled(kept);
    await t.database.db
      .updateTable('users')
      .set({ is_active: true })
      .where('id', '=', kept.user.id)
      .execute();
    await deleteDueAccounts(t.app.accounts, nowMicros() + 8 * DAY);
    expect(await userRow(kept.user.id)).toEqual({ is_active: true });
    expect(await userRow(late.user.id)).toBeUndefined();
  });

  it('deletes at once with when: now (204), as before', async () => {
    const user = await userWithCheckin();
    const response = await inject(
      'DELETE',
      '/api/account/',
      { password: user.password, content: 'delete', when: 'now' },
      user.headers,
    );
    expect(response.statusCode).toBe(204);
    expect(await userRow(user.user.id)).toBeUndefined();
  });
});
