/** Schemas of the posts API: the post object, its request body, path, query and pages. */
import { type TSchema, Type } from 'typebox';
import { ErrorBody, FieldErrorsBody, OptionalText, PublicId, Text, Timestamp } from '../../http/schemas.ts';
import { SupportSchema } from '../../lib/crisis-resources.schemas.ts';
import { UserSchema } from '../users/index.ts';
import { ModerationNoticeSchema } from './moderation-notice.schemas.ts';

/** Longest post or comment body, in characters. */
export const BODY_MAX_LENGTH = 10_000;
/** Longest content warning, in characters. */
export const CONTENT_WARNING_MAX_LENGTH = 100;

/** 400 bodies: field errors or a detail (e.g. an invalid cursor). */
export const BadRequestBody = Type.Union([FieldErrorsBody, ErrorBody]);

/** `filtered` on posts and comments (API.md C2). */
export const FilteredField = Type.Array(Type.String(), {
  description:
    "The caller's personal filter words found in the body or content warning (whole word, case-insensitive); " +
    'clients blur the item while it is not empty. Always `[]` for anonymous callers.',
});

/** The post object (API.md Part A plus Part B's community fields). */
export const PostSchema = Type.Object(
  {
    id: PublicId,
    author: UserSchema,
    body: Type.String({ description: 'The text of the post.' }),
    edited: Type.Boolean({ description: 'True once the author has changed the post.' }),
    liked: Type.Boolean({ description: 'Whether the caller likes the post (false when anonymous).' }),
    likes_count: Type.Integer({ description: 'Number of likes.' }),
    comments_count: Type.Integer({ description: 'Number of comments that are not hidden.' }),
    created: Timestamp,
    updated: Timestamp,
    mood: Type.Union([Type.Integer(), Type.Null()], {
      description: "The author's mood, 1 (low) to 5 (high), or null.",
    }),
    content_warning: Type.Union([Type.String(), Type.Null()], {
      description: 'Content warning, or null; clients blur the post until it is tapped.',
    }),
    anonymous: Type.Boolean({ description: 'The author is hidden from everyone but the author and staff.' }),
    hidden: Type.Boolean({ description: 'Hidden by a moderator; only the author and staff see it.' }),
    filtered: FilteredField,
    moderation: ModerationNoticeSchema,
  },
  { description: 'A community post.' },
);

/** A page in either pagination style: `count` only with limit/offset. */
export function FeedPage<T extends TSchema>(item: T, description: string) {
  return Type.Object(
    {
      count: Type.Optional(Type.Integer({ description: 'Total number of items (limit/offset pages only).' })),
      next: Type.Union([Type.String(), Type.Null()], {
        description: 'Absolute URL of the next page, or null.',
      }),
      previous: Type.Union([Type.String(), Type.Null()], {
        description: 'Absolute URL of the previous page, or null.',
      }),
      results: Type.Array(item, { description: 'The items on this page, newest first.' }),
    },
    { description },
  );
}

/** A page of posts. */
export const PostPage = FeedPage(PostSchema, 'A page of posts, newest first.');

/** Paging parameters, lenient by contract. */
export const PageQuery = {
  limit: Type.Optional(
    Type.Unknown({ description: 'Page size, default 10, at most 100; invalid means the default.' }),
  ),
  offset: Type.Optional(
    Type.Unknown({ description: 'Items to skip (limit/offset pages), default 0; invalid means 0.' }),
  ),
  cursor: Type.Optional(
    Type.String({
      description:
        "Keyset cursor from a previous page's next/previous URL; empty for the first cursor page. Invalid → 400.",
    }),
  ),
};

/** `GET /api/post/` query. */
export const PostListQuery = Type.Object({
  ...PageQuery,
  author__public_id: Type.Optional(
    Type.String({
      description:
        "Only this user's posts (hex or dashed UUID); anonymous posts only for the author and staff.",
    }),
  ),
  search: Type.Optional(
    Type.String({
      description:
        'Full-text search over body and content warning (at most 200 characters, else 400): words are ANDed, ' +
        '`"a phrase"` matches words in order, `word*` a prefix; any other syntax is read as plain words. ' +
        'Limit/offset pages put the best match first; cursor pages stay newest first.',
    }),
  ),
});

/** `{id}` of a post: hex or dashed UUID; anything else is a 404. */
export const PostIdParams = Type.Object({
  id: Type.String({ description: 'Public id of the post: 32 hex characters or the dashed UUID form.' }),
});

/** POST and PUT body; `hidden`, `edited`, counts and ids are read-only and stripped. */
export const PostBody = Type.Object(
  {
    author: Type.Optional(
      Type.Unsafe<string | null>({
        type: ['string', 'null'],
        description: "The caller's own id (hex or dashed); may be omitted. Another user's id is a 400.",
      }),
    ),
    body: Text({ maxLength: BODY_MAX_LENGTH, description: 'The text of the post.' }),
    mood: Type.Optional(
      Type.Unsafe<number | null>({
        type: ['integer', 'null'],
        minimum: 1,
        maximum: 5,
        description: 'Mood 1–5, or null. Omitted on PUT: unchanged.',
      }),
    ),
    content_warning: Type.Optional(
      OptionalText({
        maxLength: CONTENT_WARNING_MAX_LENGTH,
        description:
          'Content warning (at most 100 characters); "" or null for none. Omitted on PUT: unchanged.',
      }),
    ),
    anonymous: Type.Optional(
      Type.Boolean({
        description: 'Hide the author from everyone but themself and staff. Omitted on PUT: unchanged.',
      }),
    ),
  },
  { description: 'A post as the author writes it.' },
);

/** The 201 of `POST /api/post/`: the post, with `support` when its text matched the crisis lexicon. */
export const CreatedPostSchema = Type.Object(
  { ...PostSchema.properties, support: Type.Optional(SupportSchema) },
  { description: 'The created post; `support` only when its text matched the crisis lexicon.' },
);
