/**
 * Registration, login and the caller's own account data. Login failures look the same for an
 * unknown user, a wrong password and an inactive account (same body, an Argon2 verification
 * on every path), and are throttled per account and per IP.
 */
import { randomBytes } from 'node:crypto';
import type { AuthUser } from '../../http/auth.ts';
import type { ClientInfo } from '../../http/caller.ts';
import {
  AuthenticationFailedError,
  type FieldErrors,
  NotAuthenticatedError,
  PermissionDeniedError,
  ValidationError,
} from '../../http/errors.ts';
import type { PageWindow } from '../../http/pagination.ts';
import { wakeOutbox } from '../../mail/outbox.worker.ts';
import { countSecurityEventsForUser, listSecurityEventsForUser } from '../audit/index.ts';
import {
  type CredentialRow,
  findCredentialsByEmail,
  findCredentialsByUsername,
  findUserByPublicId,
  hashPassword,
  insertUser,
  isUsablePassword,
  needsRehash,
  recordLogin,
  takenIdentifiers,
  type UserRow,
  type UserView,
  validateEmail,
  validatePassword,
  validateUsername,
  verifyPassword,
  withPostsCounts,
} from '../users/index.ts';
import { type AccountsContext, recordEvent } from './auth.context.ts';
import { completeLogin, type LoginResult } from './login-session.service.ts';
import { type MfaMethod, secondFactorMethods } from './mfa.service.ts';
import { startSecondStep } from './mfa-login.service.ts';
import { type IssuedTokens, startSession } from './sessions.service.ts';
import { queueVerificationEmail } from './verification.service.ts';

/** Registration input, already trimmed by the schema layer (passwords never are). */
export interface RegisterInput {
  username: string;
  email: string;
  password: string;
  first_name?: string | null;
  last_name?: string | null;
  bio?: string | null;
}

/** What registration produced: a logged-in user, or a pending e-mail verification. */
export type RegisterResult =
  | { kind: 'session'; user: UserRow; tokens: IssuedTokens }
  | { kind: 'verification' };

/** Login input: a username or an e-mail address, and a password. */
export interface LoginInput {
  username?: string;
  email?: string;
  password?: string;
}

/** A login's answer: a session, or (second factor on) the token of the second step. */
export type LoginOutcome =
  | ({ kind: 'session' } & LoginResult)
  | { kind: 'mfa'; token: string; methods: MfaMethod[] };

let dummyHash: Promise<string> | undefined;

/** A hash to verify against when the account does not exist, so timing reveals nothing. */
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

/** Validates and creates an account; in `mandatory` mode it stays unverified and gets no session. */
export async function register(
  ctx: AccountsContext,
  input: RegisterInput,
  client: ClientInfo,
): Promise<RegisterResult> {
  const names = { first_name: input.first_name ?? '', last_name: input.last_name ?? '' };
  const errors: FieldErrors = {};
  const add = (field: string, messages: string[]) => {
    if (messages.length > 0) errors[field] = [...(errors[field] ?? []), ...messages];
  };
  add('username', validateUsername(input.username));
  add('email', validateEmail(input.email));
  const context = { username: input.username, email: input.email, ...names };
  add(
    'password',
    input.password === '' ? ['This field may not be blank.'] : validatePassword(input.password, context),
  );
  if (errors.username === undefined && errors.email === undefined) {
    const taken = await takenIdentifiers(ctx.database.db, input.username, input.email);
    if (taken.username) add('username', ['A user with that username already exists.']);
    if (taken.email) add('email', ['A user with that email already exists.']);
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);

  const passwordHash = await hashPassword(input.password);
  const mandatory = ctx.config.emailVerification === 'mandatory';
  const result = await ctx.database.db.transaction().execute(async (trx): Promise<RegisterResult> => {
    // A concurrent registration of the same name still fails here, on the unique constraint (→ 400).
    const user = await insertUser(trx, {
      username: input.username,
      email: input.email,
      passwordHash,
      firstName: names.first_name,
      lastName: names.last_name,
      bio: input.bio ?? '',
      emailVerified: false,
    });
    await recordEvent(trx, user.id, 'user.register', client);
    // The verification message is queued in this transaction: no account without its e-mail.
    if (ctx.config.emailVerification !== 'none') await queueVerificationEmail(ctx.config, trx, user);
    if (mandatory) return { kind: 'verification' };
    const tokens = await startSession(ctx, trx, user, client);
    await recordLogin(trx, user.id);
    return { kind: 'session', user, tokens };
  });
  wakeOutbox(ctx.database);
  return result;
}

