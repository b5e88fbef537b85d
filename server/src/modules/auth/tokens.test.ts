import { generateKeyPairSync } from 'node:crypto';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/database.ts';
import { LoginThrottle } from './login-throttle.ts';
import { RevocationList } from './revocation.ts';
import { jwks, loadKeyRing, signAccessToken, VerifiedTokenCache, verifyAccessToken } from './tokens.ts';

const SUB = 'a'.repeat(32);
const SID = 'b'.repeat(32);

describe('key ring', () => {
  it('generates an Ed25519 key with mode 0600 once, and reloads the same key', async () => {
    const dataDir = tempDir();
    const first = await loadKeyRing({ dataDir, jwtPrivateKeyFile: null });
    const files = readdirSync(path.join(dataDir, 'keys'));
    expect(files).toEqual(['key-0001.pem']);
    expect(statSync(path.join(dataDir, 'keys', 'key-0001.pem')).mode & 0o777).toBe(0o600);
    expect(first.current.alg).toBe('EdDSA');
    const second = await loadKeyRing({ dataDir, jwtPrivateKeyFile: null });
    expect(second.current.kid).toBe(first.current.kid);
    const token = await signAccessToken(first, { userPublicId: SUB, sessionPublicId: SID, lifetime: 60 });
    expect((await verifyAccessToken(second, token)).sub).toBe(SUB);
  });

  it('rotates: a newer key signs, the older one still verifies and is published', async () => {
    const dataDir = tempDir();
    const old = await loadKeyRing({ dataDir, jwtPrivateKeyFile: null });
    const oldToken = await signAccessToken(old, { userPublicId: SUB, sessionPublicId: SID, lifetime: 60 });
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(
      path.join(dataDir, 'keys', 'key-0002.pem'),
      privateKey.export({ format: 'pem', type: 'pkcs8' }),
    );
    const ring = await loadKeyRing({ dataDir, jwtPrivateKeyFile: null });
    expect(ring.current.alg).toBe('ES256');
    expect(ring.current.kid).not.toBe(old.current.kid);
    expect(
      jwks(ring)
        .keys.map((k) => k.kid)
        .sort(),
    ).toEqual([old.current.kid, ring.current.kid].sort());
    expect((await verifyAccessToken(ring, oldToken)).sid).toBe(SID);
    const newToken = await signAccessToken(ring, { userPublicId: SUB, sessionPublicId: SID, lifetime: 60 });
    expect((await verifyAccessToken(ring, newToken)).sub).toBe(SUB);
    await expect(verifyAccessToken(old, newToken)).rejects.toMatchObject({ statusCode: 401 });
  });

  it('uses JWT_PRIVATE_KEY_FILE when configured and refuses unsupported key types', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'signing.pem');
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }));
    const ring = await loadKeyRing({ dataDir: dir, jwtPrivateKeyFile: file });
    expect(ring.current.alg).toBe('ES256');
    expect(readdirSync(path.join(dir, 'keys'))).toEqual([]);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    writeFileSync(file, rsa.export({ format: 'pem', type: 'pkcs8' }));
    await expect(loadKeyRing({ dataDir: dir, jwtPrivateKeyFile: file })).rejects.toThrow(
      /Ed25519 or EC P-256/,
    );
  });

  it('caps the expiry of an access token at its session’s end', async () => {
    const ring = await loadKeyRing({ dataDir: tempDir(), jwtPrivateKeyFile: null });
    const now = Math.floor(Date.now() / 1000);
    const token = await signAccessToken(ring, {
      userPublicId: SUB,
      sessionPublicId: SID,
      lifetime: 300,
      now,
      notAfter: now + 10,
    });
    expect((await verifyAccessToken(ring, token)).exp).toBe(now + 10);
  });
});

describe('VerifiedTokenCache', () => {
  it('forgets expired entries and evicts the oldest when full', () => {
    const cache = new VerifiedTokenCache(2);
    cache.set('a', { sub: SUB, sid: SID, exp: 1000 });
    expect(cache.get('a', 1000)).toBeDefined();
    expect(cache.get('a', 1031)).toBeUndefined();
    cache.set('b', { sub: SUB, sid: SID, exp: 5000 });
    cache.set('c', { sub: SUB, sid: SID, exp: 5000 });
    cache.set('d', { sub: SUB, sid: SID, exp: 5000 });
    expect(cache.get('b', 0)).toBeUndefined();
    expect(cache.get('d', 0)).toBeDefined();
  });
});

describe('RevocationList', () => {
  it('keeps a session revoked for the access lifetime plus leeway, then drops it', () => {
    const list = new RevocationList(300);
    list.revoke('s1');
    expect(list.isRevoked('s1')).toBe(true);
    expect(list.isRevoked('s2')).toBe(false);
    list.revoke('old', Date.now() - 331_000);
    expect(list.isRevoked('old')).toBe(false);
    list.revoke('edge', Date.now() - 320_000);
    expect(list.isRevoked('edge')).toBe(true);
    list.prune(Date.now() + 400_000);
    expect(list.size).toBe(0);
  });
});

describe('LoginThrottle', () => {
  it('backs off exponentially after the allowed failures and forgets after a success', () => {
    const throttle = new LoginThrottle(2);
    const t0 = 1_000_000;
    throttle.fail('Bob', '1.1.1.1', t0);
    expect(() => throttle.check('bob', '2.2.2.2', t0)).not.toThrow();
    throttle.fail('bob', '1.1.1.1', t0);
    expect(() => throttle.check('BOB', '2.2.2.2', t0)).toThrow(/throttled/);
    expect(() => throttle.check('carol', '1.1.1.1', t0)).toThrow(/throttled/);
    expect(() => throttle.check('carol', '3.3.3.3', t0)).not.toThrow();
    expect(() => throttle.check('bob', '2.2.2.2', t0 + 1001)).not.toThrow();
    throttle.fail('bob', '2.2.2.2', t0 + 2000);
    expect(() => throttle.check('bob', '9.9.9.9', t0 + 3500)).toThrow(/Expected available in 1 seconds/);
    expect(() => throttle.check('bob', '9.9.9.9', t0 + 4001)).not.toThrow();
    throttle.fail('bob', '2.2.2.2', t0 + 5000);
    expect(() => throttle.check('bob', '9.9.9.9', t0 + 8000)).toThrow(/Expected available in 1 seconds/);
    throttle.succeed('bob', '2.2.2.2');
    expect(() => throttle.check('bob', '9.9.9.9', t0 + 8000)).not.toThrow();
  });
});
