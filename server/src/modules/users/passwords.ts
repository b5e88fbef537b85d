/**
 * Password hashing: Argon2id with OWASP's parameters (m = 19 MiB, t = 2, p = 1). Verification
 * reports when a stored hash uses older parameters so the caller can rehash transparently.
 */
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// `Algorithm` is an ambient const enum in the package's types; Argon2id is its value 2.
const ARGON2ID = 2;

/** The parameters new hashes are made with. */
export const ARGON2_PARAMS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

const CURRENT_PREFIX = `$argon2id$v=19$m=${ARGON2_PARAMS.memoryCost},t=${ARGON2_PARAMS.timeCost},p=${ARGON2_PARAMS.parallelism}$`;

/** Hashes a password into a PHC string. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

/** True when the password matches the PHC string; false for a malformed hash. */
export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}

/** True when a stored hash was made with other parameters than {@link ARGON2_PARAMS}. */
export function needsRehash(phc: string): boolean {
  return !phc.startsWith(CURRENT_PREFIX);
}

/** Prefix of a stored password that matches nothing (Django's convention). */
const UNUSABLE_PREFIX = '!';

/** A stored password value no password matches: accounts created through a sign-in provider. */
export function unusablePassword(): string {
  return `${UNUSABLE_PREFIX}${randomBytes(20).toString('hex')}`;
}

/** False for {@link unusablePassword} values: the account has no password to sign in with. */
export function isUsablePassword(stored: string): boolean {
  return !stored.startsWith(UNUSABLE_PREFIX);
}
