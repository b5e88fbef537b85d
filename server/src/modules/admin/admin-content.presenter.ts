/** Posts and comments as the admin content lists show them. */
import { isoMicros } from '../../lib/time.ts';
import type { ContentRow } from './admin-content.service.ts';

/** One item of the admin content lists. */
export function toAdminContentDto(row: ContentRow) {
  return {
    id: row.public_id,
    post: row.post_public_id,
    body: row.body,
    author:
      row.author_public_id === null || row.author_username === null
        ? null
        : { id: row.author_public_id, username: row.author_username },
    anonymous: row.anonymous,
    hidden: row.hidden,
    edited: row.edited,
    likes_count: Number(row.likes_count),
    comments_count: row.comments_count === null ? null : Number(row.comments_count),
    open_reports: Number(row.open_reports),
    created: isoMicros(row.created),
    updated: isoMicros(row.updated),
  };
}
