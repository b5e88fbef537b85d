/** Schemas for the user object (responses); request schemas live beside their routes' needs. */
import { Type } from 'typebox';
import { PublicId, Timestamp } from '../../http/schemas.ts';

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
    is_active: Type.Boolean({ description: 'False for deactivated accounts.' }),
    role: Type.Union([Type.Literal('user'), Type.Literal('moderator'), Type.Literal('admin')], {
      description: 'Privilege level, the source of truth for is_staff and is_superuser.',
    }),
    is_staff: Type.Boolean({ description: 'Derived: role is moderator or admin. Read-only.' }),
    is_superuser: Type.Boolean({ description: 'Derived: role is admin. Read-only.' }),
    created: Timestamp,
    updated: Timestamp,
  },
  { description: 'A user.' },
);
