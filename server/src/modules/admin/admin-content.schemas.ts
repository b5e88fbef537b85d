/** Schemas of the admin content routes. */
import { Type } from 'typebox';
import { Page, PublicId, Timestamp } from '../../http/schemas.ts';
import { PersonRef } from './admin-audit.schemas.ts';

/** A post or comment in the admin lists. */
export const AdminContentSchema = Type.Object(
  {
    id: PublicId,
    post: PublicId,
    body: Type.String({ description: 'The text.' }),
    author: PersonRef(
      'The author (also of anonymous items: staff see them), or null once the account is gone.',
    ),
    anonymous: Type.Boolean({ description: 'Shown to members as by "Anonymous".' }),
    hidden: Type.Boolean({ description: 'Hidden by a moderator.' }),
    edited: Type.Boolean({ description: 'Changed by its author.' }),
    likes_count: Type.Integer({ description: 'Likes.' }),
    comments_count: Type.Union([Type.Integer(), Type.Null()], {
      description: 'Visible comments (posts); null for comments.',
    }),
    open_reports: Type.Integer({ description: 'Open reports on this item.' }),
    created: Timestamp,
    updated: Timestamp,
  },
  { description: 'A post (post = its own id) or a comment (post = the post it is on).' },
);

/** A page of posts or comments. */
export const AdminContentPage = Page(AdminContentSchema, 'A page of items, newest first.');

/** Content list query. */
export const AdminContentQuery = Type.Object({
  hidden: Type.Optional(Type.Boolean({ description: 'true: hidden items only; false: visible ones only.' })),
  reported: Type.Optional(
    Type.Boolean({ description: 'true: items with an open report; false: items without one.' }),
  ),
  author: Type.Optional(Type.String({ maxLength: 150, description: 'Author: public id or username.' })),
  since: Type.Optional(
    Type.String({ maxLength: 40, description: 'Created on or after this date (YYYY-MM-DD, UTC) or time.' }),
  ),
  until: Type.Optional(
    Type.String({ maxLength: 40, description: 'Created before this date (YYYY-MM-DD, UTC) or time.' }),
  ),
  search: Type.Optional(Type.String({ maxLength: 200, description: 'Case-insensitive part of the text.' })),
  limit: Type.Optional(Type.String({ description: 'Page size (default 10, at most 100).' })),
  offset: Type.Optional(Type.String({ description: 'Items to skip (default 0).' })),
});

/** `{id}` of a post or comment. */
export const AdminContentParams = Type.Object({
  id: Type.String({ description: 'Public id (hex or dashed); unknown → 404.' }),
});

/** Bulk action on posts or comments. */
export const ContentBulkBody = Type.Object(
  {
    type: Type.Union([Type.Literal('post'), Type.Literal('comment')], { description: 'post or comment.' }),
    action: Type.Union([Type.Literal('hide'), Type.Literal('restore'), Type.Literal('delete')], {
      description: 'hide, restore or delete.',
    }),
    ids: Type.Array(Type.String({ description: 'Public id (hex or dashed).' }), {
      minItems: 1,
      maxItems: 100,
      description: 'The selected items (1 to 100).',
    }),
  },
  { description: 'An action applied to each selected post or comment.' },
);
