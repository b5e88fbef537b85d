/** Schema pieces shared by the journal routes: path ids, page and range query parameters. */
import { Type } from 'typebox';

/** `{id}` in a journal URL: hex or dashed UUID; anything else (or another user's id) is a 404. */
export const JournalIdParams = Type.Object({
  id: Type.String({ description: 'Public id: 32 hex characters or the dashed UUID form.' }),
});

/** `?limit=&offset=`, lenient as the contract says. */
export const pageQueryFields = {
  limit: Type.Optional(
    Type.String({ description: 'Page size, default 10, at most 100; an invalid value means the default.' }),
  ),
  offset: Type.Optional(Type.String({ description: 'Items to skip, default 0; an invalid value means 0.' })),
};

/** `?tz=`. */
export const tzField = Type.Optional(
  Type.String({ description: 'IANA time zone for dates, e.g. Europe/London (default UTC).' }),
);

/** A 204 with no body. */
export const NoContent = Type.Null({ description: 'Done; no body.' });

/** `client_id` of a create body: the offline queue's id for the item (API.md C4). */
export const clientIdField = Type.Optional(
  Type.String({
    format: 'uuid',
    description:
      'A UUID your device chose for this item (offline queues): sending the same one again answers 200 with the item already created instead of a second one.',
  }),
);
