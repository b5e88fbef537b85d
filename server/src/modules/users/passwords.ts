/**
 * Password hashing: Argon2id with OWASP's parameters (m = 19 MiB, t = 2, p = 1). Verification
 * reports when a stored hash uses older parameters so the caller can rehash transparently.
 *
 * Hashes run on libuv's thread pool, off the event loop, but each takes a core for tens of
 * milliseconds: a burst of logins on every core at once starves the event loop of CPU and every
 * other request waits. So at most one hash fewer than the machine has cores runs at a time (at
 * least one); the others queue for their turn.
 */
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import { Semaphore } from '../../lib/semaphore.ts';

/** Hashes allowed to run at once in this process. */
export const HASH_CONCURRENCY = Math.max(1, availableParallelism() - 1);
const hashing = new Semaphore(HASH_CONCURRENCY);

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
  return hashing.run(() => hash(password, ARGON2_PARAMS));
}

/** True when the password matches the PHC string; false for a malformed hash. */
export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  try {
    return await hashing.run(() => verify(phc, password));
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
