/** Schemas of the comments API: the comment object, its request body, path and query. */
import { Type } from 'typebox';
import { PublicId, Text, Timestamp } from '../../http/schemas.ts';
import { SupportSchema } from '../../lib/crisis-resources.schemas.ts';
import { UserSchema } from '../users/index.ts';
import { ModerationNoticeSchema } from './moderation-notice.schemas.ts';
import { BODY_MAX_LENGTH, FeedPage, FilteredField, PageQuery } from './posts.schemas.ts';

/** The comment object (API.md Part A, plus `hidden`). */
export const CommentSchema = Type.Object(
  {
    id: PublicId,
    post: Type.String({
      description: 'The post commented on, as a DASHED UUID (as the reference sends it).',
    }),
    author: UserSchema,
    body: Type.String({ description: 'The text of the comment.' }),
    edited: Type.Boolean({ description: 'True once the author has changed the comment.' }),
    liked: Type.Boolean({ description: 'Whether the caller likes the comment (false when anonymous).' }),
    likes_count: Type.Integer({ description: 'Number of likes.' }),
    hidden: Type.Boolean({ description: 'Hidden by a moderator; only the author and staff see it.' }),
    filtered: FilteredField,
    moderation: ModerationNoticeSchema,
    created: Timestamp,
    updated: Timestamp,
  },
  { description: 'A comment on a post.' },
);

/** A page of comments. */
export const CommentPage = FeedPage(CommentSchema, 'A page of comments, newest first.');

/** List query: paging only. */
export const CommentListQuery = Type.Object(PageQuery);

/** `{post_id}` of the comment collection. */
export const CommentListParams = Type.Object({
  post_id: Type.String({ description: 'Public id of the post (hex or dashed); unknown → 404.' }),
});

/** `{post_id}` and `{id}` of one comment; only comments of that post are found. */
export const CommentParams = Type.Object({
  post_id: Type.String({ description: 'Public id of the post (hex or dashed).' }),
  id: Type.String({
    description: 'Public id of the comment (hex or dashed); a comment of another post is a 404.',
  }),
});

/** POST and PUT body as the reference sends it. */
export const CommentBody = Type.Object(
  {
    body: Text({ maxLength: BODY_MAX_LENGTH, description: 'The text of the comment.' }),
    post: Type.Optional(
      Type.Unsafe<string | null>({
        type: ['string', 'null'],
        description: 'The post (hex or dashed); may be omitted, must be the post in the URL otherwise.',
      }),
    ),
    author: Type.Optional(
      Type.Unsafe<string | null>({
        type: ['string', 'null'],
        description: "The caller's own id; may be omitted. Another user's id is a 400.",
      }),
    ),
  },
  { description: 'A comment as the author writes it.' },
);

/** The 201 of a new comment, with `support` when its text matched the crisis lexicon. */
export const CreatedCommentSchema = Type.Object(
  { ...CommentSchema.properties, support: Type.Optional(SupportSchema) },
  { description: 'The created comment; `support` only when its text matched the crisis lexicon.' },
);
