/**
 * E-mail verification (`EMAIL_VERIFICATION` mandatory | optional | none): the message queued at
 * registration, confirming a key, and asking for a new message. Resending answers the same
 * whether or not the address has an account waiting for verification.
 */
import type { Config } from '../../config.ts';
import type { Executor } from '../../db/database.ts';
import type { ClientInfo } from '../../http/caller.ts';
import { BadRequestError } from '../../http/errors.ts';
import { nowMicros } from '../../lib/time.ts';
import { verifyEmailLink } from '../../mail/links.ts';
import { enqueueMessage } from '../../mail/outbox.repository.ts';
import { verifyEmailMessage } from '../../mail/templates/messages.ts';
import { findCredentialsByEmail, markEmailVerified, normalizeEmail } from '../users/index.ts';
import { recordEvent } from './auth.context.ts';
import { afterCommit, type EmailFlowsContext } from './email-flows.context.ts';
import { consumeKey, findUsableKey, insertEmailKey } from './email-flows.repository.ts';
import { greetingName, hashEmailKey, newEmailKey } from './email-keys.ts';

/** The user facts a verification message needs. */
export interface VerificationRecipient {
  id: number;
  username: string;
  first_name?: string | null;
  email: string;
}

/** The 400 for any unusable key: unknown, expired, already used, or superseded. */
export function invalidKey(): BadRequestError {
  return new BadRequestError('This link is invalid or has expired.', 'invalid_key');
}

/**
 * Issues a verification key and queues its message, inside the caller's transaction (the
 * registration's). The caller wakes the outbox after commit.
 */
export async function queueVerificationEmail(
  config: Config,
  db: Executor,
  user: VerificationRecipient,
): Promise<void> {
  const key = newEmailKey();
  const lifetime = config.emailVerificationKeyLifetime;
  await insertEmailKey(db, {
    userId: user.id,
    purpose: 'verify_email',
    keyHash: hashEmailKey(key),
    email: user.email,
    passwordFingerprint: null,
    expires: nowMicros() + lifetime * 1_000_000,
  });
  const message = verifyEmailMessage({
    name: greetingName(user),
    link: verifyEmailLink(config, key),
    lifetime,
  });
  await enqueueMessage(db, { kind: 'verify_email', to: user.email, ...message });
}

/** Confirms an address with a key from a verification message; single use. */
export async function verifyEmail(ctx: EmailFlowsContext, key: string, client: ClientInfo): Promise<void> {
  ctx.throttle.checkKeys(client.ip);
  const now = nowMicros();
  const verified = await ctx.accounts.database.db.transaction().execute(async (trx) => {
    const row = await findUsableKey(trx, 'verify_email', hashEmailKey(key), now);
    // A key for an address the account no longer has proves nothing about the current one.
    if (row === undefined || normalizeEmail(row.email) !== row.userEmailNormalized) return false;
    if (!(await consumeKey(trx, row.id, now))) return false;
    await markEmailVerified(trx, row.userId);
    await recordEvent(trx, row.userId, 'email.verify', client, {});
    return true;
  });
  if (!verified) {
    ctx.throttle.keyFailed(client.ip);
    throw invalidKey();
  }
}

/**
 * Sends a new verification message when the address belongs to an active account that is not
 * verified yet; otherwise does nothing. Same answer and similar work either way.
 */
export async function resendVerification(
  ctx: EmailFlowsContext,
  email: string,
  client: ClientInfo,
): Promise<void> {
  ctx.throttle.mailRequest('verify', email, client.ip);
  const { config, database } = ctx.accounts;
  const account = await findCredentialsByEmail(database.db, email);
  const eligible =
    account !== undefined &&
    account.is_active &&
    !account.email_verified &&
    config.emailVerification !== 'none';
  await database.db.transaction().execute(async (trx) => {
    if (!eligible) return;
    await queueVerificationEmail(config, trx, account);
    await recordEvent(trx, account.id, 'email.verify_resend', client, {});
  });
  afterCommit(ctx);
}
