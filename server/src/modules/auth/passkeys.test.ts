/**
 * Passkeys end to end through a software authenticator (`test/helpers/webauthn.ts`): creation and
 * request options, registration (several, named), passwordless login in body and cookie mode,
 * rename and delete, and every tampered answer (origin, RP id, challenge, signature, user
 * verification, a reused challenge) refused with 400 and nothing stored.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { type AuthHeaders, authHeaders, createUser, TEST_PASSWORD } from '../../../test/helpers/auth.ts';
import { SoftAuthenticator, type Tamper } from '../../../test/helpers/webauthn.ts';
import { testConfig } from '../../config.ts';
import type { UserRow } from '../users/index.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let t: TestApp;
const ORIGIN = 'http://localhost:5173';

beforeAll(async () => {
  t = await createTestApp({ env: { WEBAUTHN_ORIGIN: ORIGIN } });
});
afterAll(async () => t.close());

let ip = 0;
beforeEach(() => {
  ip += 1;
});

function post(url: string, payload: unknown, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url,
    payload: payload as Record<string, unknown>,
    headers,
    remoteAddress: `10.1.0.${ip}`,
  });
}

async function registrationOptions(headers: AuthHeaders) {
  const response = await post('/api/auth/passkeys/register/options/', undefined, headers);
  expect(response.statusCode).toBe(200);
  return response.json();
}

/** Registers a passkey of a new software authenticator (or `authenticator`) for the user. */
async function addPasskey(
  headers: AuthHeaders,
  name = 'Laptop',
  authenticator = new SoftAuthenticator(ORIGIN, 'localhost'),
) {
  const options = await registrationOptions(headers);
  const { answer, keep } = authenticator.register(options);
  const response = await post('/api/auth/passkeys/register/', { credential: answer, name }, headers);
  expect(response.statusCode).toBe(201);
  keep();
  return { authenticator, passkey: response.json() };
}

async function passkeyLogin(
  authenticator: SoftAuthenticator,
  tamper: Tamper = {},
  headers: Record<string, string> = {},
) {
  const options = (await post('/api/auth/passkeys/login/options/', undefined)).json();
  return post('/api/auth/passkeys/login/', { credential: authenticator.login(options, tamper) }, headers);
}

const passkeyCount = async (user: UserRow) =>
  (await t.database.db.selectFrom('passkeys').select('id').where('user_id', '=', user.id).execute()).length;

