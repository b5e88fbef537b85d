/**
 * What other modules may ask of the users module about identities and credentials: look a user
 * up, create one, check and change sign-in facts (password hash, last login, confirmed e-mail)
 * and delete the row at the end of an account deletion. Every function takes the caller's
 * executor, so it joins the caller's transaction; the `users` table is queried only here and in
 * this module's own services.
 */
import type { Executor } from '../../db/database.ts';
import { type CallerRow, callerCache } from './caller-cache.ts';
import * as credentials from './credentials.repository.ts';
import * as users from './users.repository.ts';

export type { CredentialRow } from './credentials.repository.ts';
export type { NewUser, UserRow } from './users.repository.ts';

/** The user with this internal id. */
export function findUserById(db: Executor, userId: number): Promise<users.UserRow | undefined> {
  return users.findUserById(db, userId);
}

/** The user with this public id (32 hex). */
export function findUserByPublicId(db: Executor, publicId: string): Promise<users.UserRow | undefined> {
  return users.findUserByPublicId(db, publicId);
}

/** The user with this username (case-insensitive). */
export function findUserByUsername(db: Executor, username: string): Promise<users.UserRow | undefined> {
  return users.findUserByUsername(db, username);
}

/** Inserts a user whose fields were already validated (registration, the CLI, tests). */
export function insertUser(db: Executor, user: users.NewUser): Promise<users.UserRow> {
  return users.insertUser(db, user);
}

/** How many active admins there are (the last one may not leave or be demoted). */
export function countActiveAdmins(db: Executor): Promise<number> {
  return users.countActiveAdmins(db);
}

/**
 * The caller behind an access token's `sub`: id, role and active flag, from the caller cache
 * (see `caller-cache.ts` for how fresh it is) or the database.
 */
export function findCaller(db: Executor, publicId: string): Promise<CallerRow | undefined> {
  return callerCache.get(publicId, () => users.findCallerByPublicId(db, publicId));
}

/** Deletes the user row itself: the last step of account deletion. */
export async function deleteUser(db: Executor, userId: number): Promise<boolean> {
  const deleted = await users.deleteUserRow(db, userId);
  callerCache.forget(userId);
  return deleted;
}

/** Pauses (deactivates) or reactivates an account, e.g. during a deletion's grace period. */
export async function setUserActive(db: Executor, userId: number, active: boolean): Promise<boolean> {
  const changed = await users.setActive(db, userId, active);
  callerCache.forget(userId);
  return changed;
}

/** The user with this username (case-insensitive) and their password hash. */
export function findCredentialsByUsername(db: Executor, username: string) {
  return credentials.findCredentialsByUsername(db, username);
}

/** The user with this e-mail address (case-insensitive) and their password hash. */
export function findCredentialsByEmail(db: Executor, email: string) {
  return credentials.findCredentialsByEmail(db, email);
}

/** The user with this internal id and their password hash. */
export function findCredentialsById(db: Executor, userId: number) {
  return credentials.findCredentialsById(db, userId);
}

/** Which of a username and an e-mail address are already taken (case-insensitively). */
export function takenIdentifiers(db: Executor, username: string, email: string) {
  return credentials.takenIdentifiers(db, username, email);
}

/** Replaces a user's password hash (transparent rehash, password change or reset). */
export function updatePasswordHash(db: Executor, userId: number, passwordHash: string): Promise<void> {
  return credentials.updatePasswordHash(db, userId, passwordHash);
}

/** Records a successful login time. */
export function recordLogin(db: Executor, userId: number): Promise<void> {
  return credentials.recordLogin(db, userId);
}

/** Marks a user's address as confirmed. */
export function markEmailVerified(db: Executor, userId: number): Promise<void> {
  return credentials.markEmailVerified(db, userId);
}

/** Replaces a user's address with a confirmed new one (the unique index still guards races). */
export function changeEmailAddress(db: Executor, userId: number, email: string): Promise<void> {
  return credentials.changeEmailAddress(db, userId, email);
}
