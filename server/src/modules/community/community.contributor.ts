/**
 * The community's share of account export and deletion, listed in the module wiring. Export: the
 * user's posts (anonymous ones included — they are the user's own), comments and likes (the
 * moderation module adds the user's reports to the same section). Deletion: likes always go;
 * posts and comments are deleted (`delete`, after moderation closed their reports) or detached
 * from the account (`anonymise`: kept, shown as "Deleted user").
 */
import type { Transaction } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { EventBus } from '../../events/bus.ts';
import type { AccountDataContributor, ContentMode } from '../../lib/account-data.ts';
import { isoMicros } from '../../lib/time.ts';
import {
  contentIdsOf,
  deleteCommentsOf,
  deleteLikesOf,
  deletePostsOf,
  detachContentOf,
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
      anonymous: p.anonymous,
      hidden: p.hidden,
      edited: p.edited,
    })),
    comments: data.comments.map((c) => ({
      ...times(c),
      hidden: c.hidden,
      edited: c.edited,
    })),
    post_likes: data.postLikes.map(time),
    comment_likes: data.commentLikes.map(time),
  };
}

/** Deletes or detaches the user's community data inside the deletion transaction. */
export async function deleteCommunity(
  events: EventBus,
  trx: Transaction<DB>,
  userId: number,
  mode: ContentMode,
): Promise<void> {
  await deleteLikesOf(trx, userId);
  if (mode === 'delete') {
    const ids = await contentIdsOf(trx, userId);
    await events.publishIn(trx, 'content.deleting', { ...ids, moderation: null });
    await deleteCommentsOf(trx, userId);
    await deletePostsOf(trx, userId);
  } else {
    await detachContentOf(trx, userId);
  }
}

/** The community's share of account export and deletion (reports are moderation's share). */
export function communitySection(events: EventBus): AccountDataContributor {
  return {
    name: COMMUNITY_SECTION,
    exportFor: exportCommunity,
    deleteFor: (trx, userId, mode) => deleteCommunity(events, trx, userId, mode),
  };
}
