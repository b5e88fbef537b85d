/**
 * Credential queries: the only place that selects the `password` column (everything else reads
 * users through `USER_COLUMNS`, which leaves the hash out), and the writes of sign-in facts:
 * password hash, last login, confirmed e-mail address.
 */
import type { Executor } from '../../db/database.ts';
import { nowMicros } from '../../lib/time.ts';
import { USER_COLUMNS, type UserRow } from './users.columns.ts';
import { normalizeEmail, normalizeUsername } from './users.validators.ts';

/** A user row together with the stored password hash. */
export interface CredentialRow extends UserRow {
  /** Argon2id PHC string. */
  password: string;
}

const CREDENTIAL_COLUMNS = [...USER_COLUMNS, 'password'] as const;

/** The user with this username (case-insensitive) and their hash. */
export async function findCredentialsByUsername(
  db: Executor,
  username: string,
): Promise<CredentialRow | undefined> {
  return db
    .selectFrom('users')
    .select(CREDENTIAL_COLUMNS)
    .where('username_normalized', '=', normalizeUsername(username))
    .executeTakeFirst();
}

/** The user with this e-mail address (case-insensitive) and their hash. */
export async function findCredentialsByEmail(
  db: Executor,
  email: string,
): Promise<CredentialRow | undefined> {
  return db
    .selectFrom('users')
    .select(CREDENTIAL_COLUMNS)
    .where('email_normalized', '=', normalizeEmail(email))
    .executeTakeFirst();
}

/** The user with this internal id and their hash. */
export async function findCredentialsById(db: Executor, userId: number): Promise<CredentialRow | undefined> {
  return db.selectFrom('users').select(CREDENTIAL_COLUMNS).where('id', '=', userId).executeTakeFirst();
}

/** Which of a username and an e-mail address are already taken (case-insensitively). */
export async function takenIdentifiers(
  db: Executor,
  username: string,
  email: string,
): Promise<{ username: boolean; email: boolean }> {
  const usernameKey = normalizeUsername(username);
  const emailKey = normalizeEmail(email);
  const rows = await db
    .selectFrom('users')
    .select(['username_normalized', 'email_normalized'])
    .where((eb) =>
      eb.or([eb('username_normalized', '=', usernameKey), eb('email_normalized', '=', emailKey)]),
    )
    .execute();
  return {
    username: rows.some((r) => r.username_normalized === usernameKey),
    email: rows.some((r) => r.email_normalized === emailKey),
  };
}

/** Replaces a user's password hash (transparent rehash, later password change). */
export async function updatePasswordHash(db: Executor, userId: number, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password: passwordHash }).where('id', '=', userId).execute();
}

/** Records a successful login time. */
export async function recordLogin(db: Executor, userId: number, at = nowMicros()): Promise<void> {
  await db.updateTable('users').set({ last_login: at }).where('id', '=', userId).execute();
}

/** Marks a user's address as confirmed. */
export async function markEmailVerified(db: Executor, userId: number): Promise<void> {
  await db
    .updateTable('users')
    .set({ email_verified: true, updated: nowMicros() })
    .where('id', '=', userId)
    .execute();
}

/** Replaces a user's address with a confirmed new one (the unique index still guards races). */
export async function changeEmailAddress(db: Executor, userId: number, email: string): Promise<void> {
  await db
    .updateTable('users')
    .set({
      email,
      email_normalized: normalizeEmail(email),
      email_verified: true,
      updated: nowMicros(),
    })
    .where('id', '=', userId)
    .execute();
}
