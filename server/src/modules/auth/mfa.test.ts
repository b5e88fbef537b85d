/**
 * Authenticator-app codes, recovery codes and the second step of a login (API.md C3): RFC 6238's
 * published vectors and the step boundaries, setup behind the password, replay refusal, recovery
 * code reuse, the `mfa_token`'s expiry, reuse and death after five wrong codes, throttling shared
 * with password failures, cookie mode, and the notices. `Date` is faked so TOTP steps are chosen.
 */
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { authHeaders, createUser, TEST_PASSWORD } from '../../../test/helpers/auth.ts';
import { rotateJournalKey } from '../journal/index.ts';
import type { UserRow } from '../users/index.ts';
import { recoveryCodeKey, secondFactorKeyUser } from './mfa-keys.ts';
import { hashRecoveryCode, matchTotp, totpCode, totpStep } from './totp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let t: TestApp;

/** RFC 6238's SHA-1 seed, the ASCII of "12345678901234567890", in base32. */
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
/** Appendix B, SHA-1 column: time (s) → 8-digit TOTP. */
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

// Start of a step, far from any boundary the tests do not choose.
let clock = Math.ceil(Date.now() / 30_000) * 30_000 + 5_000;
function setClock(ms: number): void {
  clock = ms;
  vi.setSystemTime(clock);
}
/** Moves the faked clock on by whole steps. */
function nextStep(steps = 1): void {
  setClock(clock + steps * 30_000);
}

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_MAX_FAILURES: '8' } });
  vi.useFakeTimers({ toFake: ['Date'] });
  setClock(clock);
});
afterEach(() => nextStep());
// Each test from its own address: the per-IP throttle counts every test's wrong attempts otherwise.
let ip = 0;
beforeEach(() => {
  ip += 1;
});
afterAll(async () => {
  vi.useRealTimers();
  await t.close();
});

async function post(url: string, payload: unknown, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url,
    payload: payload as Record<string, unknown>,
    headers,
    remoteAddress: `10.0.0.${ip}`,
  });
}

/** A user with a confirmed authenticator: its secret, recovery codes and headers. */
async function userWithTotp(overrides: Parameters<typeof createUser>[1] = {}) {
  const user = await createUser(t.app, overrides);
  const headers = await authHeaders(t.app, user);
  const setup = await post('/api/auth/mfa/totp/setup/', { password: TEST_PASSWORD }, headers);
  expect(setup.statusCode).toBe(200);
  const secret = setup.json().secret as string;
  const confirm = await post('/api/auth/mfa/totp/confirm/', { code: totpCode(secret, Date.now()) }, headers);
  expect(confirm.statusCode).toBe(200);
  nextStep();
  return { user, headers, secret, codes: confirm.json().recovery_codes as string[] };
}

async function passwordLogin(user: UserRow, headers: Record<string, string> = {}) {
  return post('/api/auth/login/', { username: user.username, password: TEST_PASSWORD }, headers);
}

async function mfaToken(user: UserRow): Promise<string> {
  const response = await passwordLogin(user);
  expect(response.statusCode).toBe(200);
  return response.json().mfa_token as string;
}

const events = (userId: number, type: string) =>
  t.database.db
    .selectFrom('security_events')
    .select('details')
    .where('user_id', '=', userId)
    .where('type', '=', type)
    .execute();
const mails = (to: string) =>
  t.database.db.selectFrom('mail_outbox').select(['kind', 'subject']).where('to_address', '=', to).execute();

