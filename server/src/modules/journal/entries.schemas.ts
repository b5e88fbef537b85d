/** Request and response schemas of `/api/journal/entries/`. */
import { Type } from 'typebox';
import { OptionalText, Page, PublicId, Text, Timestamp } from '../../http/schemas.ts';
import { clientIdField, pageQueryFields } from './journal.schemas.ts';

/** Longest entry body, in characters. */
export const BODY_MAX_LENGTH = 50_000;
/** Longest entry title, in characters. */
export const TITLE_MAX_LENGTH = 200;

const fields = {
  title: Type.Optional(
    OptionalText({
      maxLength: TITLE_MAX_LENGTH,
      description: `Optional title, ≤ ${TITLE_MAX_LENGTH} characters, encrypted at rest; "" or null for none.`,
    }),
  ),
  body: Text({
    maxLength: BODY_MAX_LENGTH,
    description: `The entry, ≤ ${BODY_MAX_LENGTH} characters, encrypted at rest.`,
  }),
  checkin: Type.Optional(
    Type.Unsafe<string | null>({
      type: ['string', 'null'],
      description: 'Id of one of your check-ins this entry is about, or null for none.',
    }),
  ),
};

/** `PUT` body: `body` required. */
export const EntryBody = Type.Object(fields);

/** `POST` body: `body` required, and an optional `client_id` for safe retries. */
export const EntryCreateBody = Type.Object({ ...fields, client_id: clientIdField });

/** `PATCH` body: every field optional. */
export const EntryPatchBody = Type.Object({ ...fields, body: Type.Optional(fields.body) });

/** An entry as its owner sees it. */
export const EntrySchema = Type.Object(
  {
    id: PublicId,
    title: Type.Union([Type.String(), Type.Null()], { description: 'The title, or null.' }),
    body: Type.String({ description: 'The entry text.' }),
    checkin: Type.Union([PublicId, Type.Null()], { description: 'Id of the linked check-in, or null.' }),
    created: Timestamp,
    updated: Timestamp,
  },
  { description: 'A journal entry, visible only to its owner.' },
);

/** A page of entries. */
export const EntryPage = Page(EntrySchema, 'A page of entries, newest first.');

/** `?limit=&offset=&search=`. */
export const EntryListQuery = Type.Object({
  ...pageQueryFields,
  search: Type.Optional(
    Type.String({
      maxLength: 200,
      description: 'Only entries whose title or body contains this text (case-insensitive).',
    }),
  ),
});
