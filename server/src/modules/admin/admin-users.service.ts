/**
 * The users side of the admin console: find people, see what they have (counts only — never
 * journal content), and act on accounts. Staff (moderators and admins) list, view and
 * deactivate/reactivate ordinary users; only admins act on staff accounts, change roles, force
 * password resets and resend verification mail. Every action is audited with before/after.
 */
import { randomBytes } from 'node:crypto';
import type { Role } from '../../db/schema.ts';
import { BadRequestError, NotFoundError, PermissionDeniedError } from '../../http/errors.ts';
import type { PageWindow } from '../../http/pagination.ts';
import { parsePublicId } from '../../lib/ids.ts';
import { wakeOutbox } from '../../mail/outbox.worker.ts';
import {
  liveSessionsOf,
  queuePasswordResetEmail,
  queueVerificationEmail,
  resetSecondFactors,
  revokeUserSessions,
  type SessionRow,
} from '../auth/index.ts';
import { type JournalCounts, journalCountsOf } from '../journal/index.ts';
import {
  countActiveAdmins,
  findCredentialsById,
  findUserByPublicId,
  setUserActive,
  setUserRole,
  type UserRow,
} from '../users/index.ts';
import {
  type AdminActor,
  type AdminContext,
  afterRevocation,
  isAdminActor,
  recordAdminAction,
  requireAdmin,
  requireStaff,
} from './admin.context.ts';
import { parseDateParam } from './admin.params.ts';
import { type AuditRow, listAudit } from './admin-audit.repository.ts';
import {
  type AdminUserFilter,
  type ContentCounts,
  countMatchingUsers,
  countUserContent,
  searchUsers,
  setUnusablePassword,
  USER_SORT_FIELDS,
  type UserOrdering,
} from './admin-users.repository.ts';

/** The users list's query as the query string gives it. */
export interface UserListQuery {
  search?: string;
  role?: Role;
  active?: boolean;
  verified?: boolean;
  joined_after?: string;
  joined_before?: string;
  /** A sort field, `-` first for descending; default `-created`. */
  ordering?: string;
}

/** One page of users matching the filters. Staff. */
export async function listAdminUsers(
  ctx: AdminContext,
  actor: AdminActor,
  query: UserListQuery,
  window: PageWindow,
): Promise<{ count: number; rows: UserRow[] }> {
  requireStaff(actor);
  const filter: AdminUserFilter = {};
  if (query.search !== undefined && query.search.trim() !== '') filter.search = query.search.trim();
  if (query.role !== undefined) filter.role = query.role;
  if (query.active !== undefined) filter.active = query.active;
  if (query.verified !== undefined) filter.verified = query.verified;
  const from = parseDateParam('joined_after', query.joined_after);
  const to = parseDateParam('joined_before', query.joined_before);
  if (from !== undefined) filter.joinedFrom = from;
  if (to !== undefined) filter.joinedTo = to;
  const raw = query.ordering ?? '-created';
  const field = raw.replace(/^-/, '') as UserOrdering['field'];
  const ordering: UserOrdering = USER_SORT_FIELDS.includes(field)
    ? { field, desc: raw.startsWith('-') }
    : { field: 'created', desc: true };
  const db = ctx.database.db;
  const [count, rows] = await Promise.all([
    countMatchingUsers(db, filter),
    searchUsers(db, filter, ordering, window),
  ]);
  return { count, rows };
}

/** A user by public id (hex or dashed); 404 when unknown or malformed. */
export async function findAdminTarget(ctx: AdminContext, rawId: string): Promise<UserRow> {
  const publicId = parsePublicId(rawId);
  const user = publicId === null ? undefined : await findUserByPublicId(ctx.database.db, publicId);
  if (user === undefined) throw new NotFoundError();
  return user;
}

/** A user given as a row (CLI, bulk) or as a public id from the URL (resolved after the permission check). */
export type Target = UserRow | string;

function resolve(ctx: AdminContext, target: Target): Promise<UserRow> {
  return typeof target === 'string' ? findAdminTarget(ctx, target) : Promise.resolve(target);
}

/** Everything the user detail page shows. Sessions and events (IP addresses) are for admins only. */
export interface AdminUserDetail {
  user: UserRow;
  content: ContentCounts;
  journal: JournalCounts;
  sessions: { count: number; rows: SessionRow[] } | null;
  events: AuditRow[] | null;
}

/** A user's detail. Staff; sessions and recent security events for admins. */
export async function getAdminUser(
  ctx: AdminContext,
  actor: AdminActor,
  rawId: string,
): Promise<AdminUserDetail> {
  requireStaff(actor);
  const user = await findAdminTarget(ctx, rawId);
  const db = ctx.database.db;
  const admin = isAdminActor(actor);
  const [content, journal, sessions, events] = await Promise.all([
    countUserContent(db, user.id),
    journalCountsOf(db, user.id),
    admin ? liveSessionsOf(db, user.id, { limit: 50, offset: 0 }) : null,
    admin ? listAudit(db, { userId: user.id }, { limit: 20, offset: 0 }) : null,
  ]);
  return { user, content, journal, sessions, events };
}