describe('registration', () => {
  it('creation options: discoverable credential, user verification required, RP from config', async () => {
    const user = await createUser(t.app);
    const options = await registrationOptions(await authHeaders(t.app, user));
    expect(options.rp).toEqual({ name: 'MentalMuse', id: 'localhost' });
    expect(options.user.name).toBe(user.username);
    expect(options.authenticatorSelection).toMatchObject({
      residentKey: 'required',
      userVerification: 'required',
    });
    expect(options.challenge).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(options.attestation).toBe('none');
    expect((await post('/api/auth/passkeys/register/options/', undefined)).statusCode).toBe(401);
  });

  it('registers several named passkeys, lists them and excludes them from new options', async () => {
    const user = await createUser(t.app);
    const headers = await authHeaders(t.app, user);
    const first = await addPasskey(headers, 'Laptop');
    expect(first.passkey).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      name: 'Laptop',
      created: expect.any(String),
      last_used: null,
      backed_up: true,
    });
    await addPasskey(headers, 'Phone');
    const list = await t.app.inject({ method: 'GET', url: '/api/auth/passkeys/', headers });
    expect(list.json().map((p: { name: string }) => p.name)).toEqual(['Laptop', 'Phone']);
    const status = await t.app.inject({ method: 'GET', url: '/api/auth/mfa/', headers });
    expect(status.json().passkeys).toHaveLength(2);
    expect((await registrationOptions(headers)).excludeCredentials).toHaveLength(2);
    const row = await t.database.db
      .selectFrom('passkeys')
      .selectAll()
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ backup_eligible: true, backup_state: true, transports: '["internal"]' });
    expect(Number(row.counter)).toBe(0);
    const added = await t.database.db
      .selectFrom('security_events')
      .select('id')
      .where('user_id', '=', user.id)
      .where('type', '=', 'mfa.passkey_added')
      .execute();
    expect(added).toHaveLength(2);
  });

  const tampered: [string, Tamper][] = [
    ['a wrong origin', { origin: 'https://evil.example' }],
    ['a wrong RP id', { rpId: 'evil.example' }],
    ['a wrong challenge', { challenge: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
    ['no user verification', { userVerified: false }],
    ['a sign-in answer instead of a creation', { type: 'webauthn.get' }],
  ];
  for (const [what, tamper] of tampered) {
    it(`${what} → 400 and nothing stored`, async () => {
      const user = await createUser(t.app);
      const headers = await authHeaders(t.app, user);
      const options = await registrationOptions(headers);
      const { answer } = new SoftAuthenticator(ORIGIN, 'localhost').register(options, tamper);
      const response = await post('/api/auth/passkeys/register/', { credential: answer, name: 'X' }, headers);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toHaveProperty('credential');
      expect(await passkeyCount(user)).toBe(0);
    });
  }

  it('a challenge works once, and only for the account it was made for', async () => {
    const user = await createUser(t.app);
    const other = await createUser(t.app);
    const headers = await authHeaders(t.app, user);
    const options = await registrationOptions(headers);
    const authenticator = new SoftAuthenticator(ORIGIN, 'localhost');
    const stolen = await post(
      '/api/auth/passkeys/register/',
      { credential: authenticator.register(options).answer, name: 'X' },
      await authHeaders(t.app, other),
    );
    expect(stolen.statusCode).toBe(400);
    expect(await passkeyCount(other)).toBe(0);
    // The stolen attempt did not consume it; the owner's answer works once.
    const ok = await post(
      '/api/auth/passkeys/register/',
      { credential: authenticator.register(options).answer, name: 'X' },
      headers,
    );
    expect(ok.statusCode).toBe(201);
    const again = await post(
      '/api/auth/passkeys/register/',
      { credential: authenticator.register(options).answer, name: 'Y' },
      headers,
    );
    expect(again.statusCode).toBe(400);
    expect(await passkeyCount(user)).toBe(1);
  });

  it('malformed answers → 400 field errors', async () => {
    const headers = await authHeaders(t.app, await createUser(t.app));
    const missing = await post('/api/auth/passkeys/register/', { name: 'X' }, headers);
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toHaveProperty('credential');
    const garbage = {
      id: 'x',
      rawId: 'x',
      type: 'public-key',
      clientExtensionResults: {},
      response: { clientDataJSON: 'bm90IGpzb24', attestationObject: 'AAAA' },
    };
    const bad = await post('/api/auth/passkeys/register/', { credential: garbage, name: 'X' }, headers);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toHaveProperty('credential');
  });
});

