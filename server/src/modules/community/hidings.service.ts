/**
 * Why content was hidden, for its author (API.md C6): the notice on the author's own hidden post
 * or comment, and what moderation needs to record a hiding and run the author's one appeal. The
 * community decides who may see a notice (the author, nobody else); moderation decides whether
 * and why to hide, and who decides an appeal.
 */
import type { Transaction } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { AppealStatus, DB, ReportReason } from '../../db/schema.ts';
import type { AuthUser } from '../../http/auth.ts';
import { isoMicros } from '../../lib/time.ts';
import {
  closeAppeal,
  countAppeals,
  findHiding,
  type HidingRow,
  insertHiding,
  latestCommentHidings,
  latestPostHidings,
  type NewHiding,
  openAppeal,
  listAppeals as selectAppeals,
} from './hidings.repository.ts';

export type { HidingRow, NewHiding } from './hidings.repository.ts';

/** The `moderation` field an author sees on their own hidden post or comment. */
export interface ModerationNotice {
  /** Why it was hidden (a report reason). */
  reason: ReportReason;
  /** The moderator's note (may be empty). */
  note: string;
  /** When it was hidden. */
  hidden_at: string;
  /** The author's appeal, or null before they appeal. */
  appeal: { status: AppealStatus; created: string } | null;
}

/** The notice of a hiding, as its author sees it. */
export function toModerationNotice(row: HidingRow): ModerationNotice {
  return {
    reason: row.reason,
    note: row.note,
    hidden_at: isoMicros(row.hidden_at),
    appeal:
      row.appeal_status === null
        ? null
        : { status: row.appeal_status, created: isoMicros(row.appeal_created ?? row.hidden_at) },
  };
}

type Hideable = { id: number; hidden: boolean; author_id: number | null };

function ownHidden(viewer: AuthUser | null, items: readonly Hideable[]): number[] {
  if (viewer === null) return [];
  return items.filter((i) => i.hidden && i.author_id === viewer.id).map((i) => i.id);
}

/** Notices for the viewer's own hidden posts among these, keyed by post id (others get none). */
export async function noticesForPosts(
  db: Executor,
  viewer: AuthUser | null,
  posts: readonly Hideable[],
): Promise<Map<number, ModerationNotice>> {
  const rows = await latestPostHidings(db, ownHidden(viewer, posts));
  return new Map([...rows].map(([id, row]) => [id, toModerationNotice(row)]));
}

/** Notices for the viewer's own hidden comments among these, keyed by comment id. */
export async function noticesForComments(
  db: Executor,
  viewer: AuthUser | null,
  comments: readonly Hideable[],
): Promise<Map<number, ModerationNotice>> {
  const rows = await latestCommentHidings(db, ownHidden(viewer, comments));
  return new Map([...rows].map(([id, row]) => [id, toModerationNotice(row)]));
}

/** Records why an item was hidden, inside the hiding's transaction. */
export async function recordHidingIn(trx: Transaction<DB>, hiding: NewHiding): Promise<string> {
  return insertHiding(trx, hiding);
}

/** The hiding that currently applies to a post (`commentId` null) or a comment. */
export async function currentHiding(
  db: Executor,
  postId: number,
  commentId: number | null,
): Promise<HidingRow | undefined> {
  if (commentId === null) return (await latestPostHidings(db, [postId])).get(postId);
  return (await latestCommentHidings(db, [commentId])).get(commentId);
}

/** Opens the appeal of a hiding; false when it was already appealed. */
export function openAppealIn(trx: Transaction<DB>, hidingId: number, message: string): Promise<boolean> {
  return openAppeal(trx, hidingId, message);
}

/** Decides an open appeal; false when it was no longer open. */
export function closeAppealIn(
  trx: Transaction<DB>,
  hidingId: number,
  status: 'upheld' | 'restored',
  deciderId: number,
): Promise<boolean> {
  return closeAppeal(trx, hidingId, status, deciderId);
}

/** One hiding (with its appeal) by public id. */
export function hidingById(db: Executor, publicId: string): Promise<HidingRow | undefined> {
  return findHiding(db, publicId);
}

/** A page of appeals with a status (or all) and how many there are. */
export async function appealsPage(
  db: Executor,
  status: AppealStatus | null,
  window: { limit: number; offset: number },
): Promise<{ count: number; rows: HidingRow[] }> {
  const [count, rows] = await Promise.all([countAppeals(db, status), selectAppeals(db, status, window)]);
  return { count, rows };
}
