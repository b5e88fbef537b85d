/**
 * The post object of API.md (Part A fields plus MentalMuse's), and the author shown beside a
 * post or comment: the real user, or a sentinel that reveals nothing — "anonymous" (the Nil
 * UUID) for anonymous posts, "deleted" (the Max UUID) for content of deleted accounts.
 */
import type { AuthUser } from '../../http/auth.ts';
import { isoMicros } from '../../lib/time.ts';
import type { UserRow } from '../users/index.ts';
import { DEFAULT_AVATAR_PATH, type PostsCounts, toUserDto, type UserDto } from '../users/index.ts';
import type { ModerationNotice } from './hidings.service.ts';
import type { PostRow } from './posts.repository.ts';

/** `id` of the anonymous author sentinel: 32 zeros (the Nil UUID). */
export const ANONYMOUS_AUTHOR_ID = '0'.repeat(32);
/** `id` of the deleted-account sentinel: 32 `f`s (the Max UUID). */
export const DELETED_AUTHOR_ID = 'f'.repeat(32);

/** Who is shown as the author of an item. */
export type Author = { user: UserRow; counts: PostsCounts } | 'anonymous' | 'deleted';

/** A post ready to present: the row and the author the viewer may see. */
export interface PostView {
  post: PostRow;
  author: Author;
  /** The viewer's filter words found in the post (API.md C2). */
  filtered: string[];
  /** Why it was hidden, only when the viewer is its author and it is hidden. */
  moderation?: ModerationNotice | undefined;
}

/** The post object as sent to clients. */
export interface PostDto {
  id: string;
  author: UserDto;
  body: string;
  edited: boolean;
  liked: boolean;
  likes_count: number;
  comments_count: number;
  created: string;
  updated: string;
  mood: number | null;
  content_warning: string | null;
  anonymous: boolean;
  hidden: boolean;
  filtered: string[];
  moderation?: ModerationNotice;
}

const EPOCH = isoMicros(0);

function sentinel(id: string, username: string, name: string, base: string): UserDto {
  return {
    id,
    username,
    name,
    first_name: '',
    last_name: '',
    bio: '',
    avatar: `${base}${DEFAULT_AVATAR_PATH}`,
    email: null,
    is_active: true,
    role: 'user',
    is_staff: false,
    is_superuser: false,
    created: EPOCH,
    updated: EPOCH,
    posts_count: 0,
  };
}

/** The user object for an author as the viewer may see it. */
export function toAuthorDto(author: Author, viewer: AuthUser | null, base: string): UserDto {
  if (author === 'anonymous') return sentinel(ANONYMOUS_AUTHOR_ID, 'anonymous', 'Anonymous', base);
  if (author === 'deleted') {
    return { ...sentinel(DELETED_AUTHOR_ID, 'deleted', 'Deleted user', base), is_active: false };
  }
  return toUserDto(author.user, viewer, base, author.counts);
}

/** Presents a post to a viewer. */
export function toPostDto(view: PostView, viewer: AuthUser | null, base: string): PostDto {
  const { post } = view;
  return {
    id: post.public_id,
    author: toAuthorDto(view.author, viewer, base),
    body: post.body,
    edited: post.edited,
    liked: post.liked,
    likes_count: Number(post.likes_count),
    comments_count: Number(post.comments_count),
    created: isoMicros(post.created),
    updated: isoMicros(post.updated),
    mood: post.mood,
    content_warning: post.content_warning,
    anonymous: post.anonymous,
    hidden: post.hidden,
    filtered: view.filtered,
    ...(view.moderation === undefined ? {} : { moderation: view.moderation }),
  };
}
