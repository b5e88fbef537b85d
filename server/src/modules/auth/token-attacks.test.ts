import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { importPKCS8, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { createUser, tokensFor } from '../../../test/helpers/auth.ts';
import type { UserRow } from '../users/users.repository.ts';
import { signAccessToken, TOKEN_AUDIENCE, TOKEN_ISSUER } from './tokens.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let t: TestApp;
let user: UserRow;
let victim: UserRow;
let sid: string;

const INVALID = {
  detail: 'Given token not valid for any token type',
  code: 'token_not_valid',
  messages: [{ token_class: 'AccessToken', token_type: 'access', message: 'Token is invalid or expired' }],
};
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
const me = (token: string) =>
  t.app.inject({ method: 'GET', url: '/api/auth/user/', headers: { authorization: `Bearer ${token}` } });

async function expectRejected(token: string) {
  const response = await me(token);
  expect(response.statusCode).toBe(401);
  expect(response.json()).toEqual(INVALID);
}

/** Signs claims with the server's own key, overriding what an attacker could not otherwise set. */
function mint(claims: Record<string, unknown>, options: { exp?: number; iat?: number } = {}) {
  const key = t.app.accounts.keys.current;
  const iat = options.iat ?? now();
  return new SignJWT({ token_type: 'access', sid, ...claims })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .setIssuer(String(claims.iss ?? TOKEN_ISSUER))
    .setAudience(String(claims.aud ?? TOKEN_AUDIENCE))
    .setSubject(String(claims.sub ?? user.public_id))
    .setIssuedAt(iat)
    .setExpirationTime(options.exp ?? iat + 300)
    .sign(key.privateKey);
}

beforeAll(async () => {
  t = await createTestApp();
  user = await createUser(t.app);
  victim = await createUser(t.app);
  sid = (await tokensFor(t.app, user)).sessionId;
});
afterAll(async () => {
  await t.close();
});

describe('access token attacks', () => {
  it('a correctly minted control token is accepted', async () => {
    expect((await me(await mint({}))).statusCode).toBe(200);
  });

  it('rejects alg: none', async () => {
    const kid = t.app.accounts.keys.current.kid;
    const payload = {
      token_type: 'access',
      sid,
      sub: user.public_id,
      iss: TOKEN_ISSUER,
      aud: TOKEN_AUDIENCE,
      iat: now(),
      exp: now() + 300,
    };
    await expectRejected(`${b64({ alg: 'none', typ: 'JWT', kid })}.${b64(payload)}.`);
    await expectRejected(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`);
  });

  it('rejects HS256 signed with the public key (algorithm confusion)', async () => {
    const key = t.app.accounts.keys.current;
    const pem = createPublicKey({ key: key.jwk as never, format: 'jwk' }).export({
      format: 'pem',
      type: 'spki',
    });
    for (const secret of [Buffer.from(String(pem)), Buffer.from(key.jwk.x, 'base64url')]) {
      const forged = await new SignJWT({ token_type: 'access', sid })
        .setProtectedHeader({ alg: 'HS256', kid: key.kid, typ: 'JWT' })
        .setIssuer(TOKEN_ISSUER)
        .setAudience(TOKEN_AUDIENCE)
        .setSubject(user.public_id)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(new Uint8Array(secret));
      await expectRejected(forged);
    }
  });

  it('rejects a token signed by another key, even with our kid', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const foreign = await importPKCS8(String(privateKey.export({ format: 'pem', type: 'pkcs8' })), 'EdDSA');
    const token = await new SignJWT({ token_type: 'access', sid })
      .setProtectedHeader({ alg: 'EdDSA', kid: t.app.accounts.keys.current.kid, typ: 'JWT' })
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setSubject(user.public_id)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(foreign);
    await expectRejected(token);
  });

  it('rejects expired tokens beyond the 30 s leeway, accepts within it', async () => {
    const keys = t.app.accounts.keys;
    const base = { userPublicId: user.public_id, sessionPublicId: sid, lifetime: 300 };
    await expectRejected(await signAccessToken(keys, { ...base, now: now() - 400 }));
    await expectRejected(await signAccessToken(keys, { ...base, now: now() - 3600 }));
    expect((await me(await signAccessToken(keys, { ...base, now: now() - 310 }))).statusCode).toBe(200);
  });

  it('rejects a wrong audience or issuer', async () => {
    await expectRejected(await mint({ aud: 'another-api' }));
    await expectRejected(await mint({ iss: 'https://evil.example' }));
  });

  it('rejects a tampered payload (sub swapped to another user)', async () => {
    const token = await mint({});
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    const tampered = `${header}.${b64({ ...claims, sub: victim.public_id })}.${signature}`;
    await expectRejected(tampered);
    expect((await me(token)).json().id).toBe(user.public_id);
  });

  it('rejects tokens missing sid, with a non-access type, or for an unknown user', async () => {
    await expectRejected(await mint({ token_type: 'refresh' }));
    await expectRejected(await mint({ sub: 'f'.repeat(32) }));
    const key = t.app.accounts.keys.current;
    const noSid = await new SignJWT({ token_type: 'access' })
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setSubject(user.public_id)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key.privateKey);
    await expectRejected(noSid);
  });

  it('rejects garbage and malformed Authorization headers', async () => {
    await expectRejected('not.a.jwt');
    await expectRejected('garbage');
    const twoParts = await t.app.inject({
      method: 'GET',
      url: '/api/auth/user/',
      headers: { authorization: 'Bearer a b' },
    });
    expect(twoParts.statusCode).toBe(401);
  });

  it('a cached (already verified) token still fails once its session is revoked', async () => {
    const tokens = await tokensFor(t.app, user);
    expect((await me(tokens.access)).statusCode).toBe(200);
    expect((await me(tokens.access)).statusCode).toBe(200);
    await t.app.inject({
      method: 'DELETE',
      url: `/api/auth/sessions/${tokens.sessionId}/`,
      headers: tokens.headers,
    });
    await expectRejected(tokens.access);
  });
});
