/** The comment object of API.md Part A; `post` is the post's DASHED UUID, as the reference sends it. */
import type { AuthUser } from '../../http/auth.ts';
import { dashedId } from '../../lib/ids.ts';
import { isoMicros } from '../../lib/time.ts';
import type { UserDto } from '../users/index.ts';
import type { CommentRow } from './comments.repository.ts';
import type { ModerationNotice } from './hidings.service.ts';
import { type Author, toAuthorDto } from './posts.presenter.ts';

/** A comment ready to present: the row, its post's public id and the author the viewer may see. */
export interface CommentView {
  comment: CommentRow;
  postPublicId: string;
  author: Author;
  /** The viewer's filter words found in the comment (API.md C2). */
  filtered: string[];
  /** Why it was hidden, only when the viewer is its author and it is hidden. */
  moderation?: ModerationNotice | undefined;
}

/** The comment object as sent to clients. */
export interface CommentDto {
  id: string;
  post: string;
  author: UserDto;
  body: string;
  edited: boolean;
  liked: boolean;
  likes_count: number;
  hidden: boolean;
  created: string;
  updated: string;
  filtered: string[];
  moderation?: ModerationNotice;
}

/** Presents a comment to a viewer. */
export function toCommentDto(view: CommentView, viewer: AuthUser | null, base: string): CommentDto {
  const { comment } = view;
  return {
    id: comment.public_id,
    post: dashedId(view.postPublicId),
    author: toAuthorDto(view.author, viewer, base),
    body: comment.body,
    edited: comment.edited,
    liked: comment.liked,
    likes_count: Number(comment.likes_count),
    hidden: comment.hidden,
    created: isoMicros(comment.created),
    updated: isoMicros(comment.updated),
    filtered: view.filtered,
    ...(view.moderation === undefined ? {} : { moderation: view.moderation }),
  };
}
