/**
 * Account export and deletion. Export gathers every wired module's section; deletion needs
 * the password, then in one transaction revokes every session, lets each module delete (or
 * anonymise) its data, deletes the user row and records a detached `account.delete` event; after
 * the commit the revoked sessions' access tokens stop working at once.
 */
import path from 'node:path';
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
 * Deletes the caller's account after checking the password (a wrong one is a 400 on `password`,
 * counted by the login throttle, recorded, and changes nothing else). The last active admin
 * cannot delete their account (400 `last_admin`), as they cannot demote themselves.
 */
export async function deleteAccount(
  ctx: AccountsContext,
  caller: AuthUser,
  input: DeleteAccountInput,
  client: ClientInfo,
): Promise<void> {
  const db = ctx.database.db;
  const user = await findUserById(db, caller.id);
  if (user === undefined) throw new NotAuthenticatedError();
  const throttleKey = `account-delete:${user.public_id}`;
  ctx.throttle.check(throttleKey, client.ip);
  const credentials = await findCredentialsByUsername(db, user.username);
  if (credentials === undefined || !(await verifyPassword(credentials.password, input.password))) {
    ctx.throttle.fail(throttleKey, client.ip);
    await recordEvent(db, caller.id, 'account.delete.failure', client, { reason: 'wrong_password' });
    throw ValidationError.field('password', WRONG_PASSWORD);
  }
  ctx.throttle.succeed(throttleKey, client.ip);

  const revoked = await db.transaction().execute(async (trx) => {
    if (user.role === 'admin' && (await countActiveAdmins(trx)) <= 1) {
      throw new BadRequestError('This is the last active admin; make another admin first.', 'last_admin');
    }
    const sessions = await revokeAllSessions(trx, caller.id, 'account_deleted', nowMicros());
    await ctx.accountData.deleteAll(trx, caller.id, input.content);
    await deleteUser(trx, caller.id);
    // Detached from the (deleted) user row: the audit trail keeps that a deletion happened.
    await recordEvent(trx, null, 'account.delete', client, {
      user: user.public_id,
      content: input.content,
      sessions: sessions.length,
    });
    return sessions;
  });
  for (const sessionId of revoked) ctx.revocation.revoke(sessionId);
  await deleteAvatar(path.join(ctx.config.dataDir, 'media'), user.avatar).catch(() => {});
}
