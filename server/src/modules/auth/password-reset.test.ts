/**
 * Password reset over real SMTP: the request answers the same for known and unknown addresses
 * (body and timing), the e-mailed link's uid and token set a new password once, before expiry and
 * only under the password they were issued for; success signs out every session and sends a notice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD, tokensFor } from '../../../test/helpers/auth.ts';
import { createMailTestApp, linkParts } from '../../../test/helpers/mail.ts';
import type { UserRow } from '../users/users.repository.ts';
import { RESET_SENT } from './email-flows.routes.ts';

const NEW_PASSWORD = 'a brand new gentle breeze 9';

let t: Awaited<ReturnType<typeof createMailTestApp>>;
beforeAll(async () => {
  t = await createMailTestApp();
});
afterAll(async () => t.close());

let ip = 0;
/** Each call from its own IP, so the per-IP limits stay out of the way unless a test wants them. */
const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload, headers, remoteAddress: `10.0.0.${++ip % 250}` });

async function requestLink(user: UserRow): Promise<{ uid: string; token: string }> {
  const count = t.smtp.to(user.email).length;
  const response = await post('/api/auth/password/reset/', { email: user.email });
  expect(response.statusCode).toBe(200);
  const mails = await t.smtp.waitFor(count + 1, user.email);
  const [, uid = '', token = ''] = linkParts(mails[count]?.text ?? '', 'reset-password');
  return { uid, token };
}

const confirm = (body: Record<string, string>) =>
  post('/api/auth/password/reset/confirm/', {
    new_password1: NEW_PASSWORD,
    new_password2: NEW_PASSWORD,
    ...body,
  });

