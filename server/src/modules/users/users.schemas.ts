/** Schemas of the users API: the user object (responses), its PATCH body, path and query. */
import { Type } from 'typebox';
import { OptionalText, Page, PublicId, Text, Timestamp } from '../../http/schemas.ts';

/** Longest username, first and last name (Django's 150). */
export const NAME_MAX_LENGTH = 150;
/** Longest bio, in characters. */
export const BIO_MAX_LENGTH = 5000;

/** The user object of API.md Part A (plus the derived role flags of Part B). */
export const UserSchema = Type.Object(
  {
    id: PublicId,
    username: Type.String({ description: 'Unique (case-insensitively) user name.' }),
    name: Type.String({
      description: '"first_name last_name" trimmed, or the username when both are empty.',
    }),
    first_name: Type.String({ description: 'Given name; may be empty.' }),
    last_name: Type.String({ description: 'Family name; may be empty.' }),
    bio: Type.String({ description: 'About the user; may be empty.' }),
    avatar: Type.String({ description: 'Absolute URL of the avatar image, served by this server.' }),
    email: Type.Union([Type.String(), Type.Null()], {
      description: 'E-mail address; only the user themself and staff see it, everyone else gets null.',
    }),
    email_verified: Type.Optional(
      Type.Union([Type.Boolean(), Type.Null()], {
        description:
          'Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff.',
      }),
    ),
    is_active: Type.Boolean({ description: 'False for deactivated accounts.' }),
    role: Type.Union([Type.Literal('user'), Type.Literal('moderator'), Type.Literal('admin')], {
      description: 'Privilege level, the source of truth for is_staff and is_superuser.',
    }),
    is_staff: Type.Boolean({ description: 'Derived: role is moderator or admin. Read-only.' }),
    is_superuser: Type.Boolean({ description: 'Derived: role is admin. Read-only.' }),
    created: Timestamp,
    updated: Timestamp,
    posts_count: Type.Integer({
      description:
        'Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden.',
    }),
  },
  { description: 'A user.' },
);

/** A page of users. */
export const UserPage = Page(UserSchema, 'A page of users, newest first.');

/** `?limit=&offset=`; lenient by contract (an invalid limit means the default, an invalid offset 0). */
export const UserListQuery = Type.Object({
  limit: Type.Optional(
    Type.Unknown({ description: 'Page size, default 10, at most 100; an invalid value means the default.' }),
  ),
  offset: Type.Optional(
    Type.Unknown({ description: 'Number of users to skip, default 0; an invalid value means 0.' }),
  ),
});

/** `{id}` in `/api/user/{id}/`: hex or dashed UUID; anything else is a 404. */
export const UserIdParams = Type.Object({
  id: Type.String({ description: 'Public id of the user: 32 hex characters or the dashed UUID form.' }),
});

/**
 * PATCH body (JSON or multipart/form-data). Anything else (`email`, `role`, `is_active`,
 * `is_staff`, `is_superuser`, `id`, `created`, …) is stripped: never applied, never an error.
 */
export const UpdateUserBody = Type.Object(
  {
    username: Type.Optional(
      Text({
        maxLength: NAME_MAX_LENGTH,
        description:
          'New username: letters, digits and @/./+/-/_ only, unique case-insensitively, at most 150 characters.',
      }),
    ),
    first_name: Type.Optional(
      OptionalText({ maxLength: NAME_MAX_LENGTH, description: 'Given name; "" or null clears it.' }),
    ),
    last_name: Type.Optional(
      OptionalText({ maxLength: NAME_MAX_LENGTH, description: 'Family name; "" or null clears it.' }),
    ),
    bio: Type.Optional(
      OptionalText({ maxLength: BIO_MAX_LENGTH, description: 'About the user; "" or null clears it.' }),
    ),
    avatar: Type.Optional(
      Type.Unsafe<string | null>({
        type: ['string', 'null'],
        format: 'binary',
        description:
          'multipart/form-data: a PNG, JPEG, WebP or GIF image (at most 2 MB and 4096 × 4096 px), stored ' +
          'without metadata. JSON (or an empty form field): null or "" resets to the default avatar.',
      }),
    ),
  },
  { description: 'Profile fields the user may change about themself.' },
);
