/**
 * Password reset (request by e-mail, confirm with uid + token) and password change. A reset
 * request answers the same, after similar work, whether or not the address has an account. A
 * successful reset revokes every session; a change revokes every session but the caller's. Both
 * queue a notice to the account's address in the same transaction.
 */
import type { Config } from '../../config.ts';
import type { Executor } from '../../db/database.ts';
import type { AuthUser } from '../../http/auth.ts';
import type { ClientInfo } from '../../http/caller.ts';
import { type FieldErrors, NotAuthenticatedError, ValidationError } from '../../http/errors.ts';
import { parsePublicId } from '../../lib/ids.ts';
import { nowMicros } from '../../lib/time.ts';
import { forgotPasswordLink, resetPasswordLink } from '../../mail/links.ts';
import { enqueueMessage } from '../../mail/outbox.repository.ts';
import { passwordChangedMessage, passwordResetMessage } from '../../mail/templates/messages.ts';
import {
  type CredentialRow,
  findCredentialsByEmail,
  findCredentialsById,
  findUserByPublicId,
  hashPassword,
  markEmailVerified,
  normalizeEmail,
  updatePasswordHash,
  validatePassword,
  verifyPassword,
} from '../users/index.ts';
import { recordEvent } from './auth.context.ts';
import { afterCommit, type EmailFlowsContext } from './email-flows.context.ts';
import { consumeKey, findUsableKey, insertEmailKey, voidKeys } from './email-flows.repository.ts';
import { greetingName, hashEmailKey, newEmailKey, passwordFingerprint } from './email-keys.ts';
import { revokeUserSessions } from './sessions.service.ts';

/** `password/reset/confirm/` input. */
export interface ResetConfirmInput {
  uid: string;
  token: string;
  new_password1: string;
  new_password2: string;
}

/** `password/change/` input. */
export interface PasswordChangeInput {
  old_password: string;
  new_password1: string;
  new_password2: string;
}

const INVALID = 'Invalid value';

