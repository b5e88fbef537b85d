/** Schemas of the admin users routes and the bulk-action answer shared with the content routes. */
import { Type } from 'typebox';
import { Page, PublicId, Timestamp } from '../../http/schemas.ts';
import { AuditEntrySchema } from './admin-audit.schemas.ts';
import { USER_BULK_ACTIONS } from './admin-bulk.service.ts';
import { USER_SORT_FIELDS } from './admin-users.repository.ts';

const Role = Type.Union([Type.Literal('user'), Type.Literal('moderator'), Type.Literal('admin')], {
  description: 'user, moderator or admin.',
});

const userFields = {
  id: PublicId,
  username: Type.String({ description: 'Username.' }),
  name: Type.String({ description: '"first last", or the username when both are empty.' }),
  first_name: Type.String({ description: 'Given name, may be empty.' }),
  last_name: Type.String({ description: 'Family name, may be empty.' }),
  email: Type.String({ description: 'E-mail address.' }),
  email_verified: Type.Boolean({ description: 'Whether the address is confirmed.' }),
  avatar: Type.String({ description: 'Absolute URL of the avatar (uploaded or the local default).' }),
  role: Role,
  is_staff: Type.Boolean({ description: 'Moderator or admin (derived from role).' }),
  is_superuser: Type.Boolean({ description: 'Admin (derived from role).' }),
  is_active: Type.Boolean({ description: 'False once deactivated: no login, no working token.' }),
  last_login: Type.Union([Timestamp, Type.Null()], { description: 'Last successful login, or null.' }),
  created: Timestamp,
  updated: Timestamp,
};

/** A user in the admin lists and action answers. */
export const AdminUserSchema = Type.Object(userFields, { description: 'A user account as staff see it.' });

/** A page of users. */
export const AdminUserPage = Page(AdminUserSchema, 'A page of users in the requested order.');

const SessionSchema = Type.Object(
  {
    id: PublicId,
    device: Type.String({ description: 'Browser and system, from the user agent.' }),
    user_agent: Type.Union([Type.String(), Type.Null()], { description: 'User-Agent at login.' }),
    ip: Type.Union([Type.String(), Type.Null()], { description: 'IP address of the latest use.' }),
    created: Timestamp,
    last_used: Timestamp,
    expires: Timestamp,
  },
  { description: 'A live session (login).' },
);

/** The user detail page. */
export const AdminUserDetailSchema = Type.Object(
  {
    ...userFields,
    bio: Type.String({ description: 'Free text about the user.' }),
    counts: Type.Object(
      {
        posts: Type.Integer({ description: 'Posts written (anonymous and hidden ones included).' }),
        comments: Type.Integer({ description: 'Comments written.' }),
        reports_filed: Type.Integer({ description: 'Reports this user filed.' }),
        reports_against: Type.Integer({ description: "Open reports on this user's posts and comments." }),
        journal_checkins: Type.Integer({
          description: 'Mood check-ins (how many only; content is never shown).',
        }),
        journal_entries: Type.Integer({
          description: 'Journal entries (how many only; content is never shown).',
        }),
      },
      { description: 'What the user has, as counts.' },
    ),
    sessions: Type.Union([Type.Array(SessionSchema), Type.Null()], {
      description: 'Live sessions, newest first (at most 50); null for moderators.',
    }),
    sessions_count: Type.Union([Type.Integer(), Type.Null()], {
      description: 'Number of live sessions; null for moderators.',
    }),
    security_events: Type.Union([Type.Array(AuditEntrySchema), Type.Null()], {
      description: 'The 20 latest audit entries about the user; null for moderators.',
    }),
  },
  { description: 'A user with counts, sessions and recent security events.' },
);

/** Users list query. */
export const AdminUserQuery = Type.Object({
  search: Type.Optional(
    Type.String({
      maxLength: 150,
      description: 'Case-insensitive part of username, e-mail, first or last name.',
    }),
  ),
  role: Type.Optional(Role),
  active: Type.Optional(Type.Boolean({ description: 'true: active accounts; false: deactivated ones.' })),
  verified: Type.Optional(Type.Boolean({ description: 'true: confirmed addresses; false: unconfirmed.' })),
  joined_after: Type.Optional(
    Type.String({ maxLength: 40, description: 'Joined on or after this date (YYYY-MM-DD, UTC) or time.' }),
  ),
  joined_before: Type.Optional(
    Type.String({ maxLength: 40, description: 'Joined before this date (YYYY-MM-DD, UTC) or time.' }),
  ),
  ordering: Type.Optional(
    Type.Union(
      USER_SORT_FIELDS.flatMap((f) => [Type.Literal(f), Type.Literal(`-${f}`)]),
      {
        description: `Sort: ${USER_SORT_FIELDS.join(', ')}; a leading "-" sorts descending. Default -created.`,
      },
    ),
  ),
  limit: Type.Optional(Type.String({ description: 'Page size (default 10, at most 100).' })),
  offset: Type.Optional(Type.String({ description: 'Items to skip (default 0).' })),
});

/** `{id}` of a user. */
export const AdminUserParams = Type.Object({
  id: Type.String({ description: 'Public id (hex or dashed); unknown → 404.' }),
});

/** `{"role"}`. */
export const SetRoleBody = Type.Object({ role: Role }, { description: 'The new role.' });

/** Bulk action on users. */
export const UserBulkBody = Type.Object(
  {
    action: Type.Union(
      USER_BULK_ACTIONS.map((a) => Type.Literal(a)),
      { description: `What to do: ${USER_BULK_ACTIONS.join(', ')}.` },
    ),
    ids: Type.Array(Type.String({ description: 'Public id (hex or dashed).' }), {
      minItems: 1,
      maxItems: 100,
      description: 'The selected users (1 to 100).',
    }),
    role: Type.Optional(Role),
  },
  { description: 'An action applied to each selected user; role is required for set_role.' },
);

/** The answer of a bulk action. */
export const BulkResultSchema = Type.Object(
  {
    results: Type.Array(
      Type.Object(
        {
          id: Type.String({ description: 'The id as sent.' }),
          ok: Type.Boolean({ description: 'True when the action was applied.' }),
          status: Type.Integer({ description: 'The status the single action would have answered.' }),
          detail: Type.Union([Type.String(), Type.Null()], { description: 'Why it was refused, or null.' }),
        },
        { description: 'The outcome for one item.' },
      ),
      { description: 'One outcome per distinct id, in the order sent.' },
    ),
  },
  { description: 'Per-item outcomes; each applied item is audited.' },
);
