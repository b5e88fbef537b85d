/**
 * `security.new_login` (API.md C1): a sign-in from a device/IP pair the account had not used is
 * a notification and an e-mail through the outbox (to a real SMTP listener), whatever the
 * in-app preference says; a known pair and the very first sign-in are not news.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../../../test/helpers/auth.ts';
import { createMailTestApp, TEST_FRONTEND } from '../../../test/helpers/mail.ts';
import { eventually } from '../../../test/helpers/smtp.ts';

type App = Awaited<ReturnType<typeof createMailTestApp>>;

describe('new sign-in notices', () => {
  let t: App;
  const login = (username: string, ip: string, agent: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username, password: TEST_PASSWORD },
      remoteAddress: ip,
      headers: { 'user-agent': agent },
    });
  const signIn = async (username: string, ip: string, agent: string) => {
    const response = await login(username, ip, agent);
    expect(response.statusCode).toBe(200);
    return { authorization: `Bearer ${response.json().access}` };
  };
  const notices = async (headers: { authorization: string }) =>
    (await t.app.inject({ method: 'GET', url: '/api/notifications/', headers })).json().results;

  beforeAll(async () => {
    t = await createMailTestApp();
  });
  afterAll(async () => t.close());

  it('first sign-in and a known device/IP pair: nothing; a new pair: a notice and an e-mail', async () => {
    const user = await createUser(t.app, { firstName: 'Ada' });
    const headers = await signIn(user.username, '10.9.0.1', 'Firefox on Linux');
    await signIn(user.username, '10.9.0.1', 'Firefox on Linux');
    expect(await notices(headers)).toEqual([]);
    await signIn(user.username, '10.9.0.2', 'Firefox on Linux');
    await signIn(user.username, '10.9.0.2', 'Safari on iPhone');
    const list = await notices(headers);
    expect(list.map((n: { type: string; actor: unknown }) => [n.type, n.actor])).toEqual([
      ['security.new_login', null],
      ['security.new_login', null],
    ]);
    await eventually(() => t.smtp.to(user.email).length === 2);
    const [mail] = t.smtp.to(user.email);
    expect(mail?.subject).toBe('MentalMuse: a new sign-in to your account');
    expect(mail?.text).toContain('Hello Ada,');
    expect(mail?.text).toContain('10.9.0.2');
    expect(mail?.text).toContain(`${TEST_FRONTEND}/settings/security`);
    expect(mail?.text).not.toContain(TEST_PASSWORD);
  });

  it('the e-mail goes out even with the in-app notice turned off', async () => {
    const user = await createUser(t.app);
    const headers = await signIn(user.username, '10.9.1.1', 'Firefox');
    const off = await t.app.inject({
      method: 'PUT',
      url: '/api/notifications/preferences/',
      headers,
      payload: { types: { 'security.new_login': { in_app: false } } },
    });
    expect(off.statusCode).toBe(200);
    await signIn(user.username, '10.9.1.2', 'Firefox');
    await eventually(() => t.smtp.to(user.email).length === 1);
    expect(await notices(headers)).toEqual([]);
  });

  it('a failed sign-in from a new pair tells nobody', async () => {
    const user = await createUser(t.app);
    const headers = await signIn(user.username, '10.9.2.1', 'Firefox');
    const failed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: user.username, password: 'wrong password entirely' },
      remoteAddress: '10.9.2.2',
    });
    expect(failed.statusCode).toBe(401);
    expect(await notices(headers)).toEqual([]);
    expect(
      await t.database.db
        .selectFrom('mail_outbox')
        .select('id')
        .where('to_address', '=', user.email)
        .execute(),
    ).toEqual([]);
  });
});