/** Checks the two new passwords (equal, then the validators); errors go under `new_password2`. */
function checkNewPassword(input: { new_password1: string; new_password2: string }, user: CredentialRow) {
  const errors: FieldErrors = {};
  if (input.new_password1 !== input.new_password2) {
    errors.new_password2 = ['The two password fields didn’t match.'];
  } else {
    const problems =
      input.new_password1 === ''
        ? ['This field may not be blank.']
        : validatePassword(input.new_password1, user);
    if (problems.length > 0) errors.new_password2 = problems;
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

/** The account facts a reset message needs; `password` is the hash the link is issued under. */
export type ResetRecipient = Pick<
  CredentialRow,
  'id' | 'public_id' | 'username' | 'first_name' | 'email' | 'password'
>;

/**
 * Issues a reset key under the account's current password hash and queues its message, inside
 * the caller's transaction (also used by the admin console's forced reset). The caller wakes the
 * outbox after commit.
 */
export async function queuePasswordResetEmail(
  config: Config,
  db: Executor,
  account: ResetRecipient,
): Promise<void> {
  const token = newEmailKey();
  await insertEmailKey(db, {
    userId: account.id,
    purpose: 'password_reset',
    keyHash: hashEmailKey(token),
    email: account.email,
    passwordFingerprint: passwordFingerprint(account.password),
    expires: nowMicros() + config.passwordResetTimeout * 1_000_000,
  });
  const message = passwordResetMessage({
    name: greetingName(account),
    link: resetPasswordLink(config, account.public_id, token),
    lifetime: config.passwordResetTimeout,
  });
  await enqueueMessage(db, { kind: 'password_reset', to: account.email, ...message });
}

/** Queues a reset link when the address belongs to an active account; the answer never says. */
export async function requestPasswordReset(
  ctx: EmailFlowsContext,
  email: string,
  client: ClientInfo,
): Promise<void> {
  ctx.throttle.mailRequest('reset', email, client.ip);
  const { config, database } = ctx.accounts;
  const account = await findCredentialsByEmail(database.db, email);
  const eligible = account?.is_active ? account : undefined;
  await database.db.transaction().execute(async (trx) => {
    if (eligible === undefined) {
      // The same kind of write as the real path, so timing tells nothing about the address.
      await recordEvent(trx, null, 'password.reset_request', client, { matched: false });
      return;
    }
    await queuePasswordResetEmail(config, trx, eligible);
    await recordEvent(trx, eligible.id, 'password.reset_request', client, { matched: true });
  });
  afterCommit(ctx);
}

/**
 * Sets a new password with a reset token: the token must be the user's, unused, unexpired and
 * issued under the current password. Revokes every session and queues a notice.
 */
export async function confirmPasswordReset(
  ctx: EmailFlowsContext,
  input: ResetConfirmInput,
  client: ClientInfo,
): Promise<void> {
  ctx.throttle.checkKeys(client.ip);
  const { config, database } = ctx.accounts;
  const now = nowMicros();
  const fail = (field: 'uid' | 'token') => {
    ctx.throttle.keyFailed(client.ip);
    return ValidationError.field(field, INVALID);
  };
  const uid = parsePublicId(input.uid);
  const user = uid === null ? undefined : await findUserByPublicId(database.db, uid);
  if (user === undefined) throw fail('uid');
  const key = await findUsableKey(database.db, 'password_reset', hashEmailKey(input.token), now);
  const account = await findCredentialsById(database.db, user.id);
  if (
    key === undefined ||
    account === undefined ||
    key.userId !== user.id ||
    !account.is_active ||
    key.passwordFingerprint !== passwordFingerprint(account.password)
  ) {
    throw fail('token');
  }
  checkNewPassword(input, account);
  const passwordHash = await hashPassword(input.new_password1);

  const revoked = await database.db.transaction().execute(async (trx) => {
    if (!(await consumeKey(trx, key.id, now))) throw fail('token');
    await updatePasswordHash(trx, user.id, passwordHash);
    await voidKeys(trx, user.id, ['password_reset'], now);
    // Following a link sent to the current address proves the address too.
    if (normalizeEmail(key.email) === key.userEmailNormalized) await markEmailVerified(trx, user.id);
    const ids = await revokeUserSessions(trx, user.id, 'password_reset');
    await recordEvent(trx, user.id, 'password.reset', client, { sessions_revoked: ids.length });
    const notice = passwordChangedMessage({
      name: greetingName(account),
      how: 'reset',
      forgotLink: forgotPasswordLink(config),
    });
    await enqueueMessage(trx, { kind: 'password_changed', to: account.email, ...notice });
    return ids;
  });
  afterCommit(ctx, revoked);
}

/** Changes the caller's password (old one required); other sessions are revoked, this one kept. */
export async function changePassword(
  ctx: EmailFlowsContext,
  caller: AuthUser,
  input: PasswordChangeInput,
  client: ClientInfo,
): Promise<void> {
  const { config, database, throttle } = ctx.accounts;
  const throttleKey = `password-change:${caller.id}`;
  throttle.check(throttleKey, client.ip);
  const account = await findCredentialsById(database.db, caller.id);
  if (account === undefined) throw new NotAuthenticatedError();
  if (!(await verifyPassword(account.password, input.old_password))) {
    throttle.fail(throttleKey, client.ip);
    await recordEvent(database.db, caller.id, 'password.change_failure', client, {});
    throw ValidationError.field(
      'old_password',
      'Your old password was entered incorrectly. Please enter it again.',
    );
  }
  throttle.succeed(throttleKey, client.ip);
  checkNewPassword(input, account);
  const passwordHash = await hashPassword(input.new_password1);

  const revoked = await database.db.transaction().execute(async (trx) => {
    await updatePasswordHash(trx, caller.id, passwordHash);
    await voidKeys(trx, caller.id, ['password_reset'], nowMicros());
    const ids = await revokeUserSessions(trx, caller.id, 'password_change', caller.sessionId);
    await recordEvent(trx, caller.id, 'password.change', client, { sessions_revoked: ids.length });
    const notice = passwordChangedMessage({
      name: greetingName(account),
      how: 'changed',
      forgotLink: forgotPasswordLink(config),
    });
    await enqueueMessage(trx, { kind: 'password_changed', to: account.email, ...notice });
    return ids;
  });
  afterCommit(ctx, revoked);
}
