/**
 * Rules for users: creating them and changing roles (shared by the CLI and the accounts routes),
 * and the users API — who may see whom, and editing one's own profile and avatar.
 */
import type { Database, Executor } from '../../db/database.ts';
import type { Role } from '../../db/schema.ts';
import type { AuthUser } from '../../http/auth.ts';
import {
  BadRequestError,
  type FieldErrors,
  NotFoundError,
  PermissionDeniedError,
  ServiceUnavailableError,
  ValidationError,
} from '../../http/errors.ts';
import type { PageWindow } from '../../http/pagination.ts';
import { parsePublicId } from '../../lib/ids.ts';
import { recordSecurityEvent } from '../audit/index.ts';
import { deleteAvatar, type ProcessedAvatar, processAvatar, storeAvatar } from './avatar.ts';
import { callerCache } from './caller-cache.ts';
import { hashPassword } from './passwords.ts';
import type { PostsCounts } from './users.presenter.ts';
import {
  countActiveAdmins,
  countUsers,
  findUserById,
  findUserByPublicId,
  findUserByUsername,
  insertUser,
  listUsers,
  type ProfileChanges,
  type UserListFilter,
  type UserRow,
  updateUserProfile,
  updateUserRole,
} from './users.repository.ts';
import {
  normalizeUsername,
  validateEmail,
  validatePasswordLength,
  validateUsername,
} from './users.validators.ts';

/** Every role, least privileged first. */
export const ROLES: readonly Role[] = ['user', 'moderator', 'admin'];

/** Input for {@link createUser}. */
export interface CreateUserInput {
  username: string;
  email: string;
  password: string;
  role?: Role;
  emailVerified?: boolean;
  /** Extra password checks (the accounts module's validators); messages, empty when fine. */
  passwordChecks?: (password: string) => string[];
}

/** Validates and creates a user; throws {@link ValidationError} listing every field problem. */
export async function createUser(database: Database, input: CreateUserInput): Promise<UserRow> {
  const username = input.username.trim();
  const email = input.email.trim();
  const errors: FieldErrors = {};
  const add = (field: string, messages: string[]) => {
    if (messages.length > 0) errors[field] = messages;
  };
  add('username', validateUsername(username));
  add('email', validateEmail(email));
  add('password', [
    ...validatePasswordLength(input.password),
    ...(input.passwordChecks?.(input.password) ?? []),
  ]);
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const passwordHash = await hashPassword(input.password);
  return insertUser(database.db, {
    username,
    email,
    passwordHash,
    role: input.role ?? 'user',
    emailVerified: input.emailVerified ?? false,
  });
}

/** Who performed an administrative action, for the audit trail. */
export interface Actor {
  /** The acting user's internal id, or null for the operator's shell (CLI). */
  userId: number | null;
  /** The acting user's public id (recorded in event details; internal ids never leave), or null. */
  publicId: string | null;
  /** Where it came from: an IP address, or `cli`. */
  source: string;
}

/**
 * Sets a user's role and records it. Refuses to demote the last active admin, so the
 * deployment always keeps someone who can administer it.
 */
export async function setUserRole(
  database: Database,
  username: string,
  role: Role,
  actor: Actor,
): Promise<UserRow> {
  if (!ROLES.includes(role)) throw ValidationError.field('role', `"${role}" is not a valid choice.`);
  return database.db.transaction().execute(async (trx) => {
    const user = await findUserByUsername(trx, username);
    if (user === undefined) throw new NotFoundError();
    if (user.role === role) return user;
    if (user.role === 'admin' && (await countActiveAdmins(trx)) <= 1) {
      throw new BadRequestError('This is the last active admin; make another admin first.', 'last_admin');
    }
    await updateUserRole(trx, user.id, role);
    callerCache.forget(user.id);
    await recordSecurityEvent(trx, {
      userId: user.id,
      actorId: actor.userId,
      type: 'admin.set_role',
      ip: actor.source,
      details: { before: user.role, after: role, actor: actor.publicId ?? actor.source },
    });
    return { ...user, role };
  });
}

/** Counts users' posts for `posts_count`; the community module supplies it through the wiring. */
export type PostsCounter = (db: Executor, userIds: readonly number[]) => Promise<Map<number, PostsCounts>>;

/** A user with everything its presentation needs. */
export interface UserView {
  /** The user row. */
  row: UserRow;
  /** Both figures of `posts_count` (none when the user has no posts). */
  counts: PostsCounts | undefined;
}

/** What the users API needs: the database, the media folder avatars are stored in, the post counter. */
export interface UsersDeps {
  /** The open database. */
  database: Database;
  /** `DATA_DIR/media`. */
  mediaDir: string;
  /** Counts posts for `posts_count`. */
  postsCounts: PostsCounter;
}

/** Users with their post counts: one batched query for any number of users, so counts are never silently 0. */
export async function withPostsCounts(
  counter: PostsCounter,
  db: Executor,
  rows: readonly UserRow[],
): Promise<UserView[]> {
  const counts = await counter(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ row, counts: counts.get(row.id) }));
}

