/**
 * Leaving with care (API.md C6): `DELETE /api/account/` pauses the account for a 7-day grace
 * period by default — deactivated at once, every session revoked, an e-mail with a single-use
 * restore link — and {@link deleteDueAccounts} deletes it when the period ends, exactly as
 * `{"when": "now"}` does at once. `POST /api/account/restore/` with the link's key brings the
 * account back with nothing lost.
 */
import type { AuthUser } from '../../http/auth.ts';
import type { ClientInfo } from '../../http/caller.ts';
import { ValidationError } from '../../http/errors.ts';
import { isoMicros, nowMicros } from '../../lib/time.ts';
import { restoreAccountLink } from '../../mail/links.ts';
import { enqueueMessage } from '../../mail/outbox.repository.ts';
import { wakeOutbox } from '../../mail/outbox.worker.ts';
import { accountDeletionScheduledMessage } from '../../mail/templates/messages.ts';
import { findUserById, setUserActive } from '../users/index.ts';
import {
  afterPurge,
  assertNotLastAdmin,
  confirmDeletionPassword,
  type DeleteAccountInput,
  deleteAccountNow,
  purgeAccountIn,
} from './account.service.ts';
import {
  findDeletionByKey,
  listDueDeletions,
  removeDeletion,
  takeDeletionByKey,
  upsertDeletion,
} from './account-deletion.repository.ts';
import { type AccountsContext, recordEvent } from './auth.context.ts';
import { greetingName, hashEmailKey, newEmailKey } from './email-keys.ts';
import { revokeAllSessions } from './sessions.repository.ts';

/** The grace period before a scheduled deletion, in days. */
export const DELETION_GRACE_DAYS = 7;
const GRACE_MICROS = DELETION_GRACE_DAYS * 86_400 * 1_000_000;
const INVALID_KEY = 'This link is invalid, has already been used, or has expired.';

/** What a scheduled deletion answers: when the account will be deleted. */
export interface ScheduledDeletion {
  scheduled_for: string;
}

/** Deletes now (`when: "now"`) or schedules the deletion after the grace period (the default). */
export async function deleteAccount(
  ctx: AccountsContext,
  caller: AuthUser,
  input: DeleteAccountInput,
  client: ClientInfo,
): Promise<ScheduledDeletion | null> {
  if (input.when === 'now') {
    await deleteAccountNow(ctx, caller, input, client);
    return null;
  }
  return scheduleDeletion(ctx, caller, input, client);
}

/**
 * Pauses the account for the grace period: deactivated, every session revoked, the restore link
 * queued by e-mail, all in one transaction. The password is checked as for an immediate deletion.
 */
export async function scheduleDeletion(
  ctx: AccountsContext,
  caller: AuthUser,
  input: DeleteAccountInput,
  client: ClientInfo,
  now = nowMicros(),
): Promise<ScheduledDeletion> {
  const user = await confirmDeletionPassword(ctx, caller, input.password, client);
  const key = newEmailKey();
  const scheduledFor = now + GRACE_MICROS;
  const revoked = await ctx.database.db.transaction().execute(async (trx) => {
    await assertNotLastAdmin(trx, user.role);
    await setUserActive(trx, user.id, false);
    const sessions = await revokeAllSessions(trx, user.id, 'account_deletion_scheduled', now);
    await upsertDeletion(trx, {
      userId: user.id,
      content: input.content,
      keyHash: hashEmailKey(key),
      scheduledFor,
      created: now,
    });
    const message = accountDeletionScheduledMessage({
      name: greetingName(user),
      link: restoreAccountLink(ctx.config, key),
      days: DELETION_GRACE_DAYS,
    });
    await enqueueMessage(trx, { kind: 'account_deletion_scheduled', to: user.email, ...message });
    await recordEvent(trx, user.id, 'account.delete_scheduled', client, {
      content: input.content,
      scheduled_for: isoMicros(scheduledFor),
      sessions: sessions.length,
    });
    return sessions;
  });
  for (const sessionId of revoked) ctx.revocation.revoke(sessionId);
  wakeOutbox(ctx.database);
  return { scheduled_for: isoMicros(scheduledFor) };
}

/**
 * Cancels a scheduled deletion with the e-mailed key: the account is active again with
 * everything it had. The key works once and only within the grace period (400 on `key` otherwise).
 */
export async function restoreAccount(
  ctx: AccountsContext,
  key: string,
  client: ClientInfo,
  now = nowMicros(),
): Promise<void> {
  const keyHash = hashEmailKey(key);
  const db = ctx.database.db;
  const pending = await findDeletionByKey(db, keyHash);
  if (pending === undefined || pending.scheduled_for <= now) throw ValidationError.field('key', INVALID_KEY);
  await db.transaction().execute(async (trx) => {
    if (!(await takeDeletionByKey(trx, keyHash))) throw ValidationError.field('key', INVALID_KEY);
    await setUserActive(trx, pending.user_id, true);
    await recordEvent(trx, pending.user_id, 'account.restore', client, {});
  });
}

/**
 * Deletes every account whose grace period ended by `now`, as an immediate deletion would;
 * returns how many were deleted. An account an admin reactivated meanwhile is kept (the pending
 * deletion is dropped), as is the last active admin.
 */
export async function deleteDueAccounts(ctx: AccountsContext, now = nowMicros()): Promise<number> {
  const db = ctx.database.db;
  const client: ClientInfo = { ip: 'scheduler', userAgent: null };
  let deleted = 0;
  for (const due of await listDueDeletions(db, now)) {
    const user = await findUserById(db, due.user_id);
    if (user === undefined || user.is_active) {
      await removeDeletion(db, due.user_id);
      continue;
    }
    const revoked = await db.transaction().execute(async (trx) => {
      if (!(await removeDeletion(trx, user.id))) return null;
      return purgeAccountIn(ctx, trx, user, due.content, client, { scheduled: true });
    });
    if (revoked === null) continue;
    await afterPurge(ctx, revoked, user.avatar);
    deleted += 1;
  }
  return deleted;
}
