/**
 * SQL for users. Nothing here selects the password hash: `USER_COLUMNS` is the allow-list every
 * read uses; only the accounts module's credential queries read `password`.
 */
import type { Executor } from '../../db/database.ts';
import { prepared } from '../../db/prepared.ts';
import type { Role } from '../../db/schema.ts';
import { newPublicId } from '../../lib/ids.ts';
import { nowMicros } from '../../lib/time.ts';
import { USER_COLUMNS, type UserRow } from './users.columns.ts';
import { normalizeEmail, normalizeUsername } from './users.validators.ts';

export type { UserRow } from './users.columns.ts';

/** Fields of a new user. */
export interface NewUser {
  username: string;
  email: string;
  passwordHash: string;
  role?: Role;
  firstName?: string;
  lastName?: string;
  bio?: string;
  emailVerified?: boolean;
}

/** Inserts a user; a duplicate username or e-mail raises the database's unique violation. */
export async function insertUser(db: Executor, user: NewUser): Promise<UserRow> {
  const now = nowMicros();
  return db
    .insertInto('users')
    .values({
      public_id: newPublicId(),
      username: user.username,
      username_normalized: normalizeUsername(user.username),
      email: user.email,
      email_normalized: normalizeEmail(user.email),
      first_name: user.firstName ?? '',
      last_name: user.lastName ?? '',
      bio: user.bio ?? '',
      avatar: null,
      role: user.role ?? 'user',
      is_active: true,
      email_verified: user.emailVerified ?? false,
      password: user.passwordHash,
      last_login: null,
      created: now,
      updated: now,
    })
    .returning(USER_COLUMNS)
    .executeTakeFirstOrThrow();
}

/** Finds a user by username, case-insensitively. */
export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('username_normalized', '=', normalizeUsername(username))
    .executeTakeFirst();
}

const userByPublicId = prepared((db, publicId: string) =>
  db.selectFrom('users').select(USER_COLUMNS).where('public_id', '=', publicId),
);

/** Finds a user by public id. */
export async function findUserByPublicId(db: Executor, publicId: string): Promise<UserRow | undefined> {
  return (await userByPublicId(db, publicId))[0];
}

/** Finds a user by internal id. */
export async function findUserById(db: Executor, userId: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').select(USER_COLUMNS).where('id', '=', userId).executeTakeFirst();
}

/** Which users a listing includes. */
export interface UserListFilter {
  /** False hides admins (superusers), as the API does for non-admin viewers. */
  includeAdmins: boolean;
}

/** One page of users, newest first, ties broken by id (deterministic). */
export async function listUsers(
  db: Executor,
  filter: UserListFilter,
  window: { limit: number; offset: number },
): Promise<UserRow[]> {
  let query = db.selectFrom('users').select(USER_COLUMNS);
  if (!filter.includeAdmins) query = query.where('role', '!=', 'admin');
  return query
    .orderBy('created', 'desc')
    .orderBy('id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

/** Number of users a listing with this filter covers. */
export async function countUsers(db: Executor, filter: UserListFilter): Promise<number> {
  let query = db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'));
  if (!filter.includeAdmins) query = query.where('role', '!=', 'admin');
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Profile fields a user may change about themself; absent means unchanged. */
export interface ProfileChanges {
  username?: string;
  first_name?: string;
  last_name?: string;
  bio?: string;
  /** Media path of the new avatar, or null for the default. */
  avatar?: string | null;
}

/**
 * Applies profile changes and returns the updated row. When `expectedAvatar` is given the row
 * is only updated if its avatar is still that value (compare-and-set, so a concurrent upload
 * is never orphaned or deleted); undefined is returned when it was not.
 */
export async function updateUserProfile(
  db: Executor,
  userId: number,
  changes: ProfileChanges,
  expectedAvatar?: string | null,
): Promise<UserRow | undefined> {
  let query = db
    .updateTable('users')
    .set({
      ...changes,
      ...(changes.username === undefined ? {} : { username_normalized: normalizeUsername(changes.username) }),
      updated: nowMicros(),
    })
    .where('id', '=', userId);
  if (expectedAvatar !== undefined) {
    query =
      expectedAvatar === null
        ? query.where('avatar', 'is', null)
        : query.where('avatar', '=', expectedAvatar);
  }
  return query.returning(USER_COLUMNS).executeTakeFirst();
}

const callerByPublicId = prepared((db, publicId: string) =>
  db.selectFrom('users').select(['id', 'public_id', 'role', 'is_active']).where('public_id', '=', publicId),
);

/** What authentication needs of the user behind a token. */
export async function findCallerByPublicId(db: Executor, publicId: string) {
  return (await callerByPublicId(db, publicId))[0];
}

/** Sets a user's role. */
export async function updateUserRole(db: Executor, userId: number, role: Role): Promise<void> {
  await db.updateTable('users').set({ role, updated: nowMicros() }).where('id', '=', userId).execute();
}

/** Number of active admins (to protect the last one). */
export async function countActiveAdmins(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('is_active', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Activates or deactivates an account; true when its state changed. */
export async function setActive(db: Executor, userId: number, active: boolean): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ is_active: active, updated: nowMicros() })
    .where('id', '=', userId)
    .where('is_active', '=', !active)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Deletes the user row itself; the last step of account deletion. */
export async function deleteUserRow(db: Executor, userId: number): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
