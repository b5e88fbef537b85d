/** Schemas of the dashboard and outbox routes. */
import { Type } from 'typebox';
import { PublicId, Timestamp } from '../../http/schemas.ts';

const Count = (description: string) => Type.Integer({ description });
const Series = (description: string) =>
  Type.Array(
    Type.Object(
      {
        date: Type.String({ description: 'UTC date, YYYY-MM-DD.' }),
        count: Count('Number on that day.'),
      },
      { description: 'One day.' },
    ),
    { description },
  );
const MailCounts = {
  pending: Count('Waiting to be sent (including retries).'),
  sending: Count('Being sent right now.'),
  sent: Count('Accepted by the mail server.'),
  failed: Count('Given up after every retry.'),
};

/** The dashboard. */
export const DashboardSchema = Type.Object(
  {
    generated: Timestamp,
    days: Count('Days in each series, oldest first, today last.'),
    users: Type.Object(
      {
        total: Count('All accounts.'),
        active: Count('Accounts not deactivated.'),
        deactivated: Count('Deactivated accounts.'),
        staff: Count('Moderators and admins.'),
        new_this_week: Count('Joined in the last 7 days.'),
        logged_in_this_week: Count('Logged in during the last 7 days.'),
        unverified: Count('E-mail address not confirmed.'),
      },
      { description: 'User numbers.' },
    ),
    posts_per_day: Series('Posts created per day.'),
    comments_per_day: Series('Comments created per day.'),
    failed_logins_per_day: Series('Failed logins (login.failure events) per day.'),
    open_reports: Count('Reports waiting for a moderator.'),
    outbox: Type.Object(
      { ...MailCounts, backlog: Count('pending + sending.') },
      { description: 'Mail outbox by status.' },
    ),
  },
  { description: 'Numbers for the admin dashboard (no personal data).' },
);

/** Outbox list query. */
export const OutboxQuery = Type.Object({
  status: Type.Optional(
    Type.Union(
      [Type.Literal('pending'), Type.Literal('sending'), Type.Literal('sent'), Type.Literal('failed')],
      {
        description: 'Only messages with this status.',
      },
    ),
  ),
  limit: Type.Optional(Type.String({ description: 'Page size (default 10, at most 100).' })),
  offset: Type.Optional(Type.String({ description: 'Items to skip (default 0).' })),
});

const Nullable = (schema: ReturnType<typeof Type.String>, description: string) =>
  Type.Union([schema, Type.Null()], { description });

/** A page of outbox messages with counts per status. */
export const OutboxPage = Type.Object(
  {
    count: Count('Messages matching the filter.'),
    next: Nullable(Type.String(), 'Absolute URL of the next page, or null.'),
    previous: Nullable(Type.String(), 'Absolute URL of the previous page, or null.'),
    counts: Type.Object(MailCounts, { description: 'Every message by status.' }),
    results: Type.Array(
      Type.Object(
        {
          id: PublicId,
          kind: Type.String({ description: 'Template, e.g. verify_email, password_reset.' }),
          to: Type.String({ description: 'Recipient address.' }),
          subject: Type.String({ description: 'Subject line.' }),
          status: Type.String({ description: 'pending, sending, sent or failed.' }),
          attempts: Count('Delivery attempts so far.'),
          next_attempt: Nullable(Timestamp, 'When a pending message is tried next, else null.'),
          last_error: Nullable(Type.String(), 'The latest delivery error, or null.'),
          created: Timestamp,
          sent: Nullable(Timestamp, 'When the mail server accepted it, or null.'),
        },
        { description: 'An outgoing message (never its body).' },
      ),
      { description: 'Messages, newest first.' },
    ),
  },
  { description: 'The mail outbox.' },
);