describe('signing in with a passkey', () => {
  it('passwordless login answers the normal login (body mode); counter and last use are stored', async () => {
    const user = await createUser(t.app);
    const { authenticator } = await addPasskey(await authHeaders(t.app, user));
    const options = (await post('/api/auth/passkeys/login/options/', undefined)).json();
    expect(options.userVerification).toBe('required');
    expect(options.rpId).toBe('localhost');
    expect(options.allowCredentials ?? []).toEqual([]);
    const response = await post('/api/auth/passkeys/login/', { credential: authenticator.login(options) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      user: { username: user.username },
      access: expect.any(String),
      refresh: expect.any(String),
    });
    const row = await t.database.db
      .selectFrom('passkeys')
      .selectAll()
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(Number(row.counter)).toBe(1);
    expect(row.last_used).not.toBeNull();
    // The same answer again: its challenge is used up.
    const replay = await post('/api/auth/passkeys/login/', { credential: authenticator.login(options) });
    expect(replay.statusCode).toBe(400);
  });

  it('works in cookie mode', async () => {
    const user = await createUser(t.app);
    const { authenticator } = await addPasskey(await authHeaders(t.app, user));
    const response = await passkeyLogin(authenticator, {}, { 'x-auth-mode': 'cookie' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).not.toHaveProperty('refresh');
    expect(response.cookies.map((c) => c.name).sort()).toEqual(['csrftoken', 'refresh_token']);
  });

  const tampered: [string, Tamper][] = [
    ['a wrong origin', { origin: 'https://evil.example' }],
    ['a wrong RP id', { rpId: 'evil.example' }],
    ['a wrong challenge', { challenge: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
    ['a bad signature', { badSignature: true }],
    ['no user verification', { userVerified: false }],
  ];
  for (const [what, tamper] of tampered) {
    it(`${what} → 400, no session, nothing updated`, async () => {
      const user = await createUser(t.app);
      const { authenticator } = await addPasskey(await authHeaders(t.app, user));
      const response = await passkeyLogin(authenticator, tamper);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toHaveProperty('credential');
      const row = await t.database.db
        .selectFrom('passkeys')
        .selectAll()
        .where('user_id', '=', user.id)
        .executeTakeFirstOrThrow();
      expect(row.last_used).toBeNull();
      expect(Number(row.counter)).toBe(0);
      const sessions = await t.database.db
        .selectFrom('sessions')
        .select('id')
        .where('user_id', '=', user.id)
        .execute();
      expect(sessions).toHaveLength(1); // the one authHeaders opened
    });
  }

  it('an unknown passkey → 400; a deactivated account → 400', async () => {
    const stranger = new SoftAuthenticator(ORIGIN, 'localhost');
    stranger.register({ challenge: 'x', user: { id: 'eA' } }).keep();
    expect((await passkeyLogin(stranger)).statusCode).toBe(400);
    const user = await createUser(t.app);
    const { authenticator } = await addPasskey(await authHeaders(t.app, user));
    await t.database.db.updateTable('users').set({ is_active: false }).where('id', '=', user.id).execute();
    expect((await passkeyLogin(authenticator)).statusCode).toBe(400);
  });

  it('a password login of an account with a passkey asks for the second step', async () => {
    const user = await createUser(t.app);
    await addPasskey(await authHeaders(t.app, user));
    const response = await post('/api/auth/login/', { username: user.username, password: TEST_PASSWORD });
    expect(response.json()).toEqual({
      mfa_required: true,
      mfa_token: expect.any(String),
      methods: ['passkey'],
    });
  });
});

describe('managing passkeys', () => {
  it('rename and delete one’s own; another user’s id → 404', async () => {
    const user = await createUser(t.app);
    const headers = await authHeaders(t.app, user);
    const { passkey, authenticator } = await addPasskey(headers, 'Old name');
    const otherHeaders = await authHeaders(t.app, await createUser(t.app));
    const url = `/api/auth/passkeys/${passkey.id}/`;
    expect(
      (await t.app.inject({ method: 'PATCH', url, payload: { name: 'Hijack' }, headers: otherHeaders }))
        .statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url, headers: otherHeaders })).statusCode).toBe(404);
    const renamed = await t.app.inject({
      method: 'PATCH',
      url,
      payload: { name: '  Work laptop ' },
      headers,
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().name).toBe('Work laptop');
    expect((await t.app.inject({ method: 'DELETE', url, headers })).statusCode).toBe(204);
    expect(await passkeyCount(user)).toBe(0);
    expect((await t.app.inject({ method: 'DELETE', url, headers })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'DELETE', url: '/api/auth/passkeys/not-an-id/', headers })).statusCode,
    ).toBe(404);
    // The deleted passkey no longer signs in.
    expect((await passkeyLogin(authenticator)).statusCode).toBe(400);
    const removed = await t.database.db
      .selectFrom('security_events')
      .select('id')
      .where('user_id', '=', user.id)
      .where('type', '=', 'mfa.passkey_removed')
      .execute();
    expect(removed).toHaveLength(1);
  });
});

describe('an IP address as relying party', () => {
  it('answers a clear 400 telling to use localhost', async () => {
    const ipApp = await createTestApp({ env: { WEBAUTHN_ORIGIN: 'http://127.0.0.1:8000' } });
    try {
      const headers = await authHeaders(ipApp.app, await createUser(ipApp.app));
      const register = await ipApp.app.inject({
        method: 'POST',
        url: '/api/auth/passkeys/register/options/',
        headers,
      });
      expect(register.statusCode).toBe(400);
      expect(register.json()).toEqual({ detail: expect.stringContaining('http://localhost:8000') });
      const login = await ipApp.app.inject({ method: 'POST', url: '/api/auth/passkeys/login/options/' });
      expect(login.statusCode).toBe(400);
    } finally {
      await ipApp.close();
    }
  });
});

describe('relying party configuration', () => {
  it('defaults from FRONTEND_URL, else the server’s own address; a foreign RP id is a config error', () => {
    expect(testConfig({ FRONTEND_URL: 'https://app.example.com/' }).webauthn).toEqual({
      rpId: 'app.example.com',
      origin: 'https://app.example.com',
    });
    expect(testConfig({}).webauthn).toEqual({ rpId: '127.0.0.1', origin: 'http://127.0.0.1:8000' });
    expect(
      testConfig({ WEBAUTHN_ORIGIN: 'https://app.example.com', WEBAUTHN_RP_ID: 'example.com' }).webauthn.rpId,
    ).toBe('example.com');
    expect(() =>
      testConfig({ WEBAUTHN_ORIGIN: 'https://app.example.com', WEBAUTHN_RP_ID: 'evil.com' }),
    ).toThrow(/WEBAUTHN_RP_ID/);
    expect(() => testConfig({ WEBAUTHN_ORIGIN: 'not a url' })).toThrow(/WEBAUTHN_ORIGIN/);
  });
});