describe('TOTP (RFC 6238)', () => {
  it('matches the published SHA-1 test vectors (8 digits) and their 6-digit truncation', () => {
    for (const [seconds, expected] of RFC_VECTORS) {
      expect(totpCode(RFC_SECRET, seconds * 1000, 8)).toBe(expected);
      expect(totpCode(RFC_SECRET, seconds * 1000)).toBe(expected.slice(2));
    }
  });

  it('accepts the step before and after, not two away, right at the boundaries', () => {
    // 59 s is the last moment of step 1; 60 s the first of step 2.
    const step1 = totpCode(RFC_SECRET, 59_000);
    expect(totpStep(59_000)).toBe(1);
    expect(matchTotp(RFC_SECRET, step1, 30_000)).toBe(1);
    expect(matchTotp(RFC_SECRET, step1, 59_999)).toBe(1);
    expect(matchTotp(RFC_SECRET, step1, 60_000)).toBe(1); // one step late
    expect(matchTotp(RFC_SECRET, step1, 89_999)).toBe(1);
    expect(matchTotp(RFC_SECRET, step1, 90_000)).toBeNull(); // two steps late
    expect(matchTotp(RFC_SECRET, step1, 0)).toBe(1); // one step early
    const step3 = totpCode(RFC_SECRET, 90_000);
    expect(matchTotp(RFC_SECRET, step3, 59_999)).toBeNull(); // two steps early
    expect(matchTotp(RFC_SECRET, '12345', 59_000)).toBeNull();
    expect(matchTotp(RFC_SECRET, 'abcdef', 59_000)).toBeNull();
  });
});

describe('authenticator setup', () => {
  it('needs the password: missing → 400, wrong → 400, anonymous → 401', async () => {
    const user = await createUser(t.app);
    const headers = await authHeaders(t.app, user);
    expect((await post('/api/auth/mfa/totp/setup/', {}, headers)).json()).toEqual({
      password: ['This field is required.'],
    });
    const wrong = await post('/api/auth/mfa/totp/setup/', { password: 'not it at all' }, headers);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toHaveProperty('password');
    expect((await post('/api/auth/mfa/totp/setup/', { password: TEST_PASSWORD })).statusCode).toBe(401);
  });

  it('answers a secret, its otpauth URL and an SVG QR code; the secret is stored encrypted', async () => {
    const user = await createUser(t.app);
    const headers = await authHeaders(t.app, user);
    const setup = await post('/api/auth/mfa/totp/setup/', { password: TEST_PASSWORD }, headers);
    expect(setup.statusCode).toBe(200);
    const body = setup.json();
    expect(body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(body.otpauth_url).toMatch(/^otpauth:\/\/totp\/MentalMuse:/);
    expect(body.otpauth_url).toContain(`secret=${body.secret}`);
    expect(body.qr_svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const row = await t.database.db
      .selectFrom('mfa_totp')
      .selectAll()
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.secret_ciphertext).not.toContain(body.secret);
    expect(row.confirmed).toBe(false);
    // Not a factor until confirmed: login is unchanged.
    expect((await passwordLogin(user)).json()).toHaveProperty('access');
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/mfa/', headers })).json()).toEqual({
      totp: false,
      passkeys: [],
      recovery_codes_left: 0,
    });
  });

  it('confirm: a wrong or malformed code → 400 {"code": ["Invalid code."]}; the right one → 10 recovery codes', async () => {
    const user = await createUser(t.app);
    const headers = await authHeaders(t.app, user);
    const noSetup = await post('/api/auth/mfa/totp/confirm/', { code: '123456' }, headers);
    expect(noSetup.statusCode).toBe(400);
    const { secret } = (await post('/api/auth/mfa/totp/setup/', { password: TEST_PASSWORD }, headers)).json();
    for (const code of ['000000', '12345', 'hello!', totpCode(secret, Date.now() - 60_000)]) {
      const wrong = await post('/api/auth/mfa/totp/confirm/', { code }, headers);
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toEqual({ code: ['Invalid code.'] });
    }
    const ok = await post('/api/auth/mfa/totp/confirm/', { code: totpCode(secret, Date.now()) }, headers);
    expect(ok.statusCode).toBe(200);
    const codes = ok.json().recovery_codes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const stored = await t.database.db
      .selectFrom('mfa_recovery_codes')
      .select('code_hash')
      .where('user_id', '=', user.id)
      .execute();
    expect(stored).toHaveLength(10);
    for (const row of stored) expect(codes.join()).not.toContain(row.code_hash.slice(0, 10));
    // Keyed by the installation secret (outside the database): a plain hash of a code matches none.
    const hashes = stored.map((row) => row.code_hash).sort();
    const plain = codes.map((code) =>
      createHash('sha256')
        .update(`mentalmuse-recovery\0${code.replace('-', '')}`)
        .digest('hex'),
    );
    for (const hash of plain) expect(hashes).not.toContain(hash);
    const keyed = codes.map((code) => hashRecoveryCode(recoveryCodeKey(t.app.config), code)).sort();
    expect(keyed).toEqual(hashes);
    const status = await t.app.inject({ method: 'GET', url: '/api/auth/mfa/', headers });
    expect(status.json()).toMatchObject({ totp: true, recovery_codes_left: 10 });
    // A second setup while one is on → 400.
    expect((await post('/api/auth/mfa/totp/setup/', { password: TEST_PASSWORD }, headers)).statusCode).toBe(
      400,
    );
    expect(await events(user.id, 'mfa.totp_enabled')).toHaveLength(1);
    expect((await mails(user.email)).map((m) => m.kind)).toContain('security_notice');
  });
});