describe('password reset', () => {
  it('same answer for a known and an unknown address; mail only for the known one', async () => {
    const user = await createUser(t.app);
    const known = await post('/api/auth/password/reset/', { email: user.email });
    const unknown = await post('/api/auth/password/reset/', { email: 'no-such-person@example.com' });
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(200);
    expect(known.json()).toEqual({ detail: RESET_SENT });
    expect(unknown.body).toBe(known.body);
    await t.smtp.waitFor(1, user.email);
    expect(t.smtp.to('no-such-person@example.com')).toHaveLength(0);
  });

  it('similar timing for known and unknown addresses (mail is sent after the response)', async () => {
    const user = await createUser(t.app);
    const median = async (email: string) => {
      const times: number[] = [];
      for (let i = 0; i < 9; i++) {
        const start = performance.now();
        await post('/api/auth/password/reset/', { email: i < 3 ? email : `${i}${email}` });
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b)[4] ?? 0;
    };
    const known = await median(user.email);
    const unknown = await median(`ghost-${user.email}`);
    expect(Math.abs(known - unknown)).toBeLessThan(25);
  });

  it('follow the link: new password works, every session is signed out, a notice arrives', async () => {
    const user = await createUser(t.app);
    const one = await tokensFor(t.app, user);
    const two = await tokensFor(t.app, user);
    const { uid, token } = await requestLink(user);
    expect(uid).toBe(user.public_id);

    const response = await confirm({ uid, token });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ detail: 'Password has been reset with the new password.' });

    for (const session of [one, two]) {
      const me = await t.app.inject({ method: 'GET', url: '/api/auth/user/', headers: session.headers });
      expect(me.statusCode).toBe(401);
      const refresh = await post('/api/auth/refresh/', { refresh: session.refresh });
      expect(refresh.statusCode).toBe(401);
    }
    const oldLogin = await post('/api/auth/login/', { username: user.username, password: TEST_PASSWORD });
    expect(oldLogin.statusCode).toBe(401);
    const login = await post('/api/auth/login/', { username: user.username, password: NEW_PASSWORD });
    expect(login.statusCode).toBe(200);

    const [, notice] = await t.smtp.waitFor(2, user.email);
    expect(notice?.subject).toBe('MentalMuse: your password was changed');
    expect(notice?.text).toContain('every device was signed out');

    const events = await t.app.inject({
      method: 'GET',
      url: '/api/auth/security-events/',
      headers: { authorization: `Bearer ${login.json().access}` },
    });
    const types = events.json().results.map((e: { type: string }) => e.type);
    expect(types).toEqual(expect.arrayContaining(['password.reset_request', 'password.reset']));
  });

  it('a token works once', async () => {
    const user = await createUser(t.app);
    const { uid, token } = await requestLink(user);
    expect((await confirm({ uid, token })).statusCode).toBe(200);
    const again = await confirm({
      uid,
      token,
      new_password1: 'another fresh start 11',
      new_password2: 'another fresh start 11',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual({ token: ['Invalid value'] });
  });

  it('an expired token is refused', async () => {
    const user = await createUser(t.app);
    const { uid, token } = await requestLink(user);
    await t.database.db
      .updateTable('email_keys')
      .set({ expires: 1 })
      .where('user_id', '=', user.id)
      .execute();
    const response = await confirm({ uid, token });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ token: ['Invalid value'] });
  });

  it('the link expires after PASSWORD_RESET_TIMEOUT (default one hour)', async () => {
    const user = await createUser(t.app);
    const before = Date.now() * 1000;
    await requestLink(user);
    const row = await t.database.db
      .selectFrom('email_keys')
      .select('expires')
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.expires - before).toBeGreaterThan(3590 * 1e6);
    expect(row.expires - before).toBeLessThan(3610 * 1e6);
  });

  it('a wrong, unknown or malformed uid is refused', async () => {
    const user = await createUser(t.app);
    const other = await createUser(t.app);
    const { token } = await requestLink(user);
    const wrongUser = await confirm({ uid: other.public_id, token });
    expect(wrongUser.statusCode).toBe(400);
    expect(wrongUser.json()).toEqual({ token: ['Invalid value'] });
    expect((await confirm({ uid: 'f'.repeat(32), token })).json()).toEqual({ uid: ['Invalid value'] });
    expect((await confirm({ uid: 'nope', token })).json()).toEqual({ uid: ['Invalid value'] });
    // Still usable by its owner afterwards.
    expect((await confirm({ uid: user.public_id, token })).statusCode).toBe(200);
  });

  it('mismatched and weak passwords are refused and the token stays usable', async () => {
    const user = await createUser(t.app);
    const { uid, token } = await requestLink(user);
    const mismatch = await confirm({ uid, token, new_password2: `${NEW_PASSWORD}!` });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json()).toEqual({ new_password2: ['The two password fields didn’t match.'] });
    const weak = await confirm({ uid, token, new_password1: 'password', new_password2: 'password' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().new_password2).toContain('This password is too common.');
    const similar = await confirm({ uid, token, new_password1: user.username, new_password2: user.username });
    expect(similar.json().new_password2).toContain('The password is too similar to the username.');
    expect((await confirm({ uid, token })).statusCode).toBe(200);
  });

  it('any password change voids outstanding reset links', async () => {
    const user = await createUser(t.app);
    const { uid, token } = await requestLink(user);
    const session = await tokensFor(t.app, user);
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password/change/',
      headers: session.headers,
      payload: { old_password: TEST_PASSWORD, new_password1: NEW_PASSWORD, new_password2: NEW_PASSWORD },
    });
    expect(change.statusCode).toBe(200);
    expect((await confirm({ uid, token })).json()).toEqual({ token: ['Invalid value'] });
  });

  it('inactive accounts get no link', async () => {
    const user = await createUser(t.app, { isActive: false });
    expect((await post('/api/auth/password/reset/', { email: user.email })).statusCode).toBe(200);
    const queued = await t.database.db
      .selectFrom('mail_outbox')
      .select('id')
      .where('to_address', '=', user.email)
      .execute();
    expect(queued).toHaveLength(0);
  });

  it('requests are throttled per address, known or not, with the same 429', async () => {
    const user = await createUser(t.app);
    for (const email of [user.email, `ghost-${user.email}`]) {
      for (let i = 0; i < 3; i++)
        expect((await post('/api/auth/password/reset/', { email })).statusCode).toBe(200);
      const limited = await post('/api/auth/password/reset/', { email });
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    }
  });

  it('bad tokens from one IP are throttled', async () => {
    const headers = { 'x-test': 'same-ip' };
    const fixed = (body: object) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password/reset/confirm/',
        payload: body,
        headers,
        remoteAddress: '10.9.9.9',
      });
    const body = {
      uid: 'f'.repeat(32),
      token: 'x'.repeat(43),
      new_password1: NEW_PASSWORD,
      new_password2: NEW_PASSWORD,
    };
    for (let i = 0; i < 20; i++) expect((await fixed(body)).statusCode).toBe(400);
    expect((await fixed(body)).statusCode).toBe(429);
  });
});