// Superusers are hidden from everyone but superusers, as in the reference design's queryset.
function visibility(viewer: AuthUser): UserListFilter {
  return { includeAdmins: viewer.role === 'admin' };
}

/** One page of the users a viewer may see, newest first, with the total count. */
export async function listVisibleUsers(
  deps: UsersDeps,
  viewer: AuthUser,
  window: PageWindow,
): Promise<{ count: number; users: UserView[] }> {
  const filter = visibility(viewer);
  const [count, rows] = await Promise.all([
    countUsers(deps.database.db, filter),
    listUsers(deps.database.db, filter, window),
  ]);
  return { count, users: await withPostsCounts(deps.postsCounts, deps.database.db, rows) };
}

/** A user by public id (hex or dashed); 404 when unknown, malformed or hidden from the viewer. */
export async function getVisibleUser(database: Database, viewer: AuthUser, rawId: string): Promise<UserRow> {
  const publicId = parsePublicId(rawId);
  const user = publicId === null ? undefined : await findUserByPublicId(database.db, publicId);
  if (user === undefined || (user.role === 'admin' && !visibility(viewer).includeAdmins)) {
    throw new NotFoundError();
  }
  return user;
}

/** A user the viewer may see, with its post counts; 404 as {@link getVisibleUser}. */
export async function viewUser(deps: UsersDeps, viewer: AuthUser, rawId: string): Promise<UserView> {
  const user = await getVisibleUser(deps.database, viewer, rawId);
  const [view] = await withPostsCounts(deps.postsCounts, deps.database.db, [user]);
  return view as UserView;
}

/** A PATCH of the user object: only these fields are read; everything else was stripped. */
export interface ProfileInput {
  username?: string;
  first_name?: string | null;
  last_name?: string | null;
  bio?: string | null;
  /** From a JSON body or a text form field: null or "" resets to the default avatar. */
  avatar?: string | null;
}

const NOT_A_FILE = 'The submitted data was not a file. Check the encoding type on the form.';

async function checkUsername(database: Database, user: UserRow, username: string): Promise<string[]> {
  const problems = validateUsername(username);
  if (problems.length > 0 || normalizeUsername(username) === normalizeUsername(user.username))
    return problems;
  const other = await findUserByUsername(database.db, username);
  return other !== undefined && other.id !== user.id ? ['A user with that username already exists.'] : [];
}

/**
 * Updates the viewer's own profile (anyone else's → 403) and, when an image is uploaded,
 * replaces the avatar file. Every field problem is reported at once and nothing changes then.
 */
export async function updateProfile(
  deps: UsersDeps,
  viewer: AuthUser,
  rawId: string,
  input: ProfileInput,
  upload?: Buffer,
): Promise<UserView> {
  const row = await changeProfile(deps, viewer, rawId, input, upload);
  const [view] = await withPostsCounts(deps.postsCounts, deps.database.db, [row]);
  return view as UserView;
}

async function changeProfile(
  deps: UsersDeps,
  viewer: AuthUser,
  rawId: string,
  input: ProfileInput,
  upload?: Buffer,
): Promise<UserRow> {
  const user = await getVisibleUser(deps.database, viewer, rawId);
  if (user.id !== viewer.id) throw new PermissionDeniedError();

  const changes: ProfileChanges = {};
  const errors: FieldErrors = {};
  if (input.username !== undefined) {
    const problems = await checkUsername(deps.database, user, input.username);
    if (problems.length > 0) errors.username = problems;
    changes.username = input.username;
  }
  for (const field of ['first_name', 'last_name', 'bio'] as const) {
    if (input[field] !== undefined) changes[field] = input[field] ?? '';
  }
  let image: ProcessedAvatar | null | undefined;
  if (upload !== undefined) {
    try {
      image = await processAvatar(upload);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      Object.assign(errors, error.fields);
    }
  } else if (input.avatar === null || input.avatar === '') {
    image = null;
  } else if (input.avatar !== undefined) {
    errors.avatar = [NOT_A_FILE];
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  if (image === undefined) {
    if (Object.keys(changes).length === 0) return user;
    const updated = await updateUserProfile(deps.database.db, user.id, changes);
    if (updated === undefined) throw new NotFoundError();
    return updated;
  }

  const stored = image === null ? null : await storeAvatar(deps.mediaDir, image);
  try {
    const { row, previous } = await swapAvatar(deps.database, user.id, { ...changes, avatar: stored });
    if (previous !== stored) await deleteAvatar(deps.mediaDir, previous);
    return row;
  } catch (error) {
    await deleteAvatar(deps.mediaDir, stored);
    throw error;
  }
}

// Compare-and-set on the avatar column so two concurrent uploads never orphan or delete a live file.
async function swapAvatar(
  database: Database,
  userId: number,
  changes: ProfileChanges,
): Promise<{ row: UserRow; previous: string | null }> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const current = await findUserById(database.db, userId);
    if (current === undefined) throw new NotFoundError();
    const row = await updateUserProfile(database.db, userId, changes, current.avatar);
    if (row !== undefined) return { row, previous: current.avatar };
  }
  throw new ServiceUnavailableError(1);
}
