/**
 * E-mail change over real SMTP: password required, the key goes to the new address, the address
 * changes only when confirmed (uniqueness checked again then), the old address gets a notice,
 * and keys work once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD, tokensFor } from '../../../test/helpers/auth.ts';
import { createMailTestApp, linkParts } from '../../../test/helpers/mail.ts';
import type { UserRow } from '../users/users.repository.ts';

let t: Awaited<ReturnType<typeof createMailTestApp>>;
beforeAll(async () => {
  t = await createMailTestApp();
});
afterAll(async () => t.close());

async function ask(user: UserRow, body: Record<string, string>) {
  const { headers } = await tokensFor(t.app, user);
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/email/change/',
    headers,
    payload: { password: TEST_PASSWORD, ...body },
  });
}

const confirm = (key: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/email/change/confirm/', payload: { key } });

async function emailOf(userId: number) {
  const row = await t.database.db
    .selectFrom('users')
    .select(['email', 'email_verified'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return { email: row.email, verified: Boolean(row.email_verified) };
}

async function keyFor(address: string, index = 0): Promise<string> {
  const mails = await t.smtp.waitFor(index + 1, address);
  return linkParts(mails[index]?.text ?? '', 'confirm-email-change')[1] ?? '';
}

describe('e-mail change', () => {
  it('needs authentication', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/email/change/',
      payload: { new_email: 'x@example.com', password: 'x' },
    });
    expect(response.statusCode).toBe(401);
  });

  it('asks, confirms from the new inbox, notifies the old one', async () => {
    const user = await createUser(t.app);
    const response = await ask(user, { new_email: 'Fresh.Start@example.com' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ detail: 'Confirmation e-mail sent to the new address.' });
    const key = await keyFor('fresh.start@example.com');
    // Nothing changes until the new address is confirmed.
    expect((await emailOf(user.id)).email).toBe(user.email);

    const done = await confirm(key);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ detail: 'E-mail address changed.' });
    expect(await emailOf(user.id)).toEqual({ email: 'Fresh.Start@example.com', verified: true });

    const [notice] = await t.smtp.waitFor(1, user.email);
    expect(notice?.subject).toBe('MentalMuse: your e-mail address was changed');
    expect(notice?.text).toContain('Fresh.Start@example.com');
    expect(notice?.text).not.toMatch(/https?:\/\//);

    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { email: 'fresh.start@example.com', password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const events = await t.app.inject({
      method: 'GET',
      url: '/api/auth/security-events/',
      headers: { authorization: `Bearer ${login.json().access}` },
    });
    const types = events.json().results.map((e: { type: string }) => e.type);
    expect(types).toEqual(expect.arrayContaining(['email.change_request', 'email.change']));
  });

  it('a key works once', async () => {
    const user = await createUser(t.app);
    await ask(user, { new_email: 'once@example.com' });
    const key = await keyFor('once@example.com');
    expect((await confirm(key)).statusCode).toBe(200);
    const again = await confirm(key);
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual({ detail: 'This link is invalid or has expired.' });
  });

  it('an expired key, or one superseded by a newer request, is refused', async () => {
    const user = await createUser(t.app);
    await ask(user, { new_email: 'first-choice@example.com' });
    const first = await keyFor('first-choice@example.com');
    await ask(user, { new_email: 'second-choice@example.com' });
    const second = await keyFor('second-choice@example.com');
    expect((await confirm(first)).statusCode).toBe(400);
    await t.database.db
      .updateTable('email_keys')
      .set({ expires: 1 })
      .where('user_id', '=', user.id)
      .execute();
    expect((await confirm(second)).statusCode).toBe(400);
    expect((await emailOf(user.id)).email).toBe(user.email);
  });

  it('uniqueness is checked again at confirmation', async () => {
    const user = await createUser(t.app);
    await ask(user, { new_email: 'contested@example.com' });
    const key = await keyFor('contested@example.com');
    await createUser(t.app, { email: 'CONTESTED@example.com' });
    const response = await confirm(key);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ email: ['A user with that email already exists.'] });
    expect((await emailOf(user.id)).email).toBe(user.email);
  });

  it('refuses a wrong password, an invalid, taken or unchanged address', async () => {
    const user = await createUser(t.app);
    const other = await createUser(t.app);
    expect(
      (await ask(user, { new_email: 'ok@example.com', password: 'wrong password here' })).json(),
    ).toEqual({
      password: ['Incorrect password.'],
    });
    expect((await ask(user, { new_email: 'not an address' })).json()).toEqual({
      new_email: ['Enter a valid email address.'],
    });
    expect((await ask(user, { new_email: other.email.toUpperCase() })).json()).toEqual({
      new_email: ['A user with that email already exists.'],
    });
    expect((await ask(user, { new_email: user.email })).json()).toEqual({
      new_email: ['This is already your e-mail address.'],
    });
    const queued = await t.database.db
      .selectFrom('email_keys')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(queued).toHaveLength(0);
  });

  it('links sent to the old address stop working once the address changed', async () => {
    const user = await createUser(t.app);
    await t.app.inject({ method: 'POST', url: '/api/auth/password/reset/', payload: { email: user.email } });
    const [resetMail] = await t.smtp.waitFor(1, user.email);
    const [, uid = '', token = ''] = linkParts(resetMail?.text ?? '', 'reset-password');
    await ask(user, { new_email: `moved-${user.email}` });
    expect((await confirm(await keyFor(`moved-${user.email}`))).statusCode).toBe(200);
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password/reset/confirm/',
      payload: { uid, token, new_password1: 'a quiet new morning 4', new_password2: 'a quiet new morning 4' },
    });
    expect(reset.json()).toEqual({ token: ['Invalid value'] });
  });
});
