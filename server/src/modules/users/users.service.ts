/**
 * Rules for creating users and changing roles, shared by the CLI and (later) the HTTP routes.
 */
import type { Database } from '../../db/database.ts';
import type { Role } from '../../db/schema.ts';
import { BadRequestError, type FieldErrors, NotFoundError, ValidationError } from '../../http/errors.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { insertSecurityEvent } from '../security-events/security-events.repository.ts';
import {
  countActiveAdmins,
  findUserByUsername,
  insertUser,
  type UserRow,
  updateUserRole,
} from './users.repository.ts';
import { validateEmail, validatePasswordLength, validateUsername } from './users.validators.ts';

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
  /** The acting user's id, or null for the operator's shell (CLI). */
  userId: number | null;
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
    await insertSecurityEvent(trx, {
      userId: user.id,
      type: 'admin.set_role',
      ip: actor.source,
      details: { before: user.role, after: role, actor_id: actor.userId },
    });
    return { ...user, role };
  });
}
