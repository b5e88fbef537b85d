/**
 * SQL of the audit log: the security event table read with who it concerns and who acted. The
 * log is append-only — this file reads it and nothing here (or anywhere in the admin console)
 * updates or deletes a row; the database refuses updates of an entry's facts too (migration 0006).
 */
import { type Expression, expressionBuilder, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

/** Filters of the audit log; absent means any. */
export interface AuditFilter {
  /** An exact event type, or a prefix when it ends with `.` (e.g. `admin.`). */
  type?: string;
  /** Events concerning this user (internal id). */
  userId?: number;
  /** Events performed by this staff member (internal id). */
  actorId?: number;
  /** Events from this IP address (or `cli`). */
  ip?: string;
  /** At or after, microseconds. */
  since?: number;
  /** Before, microseconds. */
  until?: number;
}

/** An audit entry with the public ids and usernames of the people involved (inferred from the query). */
export type AuditRow = Awaited<ReturnType<ReturnType<typeof selectAudit>['executeTakeFirstOrThrow']>>;

// Built apart from the queries, so the list, the count and the export share one filter.
const eb = expressionBuilder<DB, 'security_events'>();

function where(filter: AuditFilter): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (filter.type !== undefined) {
    parts.push(
      filter.type.endsWith('.')
        ? eb('security_events.type', 'like', `${filter.type.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
        : eb('security_events.type', '=', filter.type),
    );
  }
  if (filter.userId !== undefined) parts.push(eb('security_events.user_id', '=', filter.userId));
  if (filter.actorId !== undefined) parts.push(eb('security_events.actor_id', '=', filter.actorId));
  if (filter.ip !== undefined) parts.push(eb('security_events.ip', '=', filter.ip));
  if (filter.since !== undefined) parts.push(eb('security_events.created', '>=', filter.since));
  if (filter.until !== undefined) parts.push(eb('security_events.created', '<', filter.until));
  return eb.and(parts);
}

function selectAudit(db: Executor, filter: AuditFilter) {
  return db
    .selectFrom('security_events')
    .leftJoin('users as subject', 'subject.id', 'security_events.user_id')
    .leftJoin('users as actor', 'actor.id', 'security_events.actor_id')
    .select([
      'security_events.id',
      'security_events.public_id',
      'security_events.type',
      'security_events.ip',
      'security_events.user_agent',
      'security_events.details',
      'security_events.created',
      'subject.public_id as user_public_id',
      'subject.username as user_username',
      'actor.public_id as actor_public_id',
      'actor.username as actor_username',
    ])
    .where(where(filter));
}

/** One page of entries, newest first (ties broken by id). */
export async function listAudit(
  db: Executor,
  filter: AuditFilter,
  window: { limit: number; offset: number },
): Promise<AuditRow[]> {
  return selectAudit(db, filter)
    .orderBy('security_events.created', 'desc')
    .orderBy('security_events.id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

/** How many entries match a filter. */
export async function countAudit(db: Executor, filter: AuditFilter): Promise<number> {
  const row = await db
    .selectFrom('security_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(where(filter))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * A batch of entries older than `beforeId` (keyset on the id, newest first) for exports, which
 * walk the whole log without holding it in memory. Ids grow with time: the app inserts in order.
 */
export async function auditBatch(
  db: Executor,
  filter: AuditFilter,
  beforeId: number | null,
  limit: number,
): Promise<AuditRow[]> {
  let query = selectAudit(db, filter);
  if (beforeId !== null) query = query.where('security_events.id', '<', beforeId);
  return query.orderBy('security_events.id', 'desc').limit(limit).execute();
}
