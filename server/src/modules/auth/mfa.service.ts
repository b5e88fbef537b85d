/**
 * Second factors of one's own account (API.md C3): the authenticator app (setup behind the
 * password, confirm with a first code, disable with password and code), recovery codes (ten,
 * single use, hashed; regenerated behind the password) and what an account's second step may use.
 * The TOTP secret is encrypted at rest with the journal's key ring, bound to its account.
 */
import type { Executor } from '../../db/database.ts';
import type { AuthUser } from '../../http/auth.ts';
import type { ClientInfo } from '../../http/caller.ts';
import {
  BadRequestError,
  MfaRequiredError,
  NotAuthenticatedError,
  ValidationError,
} from '../../http/errors.ts';
import { nowMicros } from '../../lib/time.ts';
import { wakeOutbox } from '../../mail/outbox.worker.ts';
import { type CredentialRow, findCredentialsById, isStaff, verifyPassword } from '../users/index.ts';
import type { AccountsContext } from './auth.context.ts';
import { type MfaChange, noticeMfaChange } from './mfa.notices.ts';
import {
  countRecoveryCodes,
  deleteLoginTokens,
  deleteRecoveryCodes,
  deleteTotp,
  findTotp,
  confirmTotp as markTotpConfirmed,
  replaceRecoveryCodes,
  savePendingTotp,
  useRecoveryCode,
  useTotpStep,
} from './mfa.repository.ts';
import { recoveryCodeKey, totpSecretContext } from './mfa-keys.ts';
import { countPasskeys, deleteAllPasskeys, listPasskeys } from './passkeys.repository.ts';
import {
  hashRecoveryCode,
  looksLikeRecoveryCode,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUrl,
  qrSvg,
} from './totp.ts';

/** A way to pass the second step of a login. */
export type MfaMethod = 'totp' | 'recovery_code' | 'passkey';

/** The message of every wrong, reused, expired or malformed code. */
export const INVALID_CODE = 'Invalid code.';

/** Name shown in authenticator apps. */
const ISSUER = 'MentalMuse';

const secretContext = totpSecretContext;

/** The methods an account's second step accepts; empty when it has no second factor. */
export async function secondFactorMethods(db: Executor, userId: number): Promise<MfaMethod[]> {
  const totp = await findTotp(db, userId);
  const methods: MfaMethod[] = [];
  if (totp?.confirmed === true) methods.push('totp');
  const codes = await countRecoveryCodes(db, userId);
  const passkeys = await countPasskeys(db, userId);
  if (methods.length === 0 && passkeys === 0) return [];
  if (codes > 0) methods.push('recovery_code');
  if (passkeys > 0) methods.push('passkey');
  return methods;
}

/** True when the account has a second factor (a confirmed authenticator app or a passkey). */
export async function hasSecondFactor(db: Executor, userId: number): Promise<boolean> {
  return (await secondFactorMethods(db, userId)).length > 0;
}

/** The caller's second factors as `GET /api/auth/mfa/` shows them. */
export async function mfaStatus(ctx: AccountsContext, caller: AuthUser) {
  const db = ctx.database.db;
  const totp = await findTotp(db, caller.id);
  return {
    totp: totp?.confirmed === true,
    passkeys: await listPasskeys(db, caller.id),
    recoveryCodesLeft: await countRecoveryCodes(db, caller.id),
  };
}

/** The caller's credentials after checking the password (throttled like password changes). */
async function checkPassword(
  ctx: AccountsContext,
  caller: AuthUser,
  password: string,
  client: ClientInfo,
): Promise<CredentialRow> {
  const key = `mfa:${caller.id}`;
  ctx.throttle.check(key, client.ip);
  const account = await findCredentialsById(ctx.database.db, caller.id);
  if (account === undefined) throw new NotAuthenticatedError();
  if (!(await verifyPassword(account.password, password))) {
    ctx.throttle.fail(key, client.ip);
    throw ValidationError.field('password', 'Your password was entered incorrectly. Please enter it again.');
  }
  ctx.throttle.succeed(key, client.ip);
  return account;
}

