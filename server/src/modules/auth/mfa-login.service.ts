/**
 * The second step of a login (API.md C3). A right password on an account with a second factor
 * yields an `mfa_token` (random, stored hashed, five minutes, single use, dead after five wrong
 * codes); `POST /api/auth/login/mfa/` exchanges it and a TOTP or recovery code for the session.
 * Wrong codes count against the same per-account and per-IP throttle as wrong passwords.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ClientInfo } from '../../http/caller.ts';
import { AuthenticationFailedError, ValidationError } from '../../http/errors.ts';
import { nowMicros } from '../../lib/time.ts';
import { wakeOutbox } from '../../mail/outbox.worker.ts';
import { findCredentialsById } from '../users/index.ts';
import { type AccountsContext, recordEvent } from './auth.context.ts';
import { completeLogin, type LoginResult } from './login-session.service.ts';
import { noticeMfaChange } from './mfa.notices.ts';
import {
  consumeLoginToken,
  deleteExpiredLoginTokens,
  failLoginToken,
  findLiveLoginToken,
  insertLoginToken,
} from './mfa.repository.ts';
import { acceptRecoveryCode, acceptTotpCode, INVALID_CODE } from './mfa.service.ts';

/** How long an `mfa_token` lives, in microseconds (five minutes). */
export const MFA_TOKEN_LIFETIME_MICROS = 5 * 60 * 1_000_000;
/** Wrong codes an `mfa_token` survives. */
export const MFA_TOKEN_MAX_FAILURES = 5;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Issues the token of a login's second step (the password was right). */
export async function startSecondStep(
  ctx: AccountsContext,
  userId: number,
  identifier: string,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = nowMicros();
  await deleteExpiredLoginTokens(ctx.database.db, now);
  await insertLoginToken(ctx.database.db, {
    tokenHash: hashToken(token),
    userId,
    identifier,
    now,
    expires: now + MFA_TOKEN_LIFETIME_MICROS,
  });
  return token;
}

function invalidToken(): ValidationError {
  return ValidationError.field('mfa_token', 'This sign-in has expired. Please sign in again.');
}

/** Exchanges an `mfa_token` and a TOTP or recovery code for the session. */
export async function loginWithCode(
  ctx: AccountsContext,
  input: { mfa_token: string; code: string },
  client: ClientInfo,
): Promise<LoginResult> {
  const db = ctx.database.db;
  const now = nowMicros();
  const pending = await findLiveLoginToken(db, hashToken(input.mfa_token), now, MFA_TOKEN_MAX_FAILURES);
  if (pending === undefined) throw invalidToken();
  ctx.throttle.check(pending.identifier, client.ip);
  const account = await findCredentialsById(db, pending.user_id);
  if (account === undefined || !account.is_active) {
    throw new AuthenticationFailedError(
      'No active account found with the given credentials',
      'no_active_account',
    );
  }
  const user = { id: account.id, publicId: account.public_id };
  const outcome = await db.transaction().execute(async (trx) => {
    if (await acceptTotpCode(ctx, trx, user, input.code)) return 'totp';
    if (await acceptRecoveryCode(ctx, trx, account.id, input.code)) return 'recovery_code';
    return null;
  });
  if (outcome === null) {
    await failLoginToken(db, pending.id);
    ctx.throttle.fail(pending.identifier, client.ip);
    await recordEvent(db, account.id, 'login.failure', client, { reason: 'wrong_code' });
    throw ValidationError.field('code', INVALID_CODE);
  }
  if (!(await consumeLoginToken(db, pending.id, nowMicros()))) throw invalidToken();
  ctx.throttle.succeed(pending.identifier, client.ip);
  if (outcome === 'recovery_code') {
    await noticeMfaChange(db, ctx.config, account, 'mfa.recovery_code_used', client);
    wakeOutbox(ctx.database);
  }
  return completeLogin(ctx, account, client, { method: outcome });
}
