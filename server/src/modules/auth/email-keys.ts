/**
 * Keys sent by e-mail (verification, e-mail change, password reset): 32 random bytes in
 * base64url, stored only as a SHA-256 hash. A reset key also remembers a fingerprint of the
 * password hash it was issued under, so any password change (through any path) voids it.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A new random key (43 URL-safe characters, 256 bits). */
export function newEmailKey(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a key: hex SHA-256. */
export function hashEmailKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Fingerprint of a stored password hash (hex SHA-256); changes whenever the password does. */
export function passwordFingerprint(passwordHash: string): string {
  return createHash('sha256').update(`password-reset:${passwordHash}`, 'utf8').digest('hex');
}

/** The name a message greets: the first name, else the username. */
export function greetingName(user: { username: string; first_name?: string | null }): string {
  const first = user.first_name?.trim() ?? '';
  return first === '' ? user.username : first;
}
