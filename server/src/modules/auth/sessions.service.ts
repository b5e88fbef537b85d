/**
 * Sessions and tokens: starting a session at login, refresh with rotation and reuse detection,
 * logout, logout-all, listing and deleting one's sessions, and the access-token check every
 * authenticated request goes through.
 */
import type { Executor } from '../../db/database.ts';
import type { AuthUser } from '../../http/auth.ts';
import type { ClientInfo } from '../../http/caller.ts';
import { AuthenticationFailedError, BadRequestError, NotFoundError } from '../../http/errors.ts';
import type { PageWindow } from '../../http/pagination.ts';
import { parsePublicId } from '../../lib/ids.ts';
import { nowMicros } from '../../lib/time.ts';
import { findCaller, type UserRow } from '../users/index.ts';
import { type AccountsContext, recordEvent } from './auth.context.ts';
import {
  deleteExpiredSessions,
  findLiveSession,
  findRefreshToken,
  insertRefreshToken,
  insertSession,
  listLiveSessions,
  listRevokedSince,
  markRotated,
  type RefreshTokenRow,
  revokeAllSessions,
  revokeSession,
  type SessionRow,
  touchSession,
} from './sessions.repository.ts';
import {
  hashRefreshToken,
  invalidAccessToken,
  newRefreshToken,
  signAccessToken,
  verifyAccessToken,
} from './tokens.ts';

/**
 * Seconds during which a just-rotated refresh token still works, so two refreshes sent at once
 * by one client (two tabs, a retry) do not look like theft and log it out.
 */
export const REFRESH_GRACE_SECONDS = 20;

/** A freshly issued token pair. */
export interface IssuedTokens {
  /** The access JWT. */
  access: string;
  /** The opaque refresh token, or null when rotation is off and the old one stays valid. */
  refresh: string | null;
  /** The session's public id. */
  sessionId: string;
}

/** The 401 for an unusable refresh token (simplejwt's shape). */
export function invalidRefreshToken(): AuthenticationFailedError {
  return new AuthenticationFailedError('Token is invalid or expired', 'token_not_valid', true);
}

function accessFor(ctx: AccountsContext, userPublicId: string, sessionId: string, expires: number) {
  return signAccessToken(ctx.keys, {
    userPublicId,
    sessionPublicId: sessionId,
    lifetime: ctx.config.accessTokenLifetime,
    notAfter: Math.floor(expires / 1_000_000),
  });
}

/** Opens a session for a user who just proved who they are; call inside the login transaction. */
export async function startSession(
  ctx: AccountsContext,
  db: Executor,
  user: Pick<UserRow, 'id' | 'public_id'>,
  client: ClientInfo,
): Promise<IssuedTokens> {
  const now = nowMicros();
  await deleteExpiredSessions(db, user.id, now);
  const session = await insertSession(db, {
    userId: user.id,
    userAgent: client.userAgent,
    ip: client.ip,
    expires: now + ctx.config.refreshTokenLifetime * 1_000_000,
  });
  const refresh = newRefreshToken();
  await insertRefreshToken(db, session.id, hashRefreshToken(refresh));
  const access = await accessFor(ctx, user.public_id, session.public_id, session.expires);
  return { access, refresh, sessionId: session.public_id };
}

type RefreshOutcome =
  | { kind: 'ok'; row: RefreshTokenRow; refresh: string | null }
  | { kind: 'reuse'; sessionId: string };

/**
 * Exchanges a refresh token for a new access token (and, with rotation, a new refresh token).
 * A token rotated more than {@link REFRESH_GRACE_SECONDS} ago is reuse: the whole session is
 * revoked, its access tokens die at once, and a `token.reuse` event is recorded.
 */
export async function refreshTokens(
  ctx: AccountsContext,
  token: string,
  client: ClientInfo,
): Promise<IssuedTokens> {
  const now = nowMicros();
  const outcome = await ctx.database.db.transaction().execute(async (trx): Promise<RefreshOutcome | null> => {
    const row = await findRefreshToken(trx, hashRefreshToken(token));
    if (row === undefined || row.revokedAt !== null || row.expires <= now || !row.userActive) return null;
    const issue = async () => {
      const next = newRefreshToken();
      await insertRefreshToken(trx, row.sessionId, hashRefreshToken(next));
      return next;
    };
    let refresh: string | null = null;
    if (!ctx.config.rotateRefreshTokens) {
      if (row.rotatedAt !== null) return null;
    } else if (row.rotatedAt === null || now - row.rotatedAt <= REFRESH_GRACE_SECONDS * 1_000_000) {
      // Losing the race to rotate means a concurrent refresh just did: that is the grace case.
      if (row.rotatedAt === null) await markRotated(trx, row.tokenId, now);
      refresh = await issue();
    } else {
      await revokeSession(trx, row.userId, row.sessionId, 'reuse', now);
      await recordEvent(trx, row.userId, 'token.reuse', client, { session: row.sessionPublicId });
      return { kind: 'reuse', sessionId: row.sessionPublicId };
    }
    await touchSession(trx, row.sessionId, client.ip, now);
    return { kind: 'ok', row, refresh };
  });
  if (outcome === null) throw invalidRefreshToken();
  if (outcome.kind === 'reuse') {
    // The revocation is committed above; only now may the caller be turned away.
    ctx.revocation.revoke(outcome.sessionId);
    throw invalidRefreshToken();
  }
  const { row } = outcome;
  const access = await accessFor(ctx, row.userPublicId, row.sessionPublicId, row.expires);
  return { access, refresh: outcome.refresh, sessionId: row.sessionPublicId };
}

