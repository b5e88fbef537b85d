/** Schemas of the audit log routes. */
import { Type } from 'typebox';
import { commonErrors, ErrorBody, FieldErrorsBody, Page, PublicId, Timestamp } from '../../http/schemas.ts';

/** `{id, username}` of a person, or null; `description` says who. */
export function PersonRef(description: string) {
  return Type.Union(
    [
      Type.Object(
        { id: PublicId, username: Type.String({ description: 'Username.' }) },
        { description: 'A person.' },
      ),
      Type.Null(),
    ],
    { description },
  );
}

/** One audit entry. */
export const AuditEntrySchema = Type.Object(
  {
    id: PublicId,
    created: Timestamp,
    type: Type.String({
      description:
        'What happened: e.g. login.success, login.failure, admin.deactivate, moderation.post_hide.',
    }),
    user: PersonRef('The user the entry concerns, or null.'),
    actor: PersonRef(
      'Who acted: the staff member for admin and moderation actions, the user themself for their own actions, null for the operator shell (source "cli") or unknown users.',
    ),
    source: Type.Union([Type.Literal('web'), Type.Literal('cli')], {
      description: 'web (an HTTP request) or cli (the operator shell).',
    }),
    ip: Type.Union([Type.String(), Type.Null()], { description: 'Where it came from: client IP, or "cli".' }),
    user_agent: Type.Union([Type.String(), Type.Null()], { description: 'Client User-Agent, or null.' }),
    before: Type.Unknown({ description: 'The value before a change, or null.' }),
    after: Type.Unknown({ description: 'The value after a change, or null.' }),
    details: Type.Record(Type.String(), Type.Unknown(), {
      description: 'Every recorded detail of the event (never secrets or journal content).',
    }),
  },
  { description: 'An entry of the append-only audit log.' },
);

/** A page of the log. */
export const AuditPage = Page(AuditEntrySchema, 'A page of audit entries, newest first.');

const filters = {
  type: Type.Optional(
    Type.String({
      maxLength: 64,
      description: 'Exact event type, or a prefix ending with "." (e.g. admin.).',
    }),
  ),
  user: Type.Optional(
    Type.String({ maxLength: 150, description: 'Entries about this user: public id or username.' }),
  ),
  actor: Type.Optional(
    Type.String({ maxLength: 150, description: 'Entries by this staff member: public id or username.' }),
  ),
  ip: Type.Optional(Type.String({ maxLength: 64, description: 'Entries from this IP address (or "cli").' })),
  since: Type.Optional(
    Type.String({
      maxLength: 40,
      description: 'From this date (YYYY-MM-DD, UTC) or ISO-8601 time, inclusive.',
    }),
  ),
  until: Type.Optional(
    Type.String({ maxLength: 40, description: 'Before this date (YYYY-MM-DD, UTC) or ISO-8601 time.' }),
  ),
};

/** Audit export query. */
export const AuditExportQuery = Type.Object(filters);

/** Audit list query. */
export const AuditQuery = Type.Object({
  ...filters,
  limit: Type.Optional(Type.String({ description: 'Page size (default 10, at most 100).' })),
  offset: Type.Optional(Type.String({ description: 'Items to skip (default 0).' })),
});

/** The error answers of admin routes: 400 as field errors or `{"detail"}`, 404, 401, 403, 429. */
export const adminErrors = {
  400: Type.Union([FieldErrorsBody, ErrorBody], {
    description: 'Field errors, or a rule refused the action.',
  }),
  404: ErrorBody,
  ...commonErrors,
} as const;
