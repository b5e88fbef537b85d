/**
 * The community's share of account export and deletion, registered in the account-data registry
 * when this module loads. Export: the user's posts (anonymous ones included — they are the
 * user's own), comments, likes and reports. Deletion: likes always go; posts and comments are
 * deleted (`delete`) or detached from the account (`anonymise`: kept, shown as "Deleted user");
 * reports stay as moderation records without their reporter.
 */
import type { Transaction } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { isoMicros } from '../../lib/time.ts';
import { closeReportsForTargets } from '../moderation/reports.repository.ts';
import { type ContentMode, registerAccountData } from '../users/account-data.registry.ts';
import {
  contentIdsOf,
  deleteCommentsOf,
  deleteLikesOf,
  deletePostsOf,
  detachContentOf,
  detachReportsOf,
  exportCommunityData,
} from './community-data.repository.ts';

/** Name of the community's section in the export document. */
export const COMMUNITY_SECTION = 'community';

const time = <T extends { created: number }>(row: T) => ({ ...row, created: isoMicros(row.created) });
const times = <T extends { created: number; updated: number }>(row: T) => ({
  ...row,
  created: isoMicros(row.created),
  updated: isoMicros(row.updated),
});

/** The community section of an export. */
export async function exportCommunity(db: Executor, userId: number) {
  const data = await exportCommunityData(db, userId);
  return {
    posts: data.posts.map((p) => ({
      ...times(p),
      anonymous: Boolean(p.anonymous),
      hidden: Boolean(p.hidden),
      edited: Boolean(p.edited),
    })),
    comments: data.comments.map((c) => ({
      ...times(c),
      hidden: Boolean(c.hidden),
      edited: Boolean(c.edited),
    })),
    post_likes: data.postLikes.map(time),
    comment_likes: data.commentLikes.map(time),
    reports: data.reports.map(time),
  };
}

/** Deletes or detaches the user's community data inside the deletion transaction. */
export async function deleteCommunity(
  trx: Transaction<DB>,
  userId: number,
  mode: ContentMode,
): Promise<void> {
  await deleteLikesOf(trx, userId);
  if (mode === 'delete') {
    await closeReportsForTargets(trx, await contentIdsOf(trx, userId), null, 'delete');
    await deleteCommentsOf(trx, userId);
    await deletePostsOf(trx, userId);
  } else {
    await detachContentOf(trx, userId);
  }
  await detachReportsOf(trx, userId);
}

registerAccountData({ name: COMMUNITY_SECTION, exportFor: exportCommunity, deleteFor: deleteCommunity });
