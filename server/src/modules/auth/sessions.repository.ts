/**
 * SQL for login sessions and their refresh tokens (stored as hashes only). Reads of a user's
 * sessions take that user's id, so one user can never reach another's.
 */
import type { Executor } from '../../db/database.ts';
import { newPublicId } from '../../lib/ids.ts';
import { nowMicros } from '../../lib/time.ts';

/** A session as listed to its owner. */
export interface SessionRow {
  id: number;
  public_id: string;
  user_agent: string | null;
  ip: string | null;
  created: number;
  last_used: number;
  expires: number;
}

const SESSION_COLUMNS = ['id', 'public_id', 'user_agent', 'ip', 'created', 'last_used', 'expires'] as const;

/** What a refresh token lookup returns: the token and its session. */
export interface RefreshTokenRow {
  tokenId: number;
  rotatedAt: number | null;
  sessionId: number;
  sessionPublicId: string;
  userId: number;
  userPublicId: string;
  userActive: boolean;
  expires: number;
  revokedAt: number | null;
}

/** Fields of a new session. */
export interface NewSession {
  userId: number;
  userAgent: string | null;
  ip: string | null;
  expires: number;
}

/** Inserts a session. */
export async function insertSession(db: Executor, session: NewSession): Promise<SessionRow> {
  const now = nowMicros();
  return db
    .insertInto('sessions')
    .values({
      public_id: newPublicId(),
      user_id: session.userId,
      user_agent: session.userAgent?.slice(0, 512) ?? null,
      ip: session.ip,
      created: now,
      last_used: now,
      expires: session.expires,
      revoked_at: null,
      revoked_reason: null,
    })
    .returning(SESSION_COLUMNS)
    .executeTakeFirstOrThrow();
}

/**
 * What the account's sessions (live, revoked or expired but not yet purged) say about a client:
 * how many there are, and how many came from this IP address with this user agent.
 */
export async function clientHistory(
  db: Executor,
  userId: number,
  ip: string | null,
  userAgent: string | null,
): Promise<{ sessions: number; sameClient: number }> {
  const agent = userAgent?.slice(0, 512) ?? '';
  const row = await db
    .selectFrom('sessions')
    .select((eb) => [
      eb.fn.countAll<number>().as('sessions'),
      eb.fn
        .count<number>(
          eb
            .case()
            .when(eb.and([eb('ip', '=', ip ?? ''), eb(eb.fn.coalesce('user_agent', eb.val('')), '=', agent)]))
            .then(1)
            .end(),
        )
        .as('same_client'),
    ])
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return { sessions: Number(row.sessions), sameClient: Number(row.same_client) };
}

/** Stores the hash of a newly issued refresh token. */
export async function insertRefreshToken(db: Executor, sessionId: number, tokenHash: string): Promise<void> {
  await db
    .insertInto('refresh_tokens')
    .values({ session_id: sessionId, token_hash: tokenHash, created: nowMicros(), rotated_at: null })
    .execute();
}

/** Finds a refresh token by hash, with its session. */
export async function findRefreshToken(
  db: Executor,
  tokenHash: string,
): Promise<RefreshTokenRow | undefined> {
  return db
    .selectFrom('refresh_tokens as t')
    .innerJoin('sessions as s', 's.id', 't.session_id')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      't.id as tokenId',
      't.rotated_at as rotatedAt',
      's.id as sessionId',
      's.public_id as sessionPublicId',
      's.user_id as userId',
      'u.public_id as userPublicId',
      'u.is_active as userActive',
      's.expires as expires',
      's.revoked_at as revokedAt',
    ])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Marks a token rotated; false when another request rotated it first. */
export async function markRotated(db: Executor, tokenId: number, at: number): Promise<boolean> {
  const result = await db
    .updateTable('refresh_tokens')
    .set({ rotated_at: at })
    .where('id', '=', tokenId)
    .where('rotated_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records a use of the session (refresh) from an IP. */
export async function touchSession(db: Executor, sessionId: number, ip: string | null, at: number) {
  await db.updateTable('sessions').set({ last_used: at, ip }).where('id', '=', sessionId).execute();
}

/** Revokes one session of a user; false when it was not live. */
export async function revokeSession(
  db: Executor,
  userId: number,
  sessionId: number,
  reason: string,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: at, revoked_reason: reason })
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Revokes every live session of a user (but `exceptPublicId`, when given); returns their public ids. */
export async function revokeAllSessions(
  db: Executor,
  userId: number,
  reason: string,
  at: number,
  exceptPublicId?: string,
): Promise<string[]> {
  let query = db
    .updateTable('sessions')
    .set({ revoked_at: at, revoked_reason: reason })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (exceptPublicId !== undefined) query = query.where('public_id', '!=', exceptPublicId);
  const rows = await query.returning('public_id').execute();
  return rows.map((r) => r.public_id);
}

/** A user's live (unrevoked, unexpired) session by public id. */
export async function findLiveSession(
  db: Executor,
  userId: number,
  publicId: string,
  now: number,
): Promise<SessionRow | undefined> {
  return db
    .selectFrom('sessions')
    .select(SESSION_COLUMNS)
    .where('user_id', '=', userId)
    .where('public_id', '=', publicId)
    .where('revoked_at', 'is', null)
    .where('expires', '>', now)
    .executeTakeFirst();
}

/** One page of a user's live sessions, newest first, and their total count. */
export async function listLiveSessions(
  db: Executor,
  userId: number,
  now: number,
  window: { limit: number; offset: number },
): Promise<{ count: number; rows: SessionRow[] }> {
  const base = db
    .selectFrom('sessions')
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires', '>', now);
  const counted = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .select(SESSION_COLUMNS)
    .orderBy('created', 'desc')
    .orderBy('id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
  return { count: Number(counted.n), rows };
}

/** Public ids and revocation times of sessions revoked since a time (the start-up rebuild). */
export async function listRevokedSince(db: Executor, since: number) {
  return db
    .selectFrom('sessions')
    .select(['public_id', 'revoked_at'])
    .where('revoked_at', '>=', since)
    .execute();
}

/** Deletes a user's sessions that expired before a time (their tokens cannot matter any more). */
export async function deleteExpiredSessions(db: Executor, userId: number, before: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('expires', '<', before).execute();
}
