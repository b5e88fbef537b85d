/**
 * Second factors for staff (API.md C3): under `MFA_REQUIRED_FOR_STAFF=true` a moderator or admin
 * without a factor gets 403 `mfa_required` on staff routes (and only there), cannot remove their
 * last factor, and `check --deploy` warns while the setting is off. Admins can reset a user's
 * factors (audited, e-mailed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { type AuthHeaders, authHeaders, createUser, TEST_PASSWORD } from '../../../test/helpers/auth.ts';
import { SoftAuthenticator } from '../../../test/helpers/webauthn.ts';
import { deployFindings } from '../../cli/check.ts';
import { testConfig } from '../../config.ts';
import type { Role } from '../../db/schema.ts';
import { totpCode } from './totp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let t: TestApp;
let relaxed: TestApp;
const ORIGIN = 'http://localhost:5173';

beforeAll(async () => {
  t = await createTestApp({ env: { MFA_REQUIRED_FOR_STAFF: 'true', WEBAUTHN_ORIGIN: ORIGIN } });
  relaxed = await createTestApp();
});
afterAll(async () => {
  await t.close();
  await relaxed.close();
});

async function withTotp(app: TestApp, headers: AuthHeaders): Promise<string> {
  const setup = await app.app.inject({
    method: 'POST',
    url: '/api/auth/mfa/totp/setup/',
    payload: { password: TEST_PASSWORD },
    headers,
  });
  expect(setup.statusCode).toBe(200);
  const secret = setup.json().secret as string;
  const confirm = await app.app.inject({
    method: 'POST',
    url: '/api/auth/mfa/totp/confirm/',
    payload: { code: totpCode(secret, Date.now()) },
    headers,
  });
  expect(confirm.statusCode).toBe(200);
  return secret;
}

async function member(app: TestApp, role: Role, factor: boolean) {
  const user = await createUser(app.app, { role });
  const headers = await authHeaders(app.app, user);
  const secret = factor ? await withTotp(app, headers) : null;
  return { user, headers, secret };
}

const STAFF_ROUTES = [
  '/api/moderation/reports/',
  '/api/moderation/appeals/',
  '/api/admin/users/',
  '/api/admin/dashboard/',
];

describe('MFA_REQUIRED_FOR_STAFF=true: the permission matrix', () => {
  it('anonymous 401; user 403 (plain); staff without a factor 403 mfa_required; staff with one pass', async () => {
    const cast = {
      user: await member(t, 'user', false),
      userWithFactor: await member(t, 'user', true),
      moderator: await member(t, 'moderator', false),
      moderatorWithFactor: await member(t, 'moderator', true),
      admin: await member(t, 'admin', false),
      adminWithFactor: await member(t, 'admin', true),
    };
    for (const url of STAFF_ROUTES) {
      const get = (headers?: AuthHeaders) =>
        t.app.inject({ method: 'GET', url, ...(headers ? { headers } : {}) });
      expect((await get()).statusCode, url).toBe(401);
      for (const who of ['user', 'userWithFactor'] as const) {
        const response = await get(cast[who].headers);
        expect(response.statusCode, `${who} ${url}`).toBe(403);
        expect(response.json()).not.toHaveProperty('code');
      }
      for (const who of ['moderator', 'admin'] as const) {
        const response = await get(cast[who].headers);
        expect(response.statusCode, `${who} ${url}`).toBe(403);
        expect(response.json()).toEqual({
          detail: expect.stringContaining('second sign-in step'),
          code: 'mfa_required',
        });
      }
      const moderator = await get(cast.moderatorWithFactor.headers);
      expect(moderator.statusCode, `moderator with factor ${url}`).toBe(200);
      expect((await get(cast.adminWithFactor.headers)).statusCode, `admin with factor ${url}`).toBe(200);
    }
    // Outside staff routes nothing changes: a staff member without a factor can set one up.
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/user/', headers: cast.moderator.headers }))
        .statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/mfa/', headers: cast.moderator.headers }))
        .statusCode,
    ).toBe(200);
    await withTotp(t, cast.moderator.headers);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/moderation/reports/',
          headers: cast.moderator.headers,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('a passkey counts as the factor', async () => {
    const moderator = await member(t, 'moderator', false);
    const authenticator = new SoftAuthenticator(ORIGIN, 'localhost');
    const options = (
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/passkeys/register/options/',
        headers: moderator.headers,
      })
    ).json();
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/auth/passkeys/register/',
      payload: { credential: authenticator.register(options).answer, name: 'Key' },
      headers: moderator.headers,
    });
    expect(added.statusCode).toBe(201);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/moderation/reports/', headers: moderator.headers }))
        .statusCode,
    ).toBe(200);
    // Removing the last factor of a staff account → 400 mfa_required, and it stays.
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/auth/passkeys/${added.json().id}/`,
      headers: moderator.headers,
    });
    expect(removed.statusCode).toBe(400);
    expect(removed.json()).toMatchObject({ code: 'mfa_required' });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/passkeys/', headers: moderator.headers })).json(),
    ).toHaveLength(1);
  });

  it('disabling the last authenticator of a staff account → 400; an ordinary user may', async () => {
    const moderator = await member(t, 'moderator', true);
    const secret = moderator.secret as string;
    const off = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/totp/disable/',
      payload: { password: TEST_PASSWORD, code: totpCode(secret, Date.now() + 30_000) },
      headers: moderator.headers,
    });
    expect(off.statusCode).toBe(400);
    expect(off.json()).toMatchObject({ code: 'mfa_required' });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/mfa/', headers: moderator.headers })).json().totp,
    ).toBe(true);
    const user = await member(t, 'user', true);
    const userOff = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/totp/disable/',
      payload: { password: TEST_PASSWORD, code: totpCode(user.secret as string, Date.now() + 30_000) },
      headers: user.headers,
    });
    expect(userOff.statusCode).toBe(204);
  });
});

describe('MFA_REQUIRED_FOR_STAFF=false (the default)', () => {
  it('staff without a factor use staff routes as before', async () => {
    const moderator = await member(relaxed, 'moderator', false);
    const admin = await member(relaxed, 'admin', false);
    expect(
      (
        await relaxed.app.inject({
          method: 'GET',
          url: '/api/moderation/reports/',
          headers: moderator.headers,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await relaxed.app.inject({ method: 'GET', url: '/api/admin/users/', headers: admin.headers }))
        .statusCode,
    ).toBe(200);
  });

  it('check --deploy warns (security.W011) while it is off, not when on', () => {
    const ids = (env: Record<string, string>) => deployFindings(testConfig(env), {}).map((f) => f.id);
    expect(ids({})).toContain('security.W011');
    expect(ids({ MFA_REQUIRED_FOR_STAFF: 'true' })).not.toContain('security.W011');
  });
});

describe('admin reset of a user’s second factors', () => {
  it('admins only, not on themselves; removes every factor; audited and e-mailed', async () => {
    const admin = await member(t, 'admin', true);
    const moderator = await member(t, 'moderator', true);
    const target = await member(t, 'user', true);
    const url = `/api/admin/users/${target.user.public_id}/mfa-reset/`;
    expect((await t.app.inject({ method: 'POST', url })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url, headers: target.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url, headers: moderator.headers })).statusCode).toBe(403);
    const own = await t.app.inject({
      method: 'POST',
      url: `/api/admin/users/${admin.user.public_id}/mfa-reset/`,
      headers: admin.headers,
    });
    expect(own.statusCode).toBe(400);
    const reset = await t.app.inject({ method: 'POST', url, headers: admin.headers });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().id).toBe(target.user.public_id);
    const status = await t.app.inject({ method: 'GET', url: '/api/auth/mfa/', headers: target.headers });
    expect(status.json()).toEqual({ totp: false, passkeys: [], recovery_codes_left: 0 });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: target.user.username, password: TEST_PASSWORD },
    });
    expect(login.json()).toHaveProperty('access');
    const audit = await t.database.db
      .selectFrom('security_events')
      .select(['actor_id', 'details'])
      .where('type', '=', 'admin.mfa_reset')
      .where('user_id', '=', target.user.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_id).toBe(admin.user.id);
    expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({ totp_removed: true, passkeys_removed: 0 });
    const mail = await t.database.db
      .selectFrom('mail_outbox')
      .select('kind')
      .where('to_address', '=', target.user.email)
      .execute();
    expect(mail.filter((m) => m.kind === 'security_notice')).toHaveLength(2); // enabled, then reset
  });
});