/** Logs out the session a refresh token belongs to; 400 when the token is not the caller's. */
export async function logout(
  ctx: AccountsContext,
  caller: AuthUser,
  token: string,
  client: ClientInfo,
): Promise<void> {
  const now = nowMicros();
  const sessionId = await ctx.database.db.transaction().execute(async (trx) => {
    const row = await findRefreshToken(trx, hashRefreshToken(token));
    if (row === undefined || row.userId !== caller.id || row.expires <= now) return null;
    if (!(await revokeSession(trx, caller.id, row.sessionId, 'logout', now))) return null;
    await recordEvent(trx, caller.id, 'logout', client, { session: row.sessionPublicId });
    return row.sessionPublicId;
  });
  if (sessionId === null) throw new BadRequestError('The refresh token is invalid.', 'token_not_valid');
  ctx.revocation.revoke(sessionId);
}

/** Revokes every session of the caller, this one included. */
export async function logoutAll(ctx: AccountsContext, caller: AuthUser, client: ClientInfo): Promise<void> {
  const now = nowMicros();
  const revoked = await ctx.database.db.transaction().execute(async (trx) => {
    const ids = await revokeAllSessions(trx, caller.id, 'logout_all', now);
    await recordEvent(trx, caller.id, 'logout.all', client, { sessions: ids.length });
    return ids;
  });
  for (const id of revoked) ctx.revocation.revoke(id);
}

/**
 * Revokes every session of a user, or every one but `exceptSessionId` (password change keeps the
 * caller's). Call inside the transaction of the change; once it has committed, pass the returned
 * ids to {@link applyRevocations} so their access tokens stop working at once.
 */
export function revokeUserSessions(
  db: Executor,
  userId: number,
  reason: string,
  exceptSessionId?: string | null,
): Promise<string[]> {
  return revokeAllSessions(db, userId, reason, nowMicros(), exceptSessionId ?? undefined);
}

/** Refuses the access tokens of sessions revoked by a committed transaction. */
export function applyRevocations(ctx: AccountsContext, sessionIds: readonly string[]): void {
  for (const id of sessionIds) ctx.revocation.revoke(id);
}

/** One page of the caller's live sessions. */
export async function listSessions(
  ctx: AccountsContext,
  caller: AuthUser,
  window: PageWindow,
): Promise<{ count: number; rows: SessionRow[] }> {
  return listLiveSessions(ctx.database.db, caller.id, nowMicros(), window);
}

/** One page of a user's live sessions, newest first (the admin console's user page). */
export function liveSessionsOf(
  db: Executor,
  userId: number,
  window: PageWindow,
): Promise<{ count: number; rows: SessionRow[] }> {
  return listLiveSessions(db, userId, nowMicros(), window);
}

/** Revoked sessions since a time, for a process re-reading what other processes revoked. */
export function revokedSessionsSince(db: Executor, sinceMicros: number) {
  return listRevokedSince(db, sinceMicros);
}

/** Revokes one of the caller's sessions; someone else's (or an unknown) id is a 404. */
export async function deleteSession(
  ctx: AccountsContext,
  caller: AuthUser,
  rawId: string,
  client: ClientInfo,
): Promise<void> {
  const publicId = parsePublicId(rawId);
  if (publicId === null) throw new NotFoundError();
  const now = nowMicros();
  const done = await ctx.database.db.transaction().execute(async (trx) => {
    const session = await findLiveSession(trx, caller.id, publicId, now);
    if (session === undefined || !(await revokeSession(trx, caller.id, session.id, 'deleted', now))) {
      return false;
    }
    await recordEvent(trx, caller.id, 'session.revoke', client, { session: publicId });
    return true;
  });
  if (!done) throw new NotFoundError();
  ctx.revocation.revoke(publicId);
}

/**
 * The check behind every authenticated request: signature and claims (cached once verified),
 * then revocation (always), then the user, who must still exist and be active.
 */
export async function authenticate(ctx: AccountsContext, token: string): Promise<AuthUser> {
  let claims = ctx.tokenCache.get(token);
  if (claims === undefined) {
    claims = await verifyAccessToken(ctx.keys, token);
    ctx.tokenCache.set(token, claims);
  }
  if (ctx.revocation.isRevoked(claims.sid)) throw invalidAccessToken();
  const user = await findCaller(ctx.database.db, claims.sub);
  if (user === undefined || !user.is_active) throw invalidAccessToken();
  return { id: user.id, publicId: user.public_id, role: user.role, sessionId: claims.sid };
}

/**
 * `token/verify/`: true for a valid access token (as {@link authenticate} judges it) or a live
 * refresh token; simplejwt's clients verify either.
 */
export async function verifyAnyToken(ctx: AccountsContext, token: string): Promise<void> {
  if (token.split('.').length === 3) {
    try {
      await authenticate(ctx, token);
      return;
    } catch {
      throw invalidRefreshToken();
    }
  }
  const row = await findRefreshToken(ctx.database.db, hashRefreshToken(token));
  const now = nowMicros();
  const live =
    row !== undefined &&
    row.revokedAt === null &&
    row.expires > now &&
    row.userActive &&
    (row.rotatedAt === null ||
      (ctx.config.rotateRefreshTokens && now - row.rotatedAt <= REFRESH_GRACE_SECONDS * 1e6));
  if (!live) throw invalidRefreshToken();
}

export type { SessionRow } from './sessions.repository.ts';
