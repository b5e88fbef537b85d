/**
 * The audit log: every security event and every admin or moderation action, filtered and paged
 * for admins, or exported as CSV (itself an audited action). Nothing here changes an entry.
 */
import type { PageWindow } from '../../http/pagination.ts';
import { type AdminActor, type AdminContext, recordAdminAction, requireAdmin } from './admin.context.ts';
import { parseDateParam, resolveUserParam } from './admin.params.ts';
import { AUDIT_CSV_COLUMNS, toAuditCsvLine, toAuditEntryDto } from './admin-audit.presenter.ts';
import {
  type AuditFilter,
  type AuditRow,
  auditBatch,
  countAudit,
  listAudit,
} from './admin-audit.repository.ts';

/** The audit log's filters as the query string (or the CLI) gives them. */
export interface AuditQuery {
  /** Exact type, or a prefix ending with `.`. */
  type?: string;
  /** The user concerned: public id or username. */
  user?: string;
  /** The staff member who acted: public id or username. */
  actor?: string;
  /** IP address, or `cli`. */
  ip?: string;
  /** From this date or time (inclusive). */
  since?: string;
  /** Up to this date or time (exclusive). */
  until?: string;
}

/** Turns query parameters into a repository filter (400 for bad dates). */
export async function auditFilter(ctx: AdminContext, query: AuditQuery): Promise<AuditFilter> {
  const db = ctx.database.db;
  const filter: AuditFilter = {};
  if (query.type !== undefined && query.type !== '') filter.type = query.type;
  if (query.ip !== undefined && query.ip !== '') filter.ip = query.ip;
  const since = parseDateParam('since', query.since);
  const until = parseDateParam('until', query.until);
  if (since !== undefined) filter.since = since;
  if (until !== undefined) filter.until = until;
  const userId = await resolveUserParam(db, query.user);
  const actorId = await resolveUserParam(db, query.actor);
  if (userId !== undefined) filter.userId = userId;
  if (actorId !== undefined) filter.actorId = actorId;
  return filter;
}

/** One page of the log, newest first. Admins only. */
export async function listAuditLog(
  ctx: AdminContext,
  actor: AdminActor,
  query: AuditQuery,
  window: PageWindow,
): Promise<{ count: number; rows: AuditRow[] }> {
  requireAdmin(actor);
  const filter = await auditFilter(ctx, query);
  const [count, rows] = await Promise.all([
    countAudit(ctx.database.db, filter),
    listAudit(ctx.database.db, filter, window),
  ]);
  return { count, rows };
}

const BATCH = 500;

/**
 * Starts a CSV export: checks permission and the filters, records the export in the log (so the
 * export includes its own entry), and returns the CSV lines, header first, newest entry first,
 * read in batches.
 */
export async function exportAuditCsv(
  ctx: AdminContext,
  actor: AdminActor,
  query: AuditQuery,
): Promise<AsyncGenerator<string>> {
  requireAdmin(actor);
  const filter = await auditFilter(ctx, query);
  await recordAdminAction(ctx.database.db, actor, 'admin.audit_export', null, {
    filters: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')),
  });
  const db = ctx.database.db;
  return (async function* lines() {
    yield `${AUDIT_CSV_COLUMNS.join(',')}\r\n`;
    let before: number | null = null;
    for (;;) {
      const rows = await auditBatch(db, filter, before, BATCH);
      for (const row of rows) yield toAuditCsvLine(toAuditEntryDto(row));
      if (rows.length < BATCH) return;
      before = (rows[rows.length - 1] as AuditRow).id;
    }
  })();
}