// Moderators act on ordinary users only; nobody deactivates or demotes themself here.
function checkAccountAction(actor: AdminActor, target: UserRow): void {
  if (actor.user === null) return;
  if (actor.user.role !== 'admin' && target.role !== 'user') throw new PermissionDeniedError();
  if (actor.user.id === target.id) {
    throw new BadRequestError('You cannot do this to your own account here.', 'own_account');
  }
}

/**
 * Deactivates (`active` false) or reactivates an account. Deactivation revokes every session:
 * refresh tokens stop at once and, as every request re-checks `is_active`, so do access tokens.
 * The last active admin cannot be deactivated. Audited with before/after even when unchanged.
 */
export async function setAccountActive(
  ctx: AdminContext,
  actor: AdminActor,
  targetRef: Target,
  active: boolean,
): Promise<UserRow> {
  requireStaff(actor);
  const target = await resolve(ctx, targetRef);
  checkAccountAction(actor, target);
  const revoked = await ctx.database.db.transaction().execute(async (trx) => {
    if (!active && target.role === 'admin' && target.is_active && (await countActiveAdmins(trx)) <= 1) {
      throw new BadRequestError('This is the last active admin; make another admin first.', 'last_admin');
    }
    const changed = await setUserActive(trx, target.id, active);
    const ids = active ? [] : await revokeUserSessions(trx, target.id, 'deactivated');
    await recordAdminAction(trx, actor, active ? 'admin.reactivate' : 'admin.deactivate', target.id, {
      before: { is_active: target.is_active },
      after: { is_active: active },
      changed,
      ...(active ? {} : { sessions_revoked: ids.length }),
    });
    return ids;
  });
  afterRevocation(ctx, revoked);
  return { ...target, is_active: active };
}

/** Sets a role (admins only), through the users module's rule that keeps one active admin. */
export async function changeRole(
  ctx: AdminContext,
  actor: AdminActor,
  targetRef: Target,
  role: Role,
): Promise<UserRow> {
  requireAdmin(actor);
  const target = await resolve(ctx, targetRef);
  return setUserRole(ctx.database, target.username, role, {
    userId: actor.user?.id ?? null,
    publicId: actor.user?.publicId ?? null,
    source: actor.ip,
  });
}

/**
 * Forces a password reset (admins only): the current password stops working, every session is
 * revoked, and a reset link is queued to the account's address. For an account that may be
 * compromised; the owner chooses a new password through the link.
 */
export async function forcePasswordReset(
  ctx: AdminContext,
  actor: AdminActor,
  targetRef: Target,
): Promise<UserRow> {
  requireAdmin(actor);
  const target = await resolve(ctx, targetRef);
  checkAccountAction(actor, target);
  if (!target.is_active) {
    throw new BadRequestError('This account is deactivated; reactivate it first.', 'inactive');
  }
  const revoked = await ctx.database.db.transaction().execute(async (trx) => {
    const account = await findCredentialsById(trx, target.id);
    if (account === undefined) throw new NotFoundError();
    const password = await setUnusablePassword(trx, target.id, randomBytes(16).toString('hex'));
    await queuePasswordResetEmail(ctx.config, trx, { ...account, password });
    const ids = await revokeUserSessions(trx, target.id, 'password_reset_forced');
    await recordAdminAction(trx, actor, 'admin.password_reset', target.id, {
      sessions_revoked: ids.length,
      mailed_to: account.email,
    });
    return ids;
  });
  afterRevocation(ctx, revoked);
  wakeOutbox(ctx.database);
  return target;
}

/**
 * Removes every second factor of an account (admins only; not their own): authenticator app,
 * passkeys, recovery codes and pending second steps. Audited; the user gets an e-mail.
 */
export async function resetUserMfa(
  ctx: AdminContext,
  actor: AdminActor,
  targetRef: Target,
): Promise<UserRow> {
  requireAdmin(actor);
  const target = await resolve(ctx, targetRef);
  checkAccountAction(actor, target);
  await ctx.database.db.transaction().execute(async (trx) => {
    const account = await findCredentialsById(trx, target.id);
    if (account === undefined) throw new NotFoundError();
    const removed = await resetSecondFactors(ctx, trx, account);
    await recordAdminAction(trx, actor, 'admin.mfa_reset', target.id, {
      totp_removed: removed.totp,
      passkeys_removed: removed.passkeys,
      mailed_to: account.email,
    });
  });
  wakeOutbox(ctx.database);
  return target;
}

/** Queues a new verification message (admins only); 400 when the address is confirmed already. */
export async function resendVerificationFor(
  ctx: AdminContext,
  actor: AdminActor,
  targetRef: Target,
): Promise<UserRow> {
  requireAdmin(actor);
  const target = await resolve(ctx, targetRef);
  if (target.email_verified) {
    throw new BadRequestError('This e-mail address is confirmed already.', 'already_verified');
  }
  await ctx.database.db.transaction().execute(async (trx) => {
    await queueVerificationEmail(ctx.config, trx, target);
    await recordAdminAction(trx, actor, 'admin.verification_resend', target.id, { mailed_to: target.email });
  });
  wakeOutbox(ctx.database);
  return target;
}