/** Starts authenticator setup: a new secret (pending until confirmed), its URL and QR code. */
export async function setupTotp(
  ctx: AccountsContext,
  caller: AuthUser,
  password: string,
  client: ClientInfo,
) {
  const account = await checkPassword(ctx, caller, password, client);
  const db = ctx.database.db;
  const existing = await findTotp(db, caller.id);
  if (existing?.confirmed === true) {
    throw new BadRequestError('An authenticator app is set up already; turn it off first.', 'totp_exists');
  }
  const secret = newTotpSecret();
  const sealed = ctx.secrets.encrypt(secret, secretContext(caller.publicId));
  await savePendingTotp(db, {
    userId: caller.id,
    ciphertext: sealed.ciphertext,
    keyId: sealed.keyId,
    now: nowMicros(),
  });
  const url = otpauthUrl(secret, ISSUER, account.username);
  return { secret, otpauth_url: url, qr_svg: await qrSvg(url) };
}

/**
 * True when `code` is a valid, unused TOTP code of the account now; the step is then recorded as
 * used (in `db`, the caller's transaction), so the same code is refused next time.
 */
export async function acceptTotpCode(
  ctx: AccountsContext,
  db: Executor,
  user: { id: number; publicId: string },
  code: string,
  confirmedOnly = true,
): Promise<boolean> {
  const row = await findTotp(db, user.id);
  if (row === undefined || (confirmedOnly && !row.confirmed)) return false;
  const secret = ctx.secrets.decrypt(row.secret_ciphertext, row.key_id, secretContext(user.publicId));
  const step = matchTotp(secret, code.trim(), Date.now());
  if (step === null) return false;
  return useTotpStep(db, user.id, step);
}

/** True when `code` is an unused recovery code of the account; it is then used up. */
export function acceptRecoveryCode(
  ctx: AccountsContext,
  db: Executor,
  userId: number,
  code: string,
): Promise<boolean> {
  if (!looksLikeRecoveryCode(code)) return Promise.resolve(false);
  return useRecoveryCode(db, userId, hashRecoveryCode(recoveryCodeKey(ctx.config), code.trim()), nowMicros());
}

async function issueRecoveryCodes(ctx: AccountsContext, db: Executor, userId: number): Promise<string[]> {
  const codes = newRecoveryCodes();
  const key = recoveryCodeKey(ctx.config);
  await replaceRecoveryCodes(
    db,
    userId,
    codes.map((code) => hashRecoveryCode(key, code)),
    nowMicros(),
  );
  return codes;
}

async function notice(
  ctx: AccountsContext,
  db: Executor,
  account: CredentialRow,
  change: MfaChange,
  client: ClientInfo,
): Promise<void> {
  await noticeMfaChange(db, ctx.config, account, change, client);
}

/** Confirms the pending secret with a first code; answers ten new recovery codes. */
export async function confirmTotpSetup(
  ctx: AccountsContext,
  caller: AuthUser,
  code: string,
  client: ClientInfo,
): Promise<string[]> {
  const account = await findCredentialsById(ctx.database.db, caller.id);
  if (account === undefined) throw new NotAuthenticatedError();
  const pending = await findTotp(ctx.database.db, caller.id);
  if (pending === undefined || pending.confirmed) {
    throw new BadRequestError(
      'There is no authenticator setup waiting for a code; start the setup again.',
      'no_pending_totp',
    );
  }
  const codes = await ctx.database.db.transaction().execute(async (trx) => {
    if (!(await acceptTotpCode(ctx, trx, caller, code, false))) return null;
    if (!(await markTotpConfirmed(trx, caller.id))) return null;
    const fresh = await issueRecoveryCodes(ctx, trx, caller.id);
    await notice(ctx, trx, account, 'mfa.totp_enabled', client);
    return fresh;
  });
  if (codes === null) throw ValidationError.field('code', INVALID_CODE);
  wakeOutbox(ctx.database);
  return codes;
}

/** 400 when removing a factor would leave a staff account without one while staff need one. */
async function assertNotLastStaffFactor(ctx: AccountsContext, db: Executor, caller: AuthUser): Promise<void> {
  if (!ctx.config.mfaRequiredForStaff || !isStaff(caller.role)) return;
  if (!(await hasSecondFactor(db, caller.id))) {
    throw new MfaRequiredError(
      400,
      'Staff accounts need a second sign-in step here: add another one (a passkey or an authenticator app) before removing this one.',
    );
  }
}

