/** Request and response schemas of `/api/journal/checkins/`. */
import { Type } from 'typebox';
import { OptionalText, Page, PublicId, Timestamp } from '../../http/schemas.ts';
import { SupportSchema } from '../../lib/crisis-resources.schemas.ts';
import { clientIdField, JournalIdParams, pageQueryFields, tzField } from './journal.schemas.ts';
import { MAX_TAGS } from './tags.ts';

/** Longest note, in characters. */
export const NOTE_MAX_LENGTH = 5000;

const tagList = (what: string) =>
  Type.Array(
    Type.String({ maxLength: 200, description: `One ${what} tag (≤ 32 characters after trimming).` }),
    {
      maxItems: MAX_TAGS,
      description: `${what[0]?.toUpperCase()}${what.slice(1)} tags: built-in ones or your own (letters, numbers, spaces, ' - _), normalised to lower case; at most ${MAX_TAGS}.`,
    },
  );

const fields = {
  score: Type.Integer({ minimum: 1, maximum: 5, description: 'Mood from 1 (very low) to 5 (very good).' }),
  emotions: Type.Optional(tagList('emotion')),
  activities: Type.Optional(tagList('activity')),
  note: Type.Optional(
    OptionalText({
      maxLength: NOTE_MAX_LENGTH,
      description: `Free text, ≤ ${NOTE_MAX_LENGTH} characters, encrypted at rest; "" or null for none.`,
    }),
  ),
  occurred_at: Type.Optional(
    Type.Unsafe<string | null>({
      type: ['string', 'null'],
      format: 'date-time',
      description:
        'When you felt this (ISO-8601 with a zone); default now. May be in the past, not the future.',
    }),
  ),
};

/** `PUT` body: `score` required. */
export const CheckinBody = Type.Object(fields);

/** `POST` body: `score` required, and an optional `client_id` for safe retries. */
export const CheckinCreateBody = Type.Object({ ...fields, client_id: clientIdField });

/** `PATCH` body: every field optional. */
export const CheckinPatchBody = Type.Object({ ...fields, score: Type.Optional(fields.score) });

/** A check-in as its owner sees it. */
export const CheckinSchema = Type.Object(
  {
    id: PublicId,
    score: Type.Integer({ description: 'Mood from 1 (very low) to 5 (very good).' }),
    emotions: Type.Array(Type.String(), { description: 'Emotion tags, normalised.' }),
    activities: Type.Array(Type.String(), { description: 'Activity tags, normalised.' }),
    note: Type.Union([Type.String(), Type.Null()], { description: 'The note, or null.' }),
    occurred_at: Timestamp,
    created: Timestamp,
    updated: Timestamp,
    support: Type.Optional(SupportSchema),
  },
  { description: 'A mood check-in, visible only to its owner.' },
);

/** A page of check-ins. */
export const CheckinPage = Page(CheckinSchema, 'A page of check-ins, newest occurred_at first.');

/** `?limit=&offset=&from=&to=&tz=`. */
export const CheckinListQuery = Type.Object({
  ...pageQueryFields,
  from: Type.Optional(
    Type.String({ description: 'Earliest occurred_at: a date (start of that day in tz) or a date-time.' }),
  ),
  to: Type.Optional(
    Type.String({ description: 'Latest occurred_at: a date (end of that day in tz) or a date-time.' }),
  ),
  tz: tzField,
});

const tagChoices = (what: string) =>
  Type.Object(
    {
      built_in: Type.Array(Type.String(), { description: `${what} tags every user has.` }),
      custom: Type.Array(Type.String(), {
        description: `${what} tags you have saved or used that are not built in.`,
      }),
      saved: Type.Array(CustomTagSchema, { description: `${what} tags you saved (delete them by id).` }),
    },
    { description: `${what} tags.` },
  );

/** A saved custom tag. */
export const CustomTagSchema = Type.Object(
  {
    id: PublicId,
    name: Type.String({ description: 'The tag, normalised (lower case, single spaces).' }),
    kind: Type.Union([Type.Literal('emotion'), Type.Literal('activity')], {
      description: 'emotion or activity.',
    }),
    created: Timestamp,
  },
  { description: 'A custom tag you saved.' },
);

/** `POST /api/journal/tags/`. */
export const CustomTagBody = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'The tag (at most 32 characters once normalised).',
    }),
    kind: Type.Union([Type.Literal('emotion'), Type.Literal('activity')], {
      description: 'emotion or activity.',
    }),
  },
  { description: 'A custom tag to save.' },
);

/** Built-in and custom tags. */
export const TagsSchema = Type.Object(
  { emotions: tagChoices('Emotion'), activities: tagChoices('Activity') },
  { description: 'Tags to offer when checking in.' },
);

export { JournalIdParams as CheckinParams };
