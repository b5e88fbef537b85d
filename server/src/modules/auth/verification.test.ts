/**
 * E-mail verification end to end over real SMTP: register in mandatory mode, read the message,
 * follow the link's key, log in. Plus every error: reused, expired, unknown key; the resend
 * answer for known and unknown addresses; throttling; the optional and none modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/helpers/auth.ts';
import { createMailTestApp, linkParts, TEST_FRONTEND } from '../../../test/helpers/mail.ts';
import { nowMicros } from '../../lib/time.ts';
import { RESEND_SENT } from './email-flows.routes.ts';

const PASSWORD = 'a calm and quiet lake 7';

let t: Awaited<ReturnType<typeof createMailTestApp>>;
beforeAll(async () => {
  t = await createMailTestApp({ EMAIL_VERIFICATION: 'mandatory' });
});
afterAll(async () => t.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers });

async function register(username: string) {
  const email = `${username}@example.com`;
  const response = await post('/api/auth/register/', { username, email, password: PASSWORD });
  expect(response.statusCode).toBe(201);
  expect(response.json()).toEqual({ detail: 'Verification e-mail sent.' });
  const [mail] = await t.smtp.waitFor(1, email);
  if (mail === undefined) throw new Error('no mail');
  return { email, mail, key: linkParts(mail.text, 'verify-email')[1] ?? '' };
}

describe('mandatory verification over SMTP', () => {
  it('register → e-mail with a link → verify → login', async () => {
    const { email, mail, key } = await register('river');
    expect(mail.subject).toContain('MentalMuse');
    expect(mail.from).toContain('webmaster@localhost');
    expect(mail.html).toContain(`${TEST_FRONTEND}/verify-email/${key}`);
    expect(mail.html).not.toMatch(/<img|<link|@import|url\(/i);

    const before = await post('/api/auth/login/', { username: 'river', password: PASSWORD });
    expect(before.statusCode).toBe(403);
    expect(before.json()).toEqual({ detail: 'E-mail is not verified.' });

    const verify = await post('/api/auth/registration/verify-email/', { key });
    expect(verify.statusCode).toBe(200);
    expect(verify.json()).toEqual({ detail: 'E-mail verified.' });

    const login = await post('/api/auth/login/', { email, password: PASSWORD });
    expect(login.statusCode).toBe(200);
    const events = await t.app.inject({
      method: 'GET',
      url: '/api/auth/security-events/',
      headers: { authorization: `Bearer ${login.json().access}` },
    });
    const types = events.json().results.map((e: { type: string }) => e.type);
    expect(types).toEqual(expect.arrayContaining(['user.register', 'email.verify', 'login.success']));
  });

  it('a key works once', async () => {
    const { key } = await register('brook');
    expect((await post('/api/auth/registration/verify-email/', { key })).statusCode).toBe(200);
    const again = await post('/api/auth/registration/verify-email/', { key });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual({ detail: 'This link is invalid or has expired.' });
  });

  it('an expired key is refused and leaves the account unverified', async () => {
    const { key } = await register('pond');
    await t.database.db
      .updateTable('email_keys')
      .set({ expires: nowMicros() - 1 })
      .execute();
    const response = await post('/api/auth/registration/verify-email/', { key });
    expect(response.statusCode).toBe(400);
    expect((await post('/api/auth/login/', { username: 'pond', password: PASSWORD })).statusCode).toBe(403);
  });

  it('an unknown or blank key is refused', async () => {
    expect((await post('/api/auth/registration/verify-email/', { key: 'x'.repeat(43) })).statusCode).toBe(
      400,
    );
    const blank = await post('/api/auth/registration/verify-email/', { key: '' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json()).toEqual({ key: ['This field may not be blank.'] });
  });

  it('the key is stored only as a hash', async () => {
    const { key } = await register('delta');
    const rows = await t.database.db.selectFrom('email_keys').select('key_hash').execute();
    expect(rows.some((r) => r.key_hash === key)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.key_hash))).toBe(true);
  });

  it('resend: the same answer for an unverified, a verified and an unknown address; mail only for the first', async () => {
    const { email } = await register('creek');
    const verified = await createUser(t.app, { emailVerified: true });
    const before = t.smtp.received.length;
    const answers = await Promise.all(
      [email, verified.email, 'nobody-here@example.com'].map((address) =>
        post('/api/auth/registration/resend-email/', { email: address }, { 'x-forwarded-for': address }),
      ),
    );
    for (const answer of answers) {
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toEqual({ detail: RESEND_SENT });
    }
    const [, second] = await t.smtp.waitFor(2, email);
    if (second === undefined) throw new Error('no second mail');
    // The new link works.
    const key = linkParts(second.text, 'verify-email')[1];
    expect((await post('/api/auth/registration/verify-email/', { key })).statusCode).toBe(200);
    expect(t.smtp.received.length).toBe(before + 1);
    expect(t.smtp.to(verified.email)).toHaveLength(0);
  });

  it('resend is throttled per address, known or not, with the same 429', async () => {
    for (const address of ['lake@example.com', 'unknown-lake@example.com']) {
      for (let i = 0; i < 3; i++) {
        const ok = await post('/api/auth/registration/resend-email/', { email: address });
        expect(ok.statusCode).toBe(200);
      }
      const limited = await post('/api/auth/registration/resend-email/', { email: address.toUpperCase() });
      expect(limited.statusCode).toBe(429);
      expect(limited.json().detail).toMatch(/^Request was throttled\. Expected available in \d+ seconds\.$/);
      expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    }
  });

  it('a malformed address is a field error', async () => {
    const response = await post('/api/auth/registration/resend-email/', { email: 'not-an-address' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ email: ['Enter a valid email address.'] });
  });
});

describe('optional and none modes', () => {
  it('optional: tokens at once and a verification message; verifying marks the address', async () => {
    const o = await createMailTestApp({ EMAIL_VERIFICATION: 'optional' });
    try {
      const response = await o.app.inject({
        method: 'POST',
        url: '/api/auth/register/',
        payload: { username: 'meadow', email: 'meadow@example.com', password: PASSWORD },
      });
      expect(response.statusCode).toBe(201);
      expect(response.json().access).toEqual(expect.any(String));
      const headers = { authorization: `Bearer ${response.json().access}` };
      const profile = async () =>
        (await o.app.inject({ method: 'GET', url: '/api/auth/user/', headers })).json().email_verified;
      expect(await profile()).toBe(false);
      const [mail] = await o.smtp.waitFor(1, 'meadow@example.com');
      const key = linkParts(mail?.text ?? '', 'verify-email')[1];
      const verify = await o.app.inject({
        method: 'POST',
        url: '/api/auth/registration/verify-email/',
        payload: { key },
      });
      expect(verify.statusCode).toBe(200);
      const row = await o.database.db
        .selectFrom('users')
        .select('email_verified')
        .where('username', '=', 'meadow')
        .executeTakeFirstOrThrow();
      expect(Boolean(row.email_verified)).toBe(true);
      expect(await profile()).toBe(true);
    } finally {
      await o.close();
    }
  });

  it('none: no message at all', async () => {
    const n = await createMailTestApp({ EMAIL_VERIFICATION: 'none' });
    try {
      const response = await n.app.inject({
        method: 'POST',
        url: '/api/auth/register/',
        payload: { username: 'field', email: 'field@example.com', password: PASSWORD },
      });
      expect(response.statusCode).toBe(201);
      const queued = await n.database.db.selectFrom('mail_outbox').select('id').execute();
      expect(queued).toHaveLength(0);
    } finally {
      await n.close();
    }
  });
});