function noActiveAccount(): AuthenticationFailedError {
  return new AuthenticationFailedError(
    'No active account found with the given credentials',
    'no_active_account',
  );
}

async function findAccount(ctx: AccountsContext, input: LoginInput): Promise<CredentialRow | undefined> {
  const db = ctx.database.db;
  if (input.username !== undefined) {
    const byName = await findCredentialsByUsername(db, input.username);
    if (byName !== undefined || !input.username.includes('@')) return byName;
    return findCredentialsByEmail(db, input.username);
  }
  return findCredentialsByEmail(db, input.email ?? '');
}

/**
 * Checks credentials and opens a session, or (second factor on) hands out the second step's token. Unknown user, wrong password and inactive account all
 * give the same 401 after the same work; the unverified-e-mail 403 comes only after a correct
 * password, so it reveals nothing to someone who does not know it.
 */
export async function login(
  ctx: AccountsContext,
  input: LoginInput,
  client: ClientInfo,
): Promise<LoginOutcome> {
  const errors: FieldErrors = {};
  if (input.username === undefined && input.email === undefined)
    errors.username = ['This field is required.'];
  if (input.password === undefined) errors.password = ['This field is required.'];
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const identifier = input.username ?? input.email ?? '';
  const password = input.password ?? '';

  ctx.throttle.check(identifier, client.ip);
  const account = await findAccount(ctx, input);
  // An account made through a sign-in provider has no password: verify against the dummy hash so it
  // answers exactly like a wrong password, after the same work.
  const usable = account !== undefined && isUsablePassword(account.password);
  const verified = await verifyPassword(usable ? account.password : await dummyPasswordHash(), password);
  const matches = usable && verified;
  if (account === undefined || !matches || !account.is_active) {
    ctx.throttle.fail(identifier, client.ip);
    const reason = account === undefined ? 'unknown_user' : matches ? 'inactive' : 'wrong_password';
    await recordEvent(ctx.database.db, account?.id ?? null, 'login.failure', client, { reason });
    throw noActiveAccount();
  }
  // With a second factor the password alone proves nothing yet: the account's throttle counter
  // keeps counting until the second step succeeds (wrong codes count there too).
  const methods = await secondFactorMethods(ctx.database.db, account.id);
  if (methods.length === 0) ctx.throttle.succeed(identifier, client.ip);
  if (ctx.config.emailVerification === 'mandatory' && !account.email_verified) {
    throw new PermissionDeniedError('E-mail is not verified.', 'email_not_verified');
  }
  if (methods.length > 0) {
    const token = await startSecondStep(ctx, account.id, identifier);
    await recordEvent(ctx.database.db, account.id, 'login.mfa_required', client, { methods });
    return { kind: 'mfa', token, methods };
  }
  const rehash = needsRehash(account.password) ? await hashPassword(password) : null;
  return { kind: 'session', ...(await completeLogin(ctx, account, client, { rehash, method: 'password' })) };
}

/** The caller's own user, with its post counts. */
export async function me(ctx: AccountsContext, caller: AuthUser): Promise<UserView> {
  const user = await findUserByPublicId(ctx.database.db, caller.publicId);
  if (user === undefined) throw new NotAuthenticatedError();
  const [view] = await withPostsCounts(ctx.postsCounts, ctx.database.db, [user]);
  return view as UserView;
}

/** One page of the caller's own security events, newest first. */
export async function listOwnSecurityEvents(ctx: AccountsContext, caller: AuthUser, window: PageWindow) {
  const db = ctx.database.db;
  const count = await countSecurityEventsForUser(db, caller.id);
  const rows = await listSecurityEventsForUser(db, caller.id, window.limit, window.offset);
  return { count, rows };
}