/** Turns the authenticator app off (password and a current code or a recovery code). */
export async function disableTotp(
  ctx: AccountsContext,
  caller: AuthUser,
  input: { password: string; code: string },
  client: ClientInfo,
): Promise<void> {
  const account = await checkPassword(ctx, caller, input.password, client);
  const existing = await findTotp(ctx.database.db, caller.id);
  if (existing?.confirmed !== true) throw new BadRequestError('No authenticator app is set up.', 'no_totp');
  await ctx.database.db.transaction().execute(async (trx) => {
    const ok =
      (await acceptTotpCode(ctx, trx, caller, input.code)) ||
      (await acceptRecoveryCode(ctx, trx, caller.id, input.code));
    if (!ok) throw ValidationError.field('code', INVALID_CODE);
    await deleteTotp(trx, caller.id);
    // Recovery codes back up the authenticator; without any factor left they would be a way in alone.
    if ((await countPasskeys(trx, caller.id)) === 0) await deleteRecoveryCodes(trx, caller.id);
    await assertNotLastStaffFactor(ctx, trx, caller);
    await notice(ctx, trx, account, 'mfa.totp_disabled', client);
  });
  wakeOutbox(ctx.database);
}

/** New recovery codes behind the password; the old ones die. */
export async function regenerateRecoveryCodes(
  ctx: AccountsContext,
  caller: AuthUser,
  password: string,
  client: ClientInfo,
): Promise<string[]> {
  const account = await checkPassword(ctx, caller, password, client);
  if (!(await hasSecondFactor(ctx.database.db, caller.id))) {
    throw new BadRequestError('Set up an authenticator app or a passkey first.', 'no_second_factor');
  }
  const codes = await ctx.database.db.transaction().execute(async (trx) => {
    const fresh = await issueRecoveryCodes(ctx, trx, caller.id);
    await notice(ctx, trx, account, 'mfa.recovery_codes_regenerated', client);
    return fresh;
  });
  wakeOutbox(ctx.database);
  return codes;
}

/** Called after a passkey was deleted (in its transaction): the staff rule and the recovery codes. */
export async function afterFactorRemoved(
  ctx: AccountsContext,
  db: Executor,
  caller: AuthUser,
): Promise<void> {
  const totp = await findTotp(db, caller.id);
  if (totp?.confirmed !== true && (await countPasskeys(db, caller.id)) === 0) {
    await deleteRecoveryCodes(db, caller.id);
  }
  await assertNotLastStaffFactor(ctx, db, caller);
}

/** What an admin reset removed. */
export interface MfaResetResult {
  totp: boolean;
  passkeys: number;
}

/**
 * Removes every second factor of an account (admin reset; inside the caller's transaction) and
 * queues the e-mail to the account. The caller records the audited admin action.
 */
export async function resetSecondFactors(
  ctx: { config: AccountsContext['config'] },
  db: Executor,
  account: { id: number; username: string; first_name?: string | null; email: string },
): Promise<MfaResetResult> {
  const totp = await deleteTotp(db, account.id);
  const passkeys = await deleteAllPasskeys(db, account.id);
  await deleteRecoveryCodes(db, account.id);
  await deleteLoginTokens(db, account.id);
  await noticeMfaChange(db, ctx.config, account, 'mfa.reset', null);
  return { totp, passkeys };
}

/**
 * The staff gate (`MFA_REQUIRED_FOR_STAFF`): a moderator or admin without a second factor gets 403
 * `mfa_required` on staff routes. Ordinary users pass on to the route's own permission check.
 */
export async function assertStaffFactor(ctx: AccountsContext, user: AuthUser): Promise<void> {
  if (!ctx.config.mfaRequiredForStaff || !isStaff(user.role)) return;
  if (await hasSecondFactor(ctx.database.db, user.id)) return;
  throw new MfaRequiredError(
    403,
    'Staff accounts need a second sign-in step (an authenticator app or a passkey). Add one under Settings → Sign-in and security.',
  );
}