describe('login with a second step', () => {
  it('accounts without a factor log in exactly as before', async () => {
    const user = await createUser(t.app);
    const response = await passwordLogin(user);
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json()).sort()).toEqual(['access', 'refresh', 'user']);
  });

  it('the password answers mfa_required and no tokens; a code finishes it (body mode)', async () => {
    const { user, secret } = await userWithTotp();
    const first = await passwordLogin(user);
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body).toEqual({
      mfa_required: true,
      mfa_token: expect.any(String),
      methods: ['totp', 'recovery_code'],
    });
    expect(first.cookies).toHaveLength(0);
    const second = await post('/api/auth/login/mfa/', {
      mfa_token: body.mfa_token,
      code: totpCode(secret, Date.now()),
    });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({
      user: { username: user.username },
      access: expect.any(String),
      refresh: expect.any(String),
    });
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/user/',
      headers: { authorization: `Bearer ${second.json().access}` },
    });
    expect(me.statusCode).toBe(200);
    const success = await events(user.id, 'login.success');
    expect(JSON.parse(success.at(-1)?.details ?? '{}')).toMatchObject({ method: 'totp' });
  });

  it('a wrong password still answers the same 401 for an account with a factor', async () => {
    const { user } = await userWithTotp();
    const response = await post('/api/auth/login/', {
      username: user.username,
      password: 'wrong password 123',
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).not.toHaveProperty('mfa_token');
  });

  it('works in cookie mode: refresh cookie and csrftoken only after the second step', async () => {
    const { user, secret } = await userWithTotp();
    const first = await passwordLogin(user, { 'x-auth-mode': 'cookie' });
    expect(first.json().mfa_required).toBe(true);
    expect(first.cookies).toHaveLength(0);
    const second = await post(
      '/api/auth/login/mfa/',
      { mfa_token: first.json().mfa_token, code: totpCode(secret, Date.now()) },
      { 'x-auth-mode': 'cookie' },
    );
    expect(second.statusCode).toBe(200);
    expect(second.json()).not.toHaveProperty('refresh');
    const names = second.cookies.map((c) => c.name).sort();
    expect(names).toEqual(['csrftoken', 'refresh_token']);
    expect(second.cookies.find((c) => c.name === 'refresh_token')?.httpOnly).toBe(true);
  });

  it('a code is accepted once: the same code in the same step is refused (replay)', async () => {
    const { user, secret } = await userWithTotp();
    const code = totpCode(secret, Date.now());
    expect((await post('/api/auth/login/mfa/', { mfa_token: await mfaToken(user), code })).statusCode).toBe(
      200,
    );
    const replay = await post('/api/auth/login/mfa/', { mfa_token: await mfaToken(user), code });
    expect(replay.statusCode).toBe(400);
    expect(replay.json()).toEqual({ code: ['Invalid code.'] });
    // The next step's code works (and the previous step's, used already, does not).
    nextStep();
    const next = await post('/api/auth/login/mfa/', {
      mfa_token: await mfaToken(user),
      code: totpCode(secret, Date.now()),
    });
    expect(next.statusCode).toBe(200);
    expect((await post('/api/auth/login/mfa/', { mfa_token: await mfaToken(user), code })).statusCode).toBe(
      400,
    );
  });

  it('a recovery code works once (any case, with or without the dash), is counted, and notices', async () => {
    const { user, headers, codes } = await userWithTotp();
    const [code, other] = codes as [string, string];
    const used = await post('/api/auth/login/mfa/', {
      mfa_token: await mfaToken(user),
      code: code.toUpperCase(),
    });
    expect(used.statusCode).toBe(200);
    const reuse = await post('/api/auth/login/mfa/', { mfa_token: await mfaToken(user), code });
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json()).toEqual({ code: ['Invalid code.'] });
    const noDash = await post('/api/auth/login/mfa/', {
      mfa_token: await mfaToken(user),
      code: other.replace('-', ''),
    });
    expect(noDash.statusCode).toBe(200);
    const status = await t.app.inject({ method: 'GET', url: '/api/auth/mfa/', headers });
    expect(status.json().recovery_codes_left).toBe(8);
    expect(await events(user.id, 'mfa.recovery_code_used')).toHaveLength(2);
    // The authenticator's notice, then one per recovery code used.
    expect((await mails(user.email)).filter((m) => m.kind === 'security_notice')).toHaveLength(3);
  });

  it('the mfa_token is single use', async () => {
    const { user, secret } = await userWithTotp();
    const token = await mfaToken(user);
    expect(
      (await post('/api/auth/login/mfa/', { mfa_token: token, code: totpCode(secret, Date.now()) }))
        .statusCode,
    ).toBe(200);
    nextStep();
    const again = await post('/api/auth/login/mfa/', {
      mfa_token: token,
      code: totpCode(secret, Date.now()),
    });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toHaveProperty('mfa_token');
  });

  it('the mfa_token expires after five minutes', async () => {
    const { user, secret } = await userWithTotp();
    const token = await mfaToken(user);
    const row = await t.database.db
      .selectFrom('mfa_login_tokens')
      .select(['created', 'expires'])
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(Number(row.expires) - Number(row.created)).toBe(5 * 60 * 1_000_000);
    await t.database.db
      .updateTable('mfa_login_tokens')
      .set({ expires: 1 })
      .where('user_id', '=', user.id)
      .execute();
    const late = await post('/api/auth/login/mfa/', { mfa_token: token, code: totpCode(secret, Date.now()) });
    expect(late.statusCode).toBe(400);
    expect(late.json()).toHaveProperty('mfa_token');
  });

  it('the mfa_token dies after five wrong codes, even with the right one next', async () => {
    const { user, secret } = await userWithTotp();
    const token = await mfaToken(user);
    for (let i = 0; i < 5; i++) {
      const wrong = await post('/api/auth/login/mfa/', { mfa_token: token, code: String(100000 + i) });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toEqual({ code: ['Invalid code.'] });
    }
    const dead = await post('/api/auth/login/mfa/', { mfa_token: token, code: totpCode(secret, Date.now()) });
    expect(dead.statusCode).toBe(400);
    expect(dead.json()).toHaveProperty('mfa_token');
    expect(await events(user.id, 'login.failure')).toHaveLength(5);
  });

  it('malformed input → 400 field errors', async () => {
    const missing = await post('/api/auth/login/mfa/', {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({
      mfa_token: ['This field is required.'],
      code: ['This field is required.'],
    });
    const bogus = await post('/api/auth/login/mfa/', { mfa_token: 'nope', code: '123456' });
    expect(bogus.statusCode).toBe(400);
  });

  it('wrong codes count against the same per-account throttle as wrong passwords', async () => {
    // LOGIN_MAX_FAILURES is 8 here: 4 wrong passwords + 4 wrong codes lock the account.
    const { user, secret } = await userWithTotp();
    for (let i = 0; i < 4; i++) {
      const response = await post(
        '/api/auth/login/',
        { username: user.username, password: `wrong password ${i}` },
        {},
      );
      expect(response.statusCode).toBe(401);
    }
    const token = await mfaToken(user);
    for (let i = 0; i < 4; i++) {
      expect(
        (await post('/api/auth/login/mfa/', { mfa_token: token, code: String(200000 + i) })).statusCode,
      ).toBe(400);
    }
    const locked = await post('/api/auth/login/mfa/', {
      mfa_token: token,
      code: totpCode(secret, Date.now()),
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBeDefined();
    expect((await passwordLogin(user)).statusCode).toBe(429);
  });
});

describe('turning it off and new recovery codes', () => {
  it('disable needs the password and a code; afterwards login is password-only again', async () => {
    const { user, headers, secret } = await userWithTotp();
    expect(
      (
        await post('/api/auth/mfa/totp/disable/', { password: TEST_PASSWORD, code: '000000' }, headers)
      ).json(),
    ).toEqual({
      code: ['Invalid code.'],
    });
    const wrongPassword = await post(
      '/api/auth/mfa/totp/disable/',
      { password: 'nope nope nope', code: totpCode(secret, Date.now()) },
      headers,
    );
    expect(wrongPassword.statusCode).toBe(400);
    expect(wrongPassword.json()).toHaveProperty('password');
    const off = await post(
      '/api/auth/mfa/totp/disable/',
      { password: TEST_PASSWORD, code: totpCode(secret, Date.now()) },
      headers,
    );
    expect(off.statusCode).toBe(204);
    expect((await passwordLogin(user)).json()).toHaveProperty('access');
    const status = await t.app.inject({ method: 'GET', url: '/api/auth/mfa/', headers });
    expect(status.json()).toEqual({ totp: false, passkeys: [], recovery_codes_left: 0 });
    expect(await events(user.id, 'mfa.totp_disabled')).toHaveLength(1);
  });

  it('regenerating recovery codes needs the password and kills the old ones', async () => {
    const { user, headers, codes } = await userWithTotp();
    expect(
      (await post('/api/auth/mfa/recovery-codes/', { password: 'wrong one here' }, headers)).statusCode,
    ).toBe(400);
    const fresh = await post('/api/auth/mfa/recovery-codes/', { password: TEST_PASSWORD }, headers);
    expect(fresh.statusCode).toBe(200);
    const newCodes = fresh.json().recovery_codes as string[];
    expect(newCodes).toHaveLength(10);
    const old = await post('/api/auth/login/mfa/', { mfa_token: await mfaToken(user), code: codes[0] });
    expect(old.statusCode).toBe(400);
    const ok = await post('/api/auth/login/mfa/', { mfa_token: await mfaToken(user), code: newCodes[0] });
    expect(ok.statusCode).toBe(200);
    expect(await events(user.id, 'mfa.recovery_codes_regenerated')).toHaveLength(1);
  });

  it('recovery codes without a factor → 400', async () => {
    const user = await createUser(t.app);
    const headers = await authHeaders(t.app, user);
    expect(
      (await post('/api/auth/mfa/recovery-codes/', { password: TEST_PASSWORD }, headers)).statusCode,
    ).toBe(400);
  });
});

describe('key rotation', () => {
  it('journal rotate-key re-encrypts authenticator secrets too, and --prune keeps them readable', async () => {
    const { user, secret } = await userWithTotp();
    const before = await t.database.db
      .selectFrom('mfa_totp')
      .selectAll()
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    const rotated = await rotateJournalKey(t.config, t.database, { keyUsers: [secondFactorKeyUser] });
    expect(rotated.generated).toBe(true);
    const after = await t.database.db
      .selectFrom('mfa_totp')
      .selectAll()
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(after.key_id).toBe(rotated.keyId);
    expect(after.key_id).not.toBe(before.key_id);
    const pruned = await rotateJournalKey(t.config, t.database, {
      newKey: false,
      prune: true,
      keyUsers: [secondFactorKeyUser],
    });
    expect(pruned.unusedKeys).toContain(before.key_id);
    const login = await post('/api/auth/login/mfa/', {
      mfa_token: await mfaToken(user),
      code: totpCode(secret, Date.now()),
    });
    expect(login.statusCode).toBe(200);
  });
});
