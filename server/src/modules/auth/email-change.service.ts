/**
 * E-mail change: the new address must be confirmed with a key sent to it before it replaces the
 * old one; uniqueness is checked when asked and again when confirmed. Once changed, a notice
 * goes to the old address (it carries no link: the old address cannot undo or block the change,
 * only prompt its owner to contact support).
 */
import type { AuthUser } from '../../http/auth.ts';
import type { ClientInfo } from '../../http/caller.ts';
import { NotAuthenticatedError, ValidationError } from '../../http/errors.ts';
import { nowMicros } from '../../lib/time.ts';
import { confirmEmailChangeLink } from '../../mail/links.ts';
import { enqueueMessage } from '../../mail/outbox.repository.ts';
import { confirmEmailChangeMessage, emailChangedMessage } from '../../mail/templates/messages.ts';
import {
  changeEmailAddress,
  findCredentialsById,
  normalizeEmail,
  takenIdentifiers,
  validateEmail,
  verifyPassword,
} from '../users/index.ts';
import { recordEvent } from './auth.context.ts';
import { afterCommit, type EmailFlowsContext } from './email-flows.context.ts';
import { consumeKey, findUsableKey, insertEmailKey, voidKeys } from './email-flows.repository.ts';
import { greetingName, hashEmailKey, newEmailKey } from './email-keys.ts';
import { invalidKey } from './verification.service.ts';

/** `email/change/` input. */
export interface EmailChangeInput {
  new_email: string;
  password: string;
}

const TAKEN = 'A user with that email already exists.';

/** Asks to move the caller's account to a new address: password required; a key goes to the new address. */
export async function requestEmailChange(
  ctx: EmailFlowsContext,
  caller: AuthUser,
  input: EmailChangeInput,
  client: ClientInfo,
): Promise<void> {
  const { config, database, throttle } = ctx.accounts;
  const throttleKey = `email-change:${caller.id}`;
  throttle.check(throttleKey, client.ip);
  const account = await findCredentialsById(database.db, caller.id);
  if (account === undefined) throw new NotAuthenticatedError();
  if (!(await verifyPassword(account.password, input.password))) {
    throttle.fail(throttleKey, client.ip);
    throw ValidationError.field('password', 'Incorrect password.');
  }
  throttle.succeed(throttleKey, client.ip);
  const problems = validateEmail(input.new_email);
  if (problems.length > 0) throw new ValidationError({ new_email: problems });
  if (normalizeEmail(input.new_email) === normalizeEmail(account.email))
    throw ValidationError.field('new_email', 'This is already your e-mail address.');
  if ((await takenIdentifiers(database.db, account.username, input.new_email)).email)
    throw ValidationError.field('new_email', TAKEN);
  ctx.throttle.mailRequest('change', input.new_email, client.ip);

  await database.db.transaction().execute(async (trx) => {
    const now = nowMicros();
    // Only the latest request counts: an older link must not switch to an address given up on.
    await voidKeys(trx, caller.id, ['change_email'], now);
    const key = newEmailKey();
    const lifetime = config.emailVerificationKeyLifetime;
    await insertEmailKey(trx, {
      userId: caller.id,
      purpose: 'change_email',
      keyHash: hashEmailKey(key),
      email: input.new_email,
      passwordFingerprint: null,
      expires: now + lifetime * 1_000_000,
    });
    const message = confirmEmailChangeMessage({
      name: greetingName(account),
      newEmail: input.new_email,
      link: confirmEmailChangeLink(config, key),
      lifetime,
    });
    await enqueueMessage(trx, { kind: 'confirm_email_change', to: input.new_email, ...message });
    await recordEvent(trx, caller.id, 'email.change_request', client, { new_email: input.new_email });
  });
  afterCommit(ctx);
}

/** Confirms a new address with its key: the address changes, and the old one gets a notice. */
export async function confirmEmailChange(
  ctx: EmailFlowsContext,
  key: string,
  client: ClientInfo,
): Promise<void> {
  ctx.throttle.checkKeys(client.ip);
  const { database } = ctx.accounts;
  const now = nowMicros();
  const row = await findUsableKey(database.db, 'change_email', hashEmailKey(key), now);
  if (row === undefined || !row.userActive) {
    ctx.throttle.keyFailed(client.ip);
    throw invalidKey();
  }
  if ((await takenIdentifiers(database.db, row.username, row.email)).email)
    throw ValidationError.field('email', TAKEN);

  await database.db.transaction().execute(async (trx) => {
    if (!(await consumeKey(trx, row.id, now))) throw invalidKey();
    // A concurrent change to the same address fails here on the unique index (→ the same 400).
    await changeEmailAddress(trx, row.userId, row.email);
    // Links sent to the old address (verification, reset) must not act on the new one.
    await voidKeys(trx, row.userId, ['verify_email', 'password_reset', 'change_email'], now);
    await recordEvent(trx, row.userId, 'email.change', client, {
      old_email: row.userEmail,
      new_email: row.email,
    });
    const notice = emailChangedMessage({
      name: greetingName({ username: row.username, first_name: row.firstName }),
      newEmail: row.email,
    });
    await enqueueMessage(trx, { kind: 'email_changed', to: row.userEmail, ...notice });
  });
  afterCommit(ctx);
}
