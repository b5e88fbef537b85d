/** SQL for reports: filing one, the moderation queue, and closing reports. */
import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { ReportAction, ReportOrigin, ReportReason, ReportStatus } from '../../db/schema.ts';
import { newPublicId } from '../../lib/ids.ts';
import { nowMicros } from '../../lib/time.ts';

/** A report with its target and the people involved, as the queue shows it (inferred from the query). */
export type ReportRow = Awaited<ReturnType<ReturnType<typeof selectReports>['executeTakeFirstOrThrow']>>;

/** Fields of a new report. */
export interface NewReport {
  /** Who reported; null for the system (a `crisis` report). */
  reporterId: number | null;
  targetType: 'post' | 'comment';
  targetPublicId: string;
  postId: number;
  commentId: number | null;
  reason: ReportReason;
  /** `crisis` for the system's reports; members' by default. */
  origin?: ReportOrigin;
  text: string;
}

/** Files a report; a second OPEN report by the same user on the same item violates a unique index. */
export async function insertReport(db: Executor, report: NewReport): Promise<string> {
  const now = nowMicros();
  const publicId = newPublicId();
  await db
    .insertInto('reports')
    .values({
      public_id: publicId,
      reporter_id: report.reporterId,
      target_type: report.targetType,
      target_public_id: report.targetPublicId,
      post_id: report.postId,
      comment_id: report.commentId,
      reason: report.reason,
      origin: report.origin ?? 'member',
      text: report.text,
      status: 'open',
      action: null,
      resolver_id: null,
      created: now,
      updated: now,
      resolved_at: null,
    })
    .execute();
  return publicId;
}

/** True when the user has an open report on the item. */
export async function hasOpenReport(
  db: Executor,
  reporterId: number,
  targetPublicId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('reports')
    .select('id')
    .where('reporter_id', '=', reporterId)
    .where('target_public_id', '=', targetPublicId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return row !== undefined;
}

function selectReports(db: Executor) {
  return db
    .selectFrom('reports')
    .leftJoin('posts', 'posts.id', 'reports.post_id')
    .leftJoin('comments', 'comments.id', 'reports.comment_id')
    .leftJoin('users as reporter', 'reporter.id', 'reports.reporter_id')
    .leftJoin('users as resolver', 'resolver.id', 'reports.resolver_id')
    .leftJoin('users as author', (join) =>
      join.on((eb) =>
        eb(
          'author.id',
          '=',
          eb
            .case()
            .when('reports.target_type', '=', 'post')
            .then(eb.ref('posts.author_id'))
            .else(eb.ref('comments.author_id'))
            .end(),
        ),
      ),
    )
    .selectAll('reports')
    .select((eb) => {
      const onPost = eb.case().when('reports.target_type', '=', 'post');
      return [
        'posts.public_id as post_public_id',
        onPost.then(eb.ref('posts.body')).else(eb.ref('comments.body')).end().as('target_body'),
        onPost.then(eb.ref('posts.hidden')).else(eb.ref('comments.hidden')).end().as('target_hidden'),
        'author.public_id as author_public_id',
        'author.username as author_username',
        'reporter.public_id as reporter_public_id',
        'reporter.username as reporter_username',
        'resolver.public_id as resolver_public_id',
        'resolver.username as resolver_username',
      ];
    });
}

/** A report by public id. */
export async function findReport(db: Executor, publicId: string): Promise<ReportRow | undefined> {
  return selectReports(db).where('reports.public_id', '=', publicId).executeTakeFirst();
}

/** One page of the queue (one status, or every report): open `crisis` reports first, then newest first. */
export async function listReports(
  db: Executor,
  status: ReportStatus | null,
  window: { limit: number; offset: number },
): Promise<ReportRow[]> {
  let query = selectReports(db);
  if (status !== null) query = query.where('reports.status', '=', status);
  return query
    .orderBy(sql`case when reports.origin = 'crisis' and reports.status = 'open' then 0 else 1 end`)
    .orderBy('reports.created', 'desc')
    .orderBy('reports.public_id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

/** How many reports have a status (or exist at all). */
export async function countReports(db: Executor, status: ReportStatus | null): Promise<number> {
  let query = db.selectFrom('reports').select((eb) => eb.fn.countAll<number>().as('n'));
  if (status !== null) query = query.where('status', '=', status);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** Closes one open report; false when it was no longer open. */
export async function closeReport(
  db: Executor,
  reportId: number,
  status: 'resolved' | 'dismissed',
  action: ReportAction | null,
  resolverId: number,
): Promise<boolean> {
  const now = nowMicros();
  const result = await db
    .updateTable('reports')
    .set({ status, action, resolver_id: resolverId, updated: now, resolved_at: now })
    .where('id', '=', reportId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Resolves every open report on one item (it was hidden), recording the action; returns them. */
export async function closeReportsOnItem(
  db: Executor,
  targetPublicId: string,
  resolverId: number | null,
  action: ReportAction,
): Promise<{ public_id: string; reporter_id: number | null }[]> {
  const now = nowMicros();
  return db
    .updateTable('reports')
    .set({ status: 'resolved', action, resolver_id: resolverId, updated: now, resolved_at: now })
    .where('status', '=', 'open')
    .where('target_public_id', '=', targetPublicId)
    .returning(['public_id', 'reporter_id'])
    .execute();
}

/**
 * Resolves every open report on items about to be deleted — for posts also the reports on their
 * comments (reports store the post of a reported comment) — so none is left pointing at nothing.
 */
export async function closeReportsForTargets(
  db: Executor,
  targets: { postIds?: readonly number[]; commentIds?: readonly number[] },
  resolverId: number | null,
  action: ReportAction,
): Promise<void> {
  const postIds = [...(targets.postIds ?? [])];
  const commentIds = [...(targets.commentIds ?? [])];
  if (postIds.length === 0 && commentIds.length === 0) return;
  const now = nowMicros();
  await db
    .updateTable('reports')
    .set({ status: 'resolved', action, resolver_id: resolverId, updated: now, resolved_at: now })
    .where('status', '=', 'open')
    .where((eb) => {
      const onItems = [];
      if (postIds.length > 0) onItems.push(eb('post_id', 'in', postIds));
      if (commentIds.length > 0) onItems.push(eb('comment_id', 'in', commentIds));
      return eb.or(onItems);
    })
    .execute();
}

/** A user's own reports, newest first, by public ids only (for their data export). */
export async function listReportsByReporter(db: Executor, userId: number) {
  return db
    .selectFrom('reports')
    .select(['public_id', 'target_type', 'target_public_id', 'reason', 'text', 'status', 'created'])
    .where('reporter_id', '=', userId)
    .orderBy('created', 'desc')
    .execute();
}

/** Detaches a user's reports (moderation records stay, without the reporter). */
export async function detachReportsOf(db: Executor, userId: number): Promise<void> {
  await db.updateTable('reports').set({ reporter_id: null }).where('reporter_id', '=', userId).execute();
}
