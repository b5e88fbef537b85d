/**
 * Tokens for links that work without signing in (one-click unsubscribe, "turn reminders off"),
 * one kind per purpose: {@link signToken} under a key derived for that purpose from the
 * installation secret (derived once per config), with a fixed lifetime. Such a token may only
 * do harmless, idempotent things: nothing is stored, so it works until it expires.
 */
import type { Config } from '../config.ts';
import { loadSecretKey } from './secret-key.ts';
import { deriveTokenKey, signToken, type TokenKey, verifyToken } from './signed-token.ts';

/** Signs and checks the tokens of one purpose. */
export interface LinkTokens {
  /** A token naming `payload` (e.g. a user's public id), valid for the purpose's lifetime from `now` (ms). */
  sign(config: Config, payload: string, now?: number): string;
  /** The payload of a genuine, live token of this purpose; null for anything else. */
  verify(config: Config, token: string, now?: Date): string | null;
}

/** The link tokens of `purpose`, each valid for `ttlMs`. */
export function linkTokens(purpose: string, ttlMs: number): LinkTokens {
  const keys = new WeakMap<Config, TokenKey>();
  const keyFor = (config: Config): TokenKey => {
    let key = keys.get(config);
    if (key === undefined) {
      key = deriveTokenKey(loadSecretKey(config), purpose);
      keys.set(config, key);
    }
    return key;
  };
  return {
    sign: (config, payload, now = Date.now()) => signToken(keyFor(config), payload, new Date(now + ttlMs)),
    verify: (config, token, now = new Date()) => verifyToken(keyFor(config), token, now),
  };
}
