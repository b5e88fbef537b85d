/** Schemas of care in moderation (API.md C6): hiding with a reason, appeals, support resources. */
import { Type } from 'typebox';
import { OptionalText, Page, PublicId, Text, Timestamp } from '../../http/schemas.ts';
import { REPORT_REASONS } from './moderation.schemas.ts';

/** `{"reason", "note"}` of a hide; both optional (`reason` defaults to `other`). */
export const HideBody = Type.Object(
  {
    reason: Type.Optional(
      Type.Union(
        REPORT_REASONS.map((r) => Type.Literal(r)),
        {
          description: `Why it is hidden, shown to its author: ${REPORT_REASONS.join(', ')}. Default other.`,
        },
      ),
    ),
    note: Type.Optional(
      OptionalText({ maxLength: 1000, description: 'A note to the author (at most 1,000 characters).' }),
    ),
  },
  {
    description:
      'Why the item is hidden; its author sees both. Optional for older clients (no body: reason other); the web app always sends a reason.',
  },
);

/** `{"message"}` of an appeal. */
export const AppealBody = Type.Object(
  {
    message: Text({
      minLength: 1,
      maxLength: 2000,
      description: 'What the author wants the moderators to know (1–2,000 characters).',
    }),
  },
  { description: 'The author’s one appeal of a hiding.' },
);

/** What the author gets back when appealing (201). */
export const AppealReceiptSchema = Type.Object(
  {
    id: PublicId,
    status: Type.Literal('open', { description: 'A new appeal is open.' }),
    created: Timestamp,
  },
  { description: 'The appeal, waiting for a moderator.' },
);

/** An appeal in the moderation queue. */
export const AppealSchema = Type.Object(
  {
    id: PublicId,
    target_type: Type.Union([Type.Literal('post'), Type.Literal('comment')], {
      description: 'What was hidden.',
    }),
    target_id: PublicId,
    post: PublicId,
    reason: Type.String({ description: 'Why it was hidden.' }),
    note: Type.String({ description: 'The note the author was given (may be empty).' }),
    hidden_at: Timestamp,
    message: Type.String({ description: 'The author’s appeal.' }),
    status: Type.Union([Type.Literal('open'), Type.Literal('upheld'), Type.Literal('restored')], {
      description: 'open, upheld (stays hidden) or restored (visible again).',
    }),
    created: Timestamp,
    decided: Type.Union([Timestamp, Type.Null()], { description: 'When a moderator decided it, or null.' }),
  },
  { description: 'An author’s appeal of a hiding, for moderators.' },
);

/** A page of appeals. */
export const AppealPage = Page(AppealSchema, 'A page of appeals, oldest first.');

/** Appeal queue query. */
export const AppealQueueQuery = Type.Object({
  status: Type.Optional(
    Type.Union(
      [Type.Literal('open'), Type.Literal('upheld'), Type.Literal('restored'), Type.Literal('all')],
      { description: 'Which appeals: open (default), upheld, restored or all.' },
    ),
  ),
  limit: Type.Optional(Type.Unknown({ description: 'Page size, default 10, at most 100.' })),
  offset: Type.Optional(Type.Unknown({ description: 'Items to skip, default 0.' })),
});

/** `{"decision"}` of an appeal. */
export const AppealDecisionBody = Type.Object(
  {
    decision: Type.Union([Type.Literal('restore'), Type.Literal('uphold')], {
      description: 'restore (make the item visible again) or uphold (it stays hidden).',
    }),
  },
  { description: 'A moderator’s decision on an appeal.' },
);

/** What `send-support/` answers. */
export const SupportSentSchema = Type.Object(
  { detail: Type.String({ description: 'A sentence for the moderator.' }) },
  { description: 'The message with the crisis resources is queued for the author.' },
);
