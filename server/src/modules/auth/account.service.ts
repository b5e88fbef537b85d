/**
 * Account export and deletion. Export gathers every wired module's section; deletion needs
 * the password, then in one transaction revokes every session, lets each module delete (or
 * anonymise) its data, deletes the user row and records a detached `account.delete` event; after
 * the commit the revoked sessions' access tokens stop working at once.
 */
import path from 'node:path';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AuthUser } from '../../http/auth.ts';
import type { ClientInfo } from '../../http/caller.ts';
import { BadRequestError, NotAuthenticatedError, ValidationError } from '../../http/errors.ts';
import type { ContentMode } from '../../lib/account-data.ts';
import { isoMicros, nowMicros } from '../../lib/time.ts';
import { exportCheckinsCsv } from '../journal/index.ts';
import {
  countActiveAdmins,
  deleteAvatar,
  deleteUser,
  findCredentialsByUsername,
  findUserById,
  verifyPassword,
} from '../users/index.ts';
import { type AccountsContext, recordEvent } from './auth.context.ts';
import { revokeAllSessions } from './sessions.repository.ts';

/** Layout version of the export document. */
export const EXPORT_FORMAT_VERSION = 1;
/** The message for a wrong confirmation password. */
export const WRONG_PASSWORD = 'Your password was entered incorrectly. Please enter it again.';

/** `DELETE /api/account/` input. */
export interface DeleteAccountInput {
  password: string;
  content: ContentMode;
  /** `later` (default: after the grace period) or `now`. */
  when?: 'later' | 'now' | undefined;
}

/** Every registered module's data about the caller, as one JSON document. */
export async function exportAccount(ctx: AccountsContext, caller: AuthUser, client: ClientInfo) {
  const db = ctx.database.db;
  const document = {
    exported_at: isoMicros(nowMicros()),
    format_version: EXPORT_FORMAT_VERSION,
    ...(await ctx.accountData.exportAll(db, caller.id)),
  };
  await recordEvent(db, caller.id, 'account.export', client, { format: 'json' });
  return document;
}

/** The caller's check-ins as CSV. */
export async function exportCheckins(ctx: AccountsContext, caller: AuthUser, client: ClientInfo) {
  const csv = await exportCheckinsCsv(ctx.database.db, caller.id);
  await recordEvent(ctx.database.db, caller.id, 'account.export', client, { format: 'checkins_csv' });
  return csv;
}

/**
 * Checks the confirmation password of a deletion (a wrong one is a 400 on `password`, counted by
 * the login throttle, recorded, and changes nothing else); returns the caller's user row.
 */
export async function confirmDeletionPassword(
  ctx: AccountsContext,
  caller: AuthUser,
  password: string,
  client: ClientInfo,
) {
  const db = ctx.database.db;
  const user = await findUserById(db, caller.id);
  if (user === undefined) throw new NotAuthenticatedError();
  const throttleKey = `account-delete:${user.public_id}`;
  ctx.throttle.check(throttleKey, client.ip);
  const credentials = await findCredentialsByUsername(db, user.username);
  if (credentials === undefined || !(await verifyPassword(credentials.password, password))) {
    ctx.throttle.fail(throttleKey, client.ip);
    await recordEvent(db, caller.id, 'account.delete.failure', client, { reason: 'wrong_password' });
    throw ValidationError.field('password', WRONG_PASSWORD);
  }
  ctx.throttle.succeed(throttleKey, client.ip);
  return user;
}

/** 400 `last_admin` when this is the last active admin (who cannot leave, as they cannot demote themselves). */
export async function assertNotLastAdmin(trx: Transaction<DB>, role: string): Promise<void> {
  if (role === 'admin' && (await countActiveAdmins(trx)) <= 1) {
    throw new BadRequestError('This is the last active admin; make another admin first.', 'last_admin');
  }
}

/**
 * Deletes an account inside the caller's transaction: revokes every session, lets each module
 * delete (or anonymise) its data, deletes the user row and records a detached `account.delete`
 * event. Returns the revoked session ids, for the revocation list after commit.
 */
export async function purgeAccountIn(
  ctx: AccountsContext,
  trx: Transaction<DB>,
  user: { id: number; public_id: string },
  content: ContentMode,
  client: ClientInfo,
  details: Record<string, unknown> = {},
): Promise<string[]> {
  const sessions = await revokeAllSessions(trx, user.id, 'account_deleted', nowMicros());
  await ctx.accountData.deleteAll(trx, user.id, content);
  await deleteUser(trx, user.id);
  // Detached from the (deleted) user row: the audit trail keeps that a deletion happened.
  await recordEvent(trx, null, 'account.delete', client, {
    user: user.public_id,
    content,
    sessions: sessions.length,
    ...details,
  });
  return sessions;
}

/** After an account's deletion committed: its tokens stop at once and its avatar file goes. */
export async function afterPurge(
  ctx: AccountsContext,
  revoked: readonly string[],
  avatar: string | null,
): Promise<void> {
  for (const sessionId of revoked) ctx.revocation.revoke(sessionId);
  await deleteAvatar(path.join(ctx.config.dataDir, 'media'), avatar).catch(() => {});
}

/**
 * Deletes the caller's account at once (`{"when": "now"}`) after checking the password. The last
 * active admin cannot delete their account (400 `last_admin`).
 */
export async function deleteAccountNow(
  ctx: AccountsContext,
  caller: AuthUser,
  input: DeleteAccountInput,
  client: ClientInfo,
): Promise<void> {
  const user = await confirmDeletionPassword(ctx, caller, input.password, client);
  const revoked = await ctx.database.db.transaction().execute(async (trx) => {
    await assertNotLastAdmin(trx, user.role);
    return purgeAccountIn(ctx, trx, user, input.content, client);
  });
  await afterPurge(ctx, revoked, user.avatar);
}
