/**
 * Password change: the old password is required, the validators apply, the caller's session is
 * kept while every other one is signed out, and a notice arrives over real SMTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD, tokensFor } from '../../../test/helpers/auth.ts';
import { createMailTestApp } from '../../../test/helpers/mail.ts';

const NEW_PASSWORD = 'steady footsteps on the hill 3';

let t: Awaited<ReturnType<typeof createMailTestApp>>;
beforeAll(async () => {
  t = await createMailTestApp();
});
afterAll(async () => t.close());

const change = (headers: Record<string, string>, body: Record<string, string> = {}, remoteAddress?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/password/change/',
    headers,
    remoteAddress,
    payload: {
      old_password: TEST_PASSWORD,
      new_password1: NEW_PASSWORD,
      new_password2: NEW_PASSWORD,
      ...body,
    },
  });

const me = (headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url: '/api/auth/user/', headers });

describe('password change', () => {
  it('needs authentication', async () => {
    const response = await change({});
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ detail: 'Authentication credentials were not provided.' });
  });

  it('keeps this session, signs out the others, sends a notice, records an event', async () => {
    const user = await createUser(t.app);
    const current = await tokensFor(t.app, user);
    const other = await tokensFor(t.app, user);
    const response = await change(current.headers);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ detail: 'New password has been saved.' });

    expect((await me(current.headers)).statusCode).toBe(200);
    expect((await me(other.headers)).statusCode).toBe(401);
    const refreshOther = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh/',
      payload: { refresh: other.refresh },
    });
    expect(refreshOther.statusCode).toBe(401);
    const refreshCurrent = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh/',
      payload: { refresh: current.refresh },
    });
    expect(refreshCurrent.statusCode).toBe(200);

    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: user.username, password: NEW_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const [notice] = await t.smtp.waitFor(1, user.email);
    expect(notice?.subject).toBe('MentalMuse: your password was changed');
    expect(notice?.text).toContain('Your other devices were signed out.');

    const events = await t.app.inject({
      method: 'GET',
      url: '/api/auth/security-events/',
      headers: current.headers,
    });
    const change0 = events.json().results.find((e: { type: string }) => e.type === 'password.change');
    expect(change0.details).toEqual({ sessions_revoked: 1 });
  });

  it('a wrong old password is a field error and changes nothing', async () => {
    const user = await createUser(t.app);
    const session = await tokensFor(t.app, user);
    const response = await change(session.headers, { old_password: 'not my password at all' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      old_password: ['Your old password was entered incorrectly. Please enter it again.'],
    });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: user.username, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
  });

  it('mismatched, weak and blank new passwords are field errors', async () => {
    const user = await createUser(t.app);
    const { headers } = await tokensFor(t.app, user);
    expect((await change(headers, { new_password2: 'something else entirely 5' })).json()).toEqual({
      new_password2: ['The two password fields didn’t match.'],
    });
    const weak = await change(headers, { new_password1: '12345678', new_password2: '12345678' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().new_password2).toEqual(
      expect.arrayContaining(['This password is too common.', 'This password is entirely numeric.']),
    );
    const short = await change(headers, { new_password1: 'aB3$', new_password2: 'aB3$' });
    expect(short.json().new_password2[0]).toMatch(/too short/);
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password/change/',
      headers,
      payload: {},
    });
    expect(missing.json()).toEqual({
      old_password: ['This field is required.'],
      new_password1: ['This field is required.'],
      new_password2: ['This field is required.'],
    });
  });

  it('guessing the old password is throttled', async () => {
    const user = await createUser(t.app);
    const { headers } = await tokensFor(t.app, user);
    let last = 0;
    for (let i = 0; i < 7; i++)
      last = (await change(headers, { old_password: `guess ${i}` }, '10.7.7.7')).statusCode;
    expect(last).toBe(429);
  });
});
