/** Schemas of `/api/account/`: export (JSON, check-ins CSV) and deletion. */
import { Type } from 'typebox';
import { Secret, Timestamp } from '../../http/schemas.ts';

/** `DELETE /api/account/`. */
export const DeleteAccountBody = Type.Object({
  password: Secret({ maxLength: 4096, description: 'Your current password, to confirm.' }),
  content: Type.Unsafe<'delete' | 'anonymise'>({
    type: 'string',
    enum: ['delete', 'anonymise'],
    description:
      'What happens to your posts and comments: "delete" removes them, "anonymise" keeps them under a "deleted user" tombstone. Journal data is always deleted.',
  }),
  when: Type.Optional(
    Type.Unsafe<'later' | 'now'>({
      type: 'string',
      enum: ['later', 'now'],
      description:
        '"later" (the default): the account is paused at once and deleted after a 7-day grace period; an e-mail carries a link that cancels it. "now": deleted at once.',
    }),
  ),
});

/** What a scheduled deletion answers (202). */
export const DeletionScheduledSchema = Type.Object(
  {
    scheduled_for: Timestamp,
    detail: Type.String({ description: 'A sentence for the person leaving.' }),
  },
  { description: 'The account is paused and will be deleted at `scheduled_for` unless restored.' },
);

/** `POST /api/account/restore/`. */
export const RestoreAccountBody = Type.Object(
  {
    key: Secret({ maxLength: 200, description: 'The key of the restore link (`/restore-account/<key>`).' }),
  },
  { description: 'Cancels a scheduled deletion.' },
);

/** What a restore answers (200). */
export const RestoredSchema = Type.Object(
  { detail: Type.String({ description: 'A sentence for the person coming back.' }) },
  { description: 'The account is active again; sign in as before.' },
);

/** The export document. */
export const ExportSchema = Type.Object(
  {
    exported_at: Timestamp,
    format_version: Type.Integer({ description: 'Version of this document’s layout (1).' }),
  },
  {
    additionalProperties: true,
    description:
      'All of your data: besides `exported_at` and `format_version`, one key per contributing module — `account` ({profile, sessions, security_events, second_factors}), `journal` ({checkins, entries}, decrypted) and the community module’s sections.',
  },
);

/** The check-ins CSV. */
export const CheckinsCsv = Type.String({
  description:
    'CSV (RFC 4180, UTF-8, CRLF): id, occurred_at, score, emotions, activities, note, created, updated; tags joined with "; ".',
});
