/**
 * Test helpers for authenticated requests: create users (a factory with overrides) and get
 * tokens for them, either through the real `POST /api/auth/login/` or (faster, no Argon2) by
 * opening a session directly.
 */
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../src/db/schema.ts';
import { startSession } from '../../src/modules/auth/sessions.service.ts';
import { hashPassword } from '../../src/modules/users/passwords.ts';
import { insertUser, type UserRow } from '../../src/modules/users/users.repository.ts';

/** The password every factory user gets unless overridden. */
export const TEST_PASSWORD = 'correct horse battery staple 42';

/** Overrides for {@link createUser}. */
export interface TestUserOverrides {
  username?: string;
  email?: string;
  password?: string;
  role?: Role;
  firstName?: string;
  lastName?: string;
  bio?: string;
  emailVerified?: boolean;
  isActive?: boolean;
}

/** `Authorization` header for an access token (a type alias, so `app.inject` accepts it as headers). */
export type AuthHeaders = { authorization: string };

/** A logged-in test user. */
export interface LoggedInUser {
  /** The database row (internal id, public_id, ...). */
  user: UserRow;
  /** The password the user was created with. */
  password: string;
  /** Access token. */
  access: string;
  /** Refresh token. */
  refresh: string;
  /** Headers for `app.inject`: `{ authorization: 'Bearer <access>' }`. */
  headers: AuthHeaders;
}

let counter = 0;
const hashes = new Map<string, Promise<string>>();

function hashOnce(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (hash === undefined) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

/** Inserts a user (unique username/e-mail by default) and returns the row. */
export async function createUser(app: FastifyInstance, overrides: TestUserOverrides = {}): Promise<UserRow> {
  counter += 1;
  const username = overrides.username ?? `user${counter}_${Math.random().toString(36).slice(2, 8)}`;
  const row = await insertUser(app.database.db, {
    username,
    email: overrides.email ?? `${username}@example.com`,
    passwordHash: await hashOnce(overrides.password ?? TEST_PASSWORD),
    role: overrides.role ?? 'user',
    firstName: overrides.firstName ?? '',
    lastName: overrides.lastName ?? '',
    bio: overrides.bio ?? '',
    emailVerified: overrides.emailVerified ?? true,
  });
  if (overrides.isActive === false) {
    await app.database.db.updateTable('users').set({ is_active: false }).where('id', '=', row.id).execute();
    return { ...row, is_active: false };
  }
  return row;
}

/** Tokens for an existing user without a login request (no Argon2): a real session. */
export async function tokensFor(
  app: FastifyInstance,
  user: Pick<UserRow, 'id' | 'public_id'>,
  client: { ip?: string; userAgent?: string | null } = {},
): Promise<{ access: string; refresh: string; sessionId: string; headers: AuthHeaders }> {
  const tokens = await startSession(app.accounts, app.database.db, user, {
    ip: client.ip ?? '127.0.0.1',
    userAgent: client.userAgent ?? 'vitest',
  });
  if (tokens.refresh === null) throw new Error('a new session always has a refresh token');
  return {
    access: tokens.access,
    refresh: tokens.refresh,
    sessionId: tokens.sessionId,
    headers: { authorization: `Bearer ${tokens.access}` },
  };
}

/** `{ authorization: 'Bearer …' }` for a user, through a fresh session. */
export async function authHeaders(
  app: FastifyInstance,
  user: Pick<UserRow, 'id' | 'public_id'>,
): Promise<AuthHeaders> {
  return (await tokensFor(app, user)).headers;
}

/**
 * Creates a user and logs in through `POST /api/auth/login/` (the real path). Pass
 * `{ isActive: false }` to get a user deactivated after login.
 */
export async function createUserAndLogin(
  app: FastifyInstance,
  overrides: TestUserOverrides = {},
): Promise<LoggedInUser> {
  const password = overrides.password ?? TEST_PASSWORD;
  const user = await createUser(app, { ...overrides, isActive: true });
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login/',
    payload: { username: user.username, password },
  });
  if (response.statusCode !== 200) {
    throw new Error(`login of ${user.username} failed: ${response.statusCode} ${response.body}`);
  }
  const body = response.json() as { access: string; refresh: string };
  let row = user;
  if (overrides.isActive === false) {
    await app.database.db.updateTable('users').set({ is_active: false }).where('id', '=', user.id).execute();
    row = { ...user, is_active: false };
  }
  return {
    user: row,
    password,
    access: body.access,
    refresh: body.refresh,
    headers: { authorization: `Bearer ${body.access}` },
  };
}
