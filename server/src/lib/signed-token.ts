/**
 * Signed, expiring tokens for links that work without signing in (one-click unsubscribe,
 * "turn reminders off"). A token is `<payload>.<expiry>.<mac>` in base64url: HMAC-SHA256 under
 * a key derived per purpose from the installation secret, so a token minted for one purpose is
 * refused by every other. Nothing is stored; a token stays valid until it expires, which is
 * why these tokens may only ever do harmless, idempotent things.
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** A purpose-bound signing key (32 bytes). */
export type TokenKey = Buffer & { readonly __tokenKey: unique symbol };

/** Derives the key for one purpose (e.g. `digest-unsubscribe`) from the installation secret. */
export function deriveTokenKey(secret: string, purpose: string): TokenKey {
  return Buffer.from(hkdfSync('sha256', secret, 'mentalmuse-signed-token', purpose, 32)) as TokenKey;
}

/** Signs `payload` (any string, e.g. a user id) until `expires`. */
export function signToken(key: TokenKey, payload: string, expires: Date): string {
  const body = `${Buffer.from(payload, 'utf8').toString('base64url')}.${Math.floor(expires.getTime() / 1000).toString(36)}`;
  return `${body}.${mac(key, body)}`;
}

/** The payload of a genuine, unexpired token; null for anything else (never throws). */
export function verifyToken(key: TokenKey, token: string, now: Date = new Date()): string | null {
  if (typeof token !== 'string' || token.length > 1024) return null;
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [payload, expiry, signature] = parts as [string, string, string];
  const expected = Buffer.from(mac(key, `${payload}.${expiry}`), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (!/^[0-9a-z]{1,10}$/.test(expiry) || Number.parseInt(expiry, 36) * 1000 <= now.getTime()) return null;
  return Buffer.from(payload, 'base64url').toString('utf8');
}

function mac(key: TokenKey, body: string): string {
  return createHmac('sha256', key).update(body, 'utf8').digest('base64url');
}
