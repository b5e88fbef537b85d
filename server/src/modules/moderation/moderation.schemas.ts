/** Schemas of reports and the moderation routes. */
import { Type } from 'typebox';
import { OptionalText, Page, PublicId, Timestamp } from '../../http/schemas.ts';

/** Report reasons. */
export const REPORT_REASONS = ['spam', 'harassment', 'hate', 'self_harm', 'misinformation', 'other'] as const;
/** Resolve actions. */
export const REPORT_ACTIONS = ['none', 'hide', 'delete'] as const;

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description });

const UserRefSchema = Type.Union(
  [
    Type.Object(
      {
        id: PublicId,
        username: Type.String({ description: 'Username.' }),
      },
      { description: 'A user involved in a report.' },
    ),
    Type.Null(),
  ],
  { description: 'The user, or null once the account is gone.' },
);

/** `POST …/report/` body. */
export const ReportBody = Type.Object(
  {
    reason: Type.Union(
      REPORT_REASONS.map((r) => Type.Literal(r)),
      { description: `Why: ${REPORT_REASONS.join(', ')}.` },
    ),
    text: Type.Optional(
      OptionalText({
        maxLength: 1000,
        description: 'Optional details for moderators (at most 1,000 characters).',
      }),
    ),
  },
  { description: 'A report on a post or comment.' },
);

const receiptFields = {
  id: PublicId,
  target_type: Type.Union([Type.Literal('post'), Type.Literal('comment')], {
    description: 'What was reported.',
  }),
  target_id: PublicId,
  reason: Type.String({
    description:
      'Why it was reported; `crisis` for the system’s reports on text matching the crisis lexicon.',
  }),
  text: Type.String({ description: "The reporter's details; may be empty." }),
  status: Type.String({ description: 'open, resolved or dismissed.' }),
  created: Timestamp,
};

/** What the reporter gets back (201). */
export const ReportReceiptSchema = Type.Object(receiptFields, { description: 'A filed report.' });

/** A report in the moderation queue. */
export const ReportSchema = Type.Object(
  {
    ...receiptFields,
    post: Nullable(PublicId, 'The post reported, or the post of the reported comment; null once deleted.'),
    action: Type.Union([Type.String(), Type.Null()], {
      description: 'none, hide or delete once resolved; otherwise null.',
    }),
    target: Type.Union(
      [
        Type.Object(
          {
            body: Type.String({ description: 'Text of the reported item.' }),
            hidden: Type.Boolean({ description: 'Whether it is hidden.' }),
            author: UserRefSchema,
          },
          { description: 'The reported item.' },
        ),
        Type.Null(),
      ],
      { description: 'The reported item, or null once deleted.' },
    ),
    reporter: UserRefSchema,
    resolver: UserRefSchema,
    updated: Timestamp,
    resolved: Type.Union([Timestamp, Type.Null()], {
      description: 'When it was resolved or dismissed, or null.',
    }),
  },
  { description: 'A report with the reported item, for moderators.' },
);

/** A page of the queue. */
export const ReportPage = Page(ReportSchema, 'A page of reports, newest first.');

/** Queue query. */
export const ReportQueueQuery = Type.Object({
  status: Type.Optional(
    Type.Union(
      [Type.Literal('open'), Type.Literal('resolved'), Type.Literal('dismissed'), Type.Literal('all')],
      {
        description: 'Which reports: open (default), resolved, dismissed or all.',
      },
    ),
  ),
  limit: Type.Optional(Type.Unknown({ description: 'Page size, default 10, at most 100.' })),
  offset: Type.Optional(Type.Unknown({ description: 'Items to skip, default 0.' })),
});

/** `{"action"}` of resolve. */
export const ResolveBody = Type.Object(
  {
    action: Type.Union(
      REPORT_ACTIONS.map((a) => Type.Literal(a)),
      { description: 'none (nothing to change), hide (hide the item) or delete (delete it).' },
    ),
  },
  { description: 'How the report was resolved.' },
);

/** `{id}` of a report, post or comment. */
export const ModerationIdParams = Type.Object({
  id: Type.String({ description: 'Public id (hex or dashed); unknown → 404.' }),
});
