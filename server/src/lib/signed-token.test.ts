import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSecretKey } from './secret-key.ts';
import { deriveTokenKey, signToken, verifyToken } from './signed-token.ts';

const key = deriveTokenKey('a-secret-key-of-at-least-32-characters!', 'digest-unsubscribe');
const later = new Date(Date.now() + 60_000);

describe('signed tokens', () => {
  it('round-trips the payload until expiry', () => {
    const token = signToken(key, 'user ü 42', later);
    expect(verifyToken(key, token)).toBe('user ü 42');
    expect(verifyToken(key, token, new Date(later.getTime() + 1000))).toBeNull();
  });

  it('refuses a token of another purpose or another secret', () => {
    const token = signToken(key, 'u1', later);
    expect(
      verifyToken(deriveTokenKey('a-secret-key-of-at-least-32-characters!', 'reminders-off'), token),
    ).toBeNull();
    expect(
      verifyToken(deriveTokenKey('another-secret-key-of-at-least-32-chars', 'digest-unsubscribe'), token),
    ).toBeNull();
  });

  it('refuses tampering and garbage without throwing', () => {
    const token = signToken(key, 'u1', later);
    const [, expiry, signature] = token.split('.');
    const forged = `${Buffer.from('u2').toString('base64url')}.${expiry}.${signature}`;
    for (const bad of [
      forged,
      `${token}x`,
      '',
      '...',
      'a.b',
      'x'.repeat(5000),
      `${token.split('.').slice(0, 2).join('.')}.`,
    ]) {
      expect(verifyToken(key, bad)).toBeNull();
    }
    const extended = token.replace(
      `.${expiry}.`,
      `.${(Number.parseInt(expiry ?? '0', 36) + 99999).toString(36)}.`,
    );
    expect(verifyToken(key, extended)).toBeNull();
  });
});

describe('the installation secret', () => {
  it('uses SECRET_KEY when set, else generates one file (0600) once and reuses it', () => {
    expect(loadSecretKey({ secretKey: 'x'.repeat(32), dataDir: '/nonexistent' })).toBe('x'.repeat(32));
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'mm-secret-'));
    const first = loadSecretKey({ secretKey: null, dataDir });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dataDir, 'secret_key'), 'utf8')).toBe(first);
    expect(statSync(path.join(dataDir, 'secret_key')).mode & 0o777).toBe(0o600);
    expect(loadSecretKey({ secretKey: null, dataDir })).toBe(first);
  });
});
