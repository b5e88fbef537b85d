/** The `moderation` field of posts and comments (API.md C6): why the author's own content was hidden. */
import { Type } from 'typebox';
import { Timestamp } from '../../http/schemas.ts';

/** The report reasons a moderator may give when hiding. */
export const HIDE_REASONS = ['spam', 'harassment', 'hate', 'self_harm', 'misinformation', 'other'] as const;

/** The author's appeal of a hiding. */
export const AppealStateSchema = Type.Object(
  {
    status: Type.Unsafe<'open' | 'upheld' | 'restored'>({
      type: 'string',
      enum: ['open', 'upheld', 'restored'],
      description: 'open (waiting for a moderator), upheld (stays hidden) or restored (visible again).',
    }),
    created: Timestamp,
  },
  { description: 'The appeal the author sent about this hiding.' },
);

/** Present only on the viewer's own hidden post or comment; nobody else ever gets the field. */
export const ModerationNoticeSchema = Type.Optional(
  Type.Object(
    {
      reason: Type.Unsafe<(typeof HIDE_REASONS)[number]>({
        type: 'string',
        enum: [...HIDE_REASONS],
        description: 'Why a moderator hid it (one of the report reasons).',
      }),
      note: Type.String({ description: 'The moderator’s note to the author (may be empty).' }),
      hidden_at: Timestamp,
      appeal: Type.Union([AppealStateSchema, Type.Null()], {
        description: 'The author’s appeal, or null while they have not appealed (one appeal per hiding).',
      }),
    },
    {
      description:
        'Why this was hidden. Sent only to its author, on their own hidden content; others never get the field.',
    },
  ),
);
