/**
 * SQL for users. Nothing here selects the password hash: `USER_COLUMNS` is the allow-list every
 * read uses; only the accounts module's credential queries read `password`.
 */
import type { Executor } from '../../db/database.ts';
import type { Role } from '../../db/schema.ts';
import { newPublicId } from '../../lib/ids.ts';
import { nowMicros } from '../../lib/time.ts';

/** Columns any user read may select. */
export const USER_COLUMNS = [
  'id',
  'public_id',
  'username',
  'email',
  'first_name',
  'last_name',
  'bio',
  'avatar',
  'role',
  'is_active',
  'email_verified',
  'last_login',
  'created',
  'updated',
] as const;

/** A user row as reads return it. */
export interface UserRow {
  id: number;
  public_id: string;
  username: string;
  email: string;
  first_name: string;
  last_name: string;
  bio: string;
  avatar: string | null;
  role: Role;
  is_active: boolean | number;
  email_verified: boolean | number;
  last_login: number | null;
  created: number;
  updated: number;
}

/** Case-insensitive key for usernames (NFKC, lower case), as Django normalises them. */
export function normalizeUsername(username: string): string {
  return username.normalize('NFKC').toLowerCase();
}

/** Case-insensitive key for e-mail addresses. */
export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').toLowerCase();
}

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
    .executeTakeFirstOrThrow() as Promise<UserRow>;
}

/** Finds a user by username, case-insensitively. */
export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('username_normalized', '=', normalizeUsername(username))
    .executeTakeFirst() as Promise<UserRow | undefined>;
}

/** Finds a user by public id. */
export async function findUserByPublicId(db: Executor, publicId: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('public_id', '=', publicId)
    .executeTakeFirst() as Promise<UserRow | undefined>;
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
