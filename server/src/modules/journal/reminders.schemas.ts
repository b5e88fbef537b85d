/** Request and response schemas of `/api/journal/reminders/` (API.md C4). */
import { Type } from 'typebox';

const DAY_LIST = 'mon, tue, wed, thu, fri, sat, sun';

/** The reminder settings as their owner sees them. */
export const RemindersSchema = Type.Object(
  {
    enabled: Type.Boolean({ description: 'Whether the check-in reminder e-mail goes out.' }),
    time: Type.String({ description: 'Local time of day, HH:MM (24-hour), e.g. 20:30.' }),
    tz: Type.String({ description: 'IANA time zone the time is read in, e.g. Europe/London.' }),
    days: Type.Array(Type.String({ description: `A day: ${DAY_LIST}.` }), {
      description: 'Days the reminder may go out, in week order.',
    }),
    next_at: Type.Union(
      [Type.String({ format: 'date-time', description: 'ISO-8601 UTC timestamp.' }), Type.Null()],
      {
        description:
          'When the next reminder is due (skipped if you have already checked in that day), or null while off.',
      },
    ),
  },
  { description: 'Your gentle check-in reminder: one e-mail at that local time, at most once a day.' },
);

/** `PUT` body: every field optional; absent fields keep their value. */
export const RemindersBody = Type.Object(
  {
    enabled: Type.Optional(Type.Boolean({ description: 'Turn the reminder on or off.' })),
    time: Type.Optional(Type.String({ maxLength: 16, description: 'Local time of day, HH:MM (24-hour).' })),
    tz: Type.Optional(Type.String({ maxLength: 100, description: 'IANA time zone, e.g. America/New_York.' })),
    days: Type.Optional(
      Type.Array(Type.String({ maxLength: 16, description: `A day: ${DAY_LIST}.` }), {
        maxItems: 14,
        description: 'Days the reminder may go out (at least one).',
      }),
    ),
  },
  { description: 'Changes to your reminder settings.' },
);

/** `POST /api/journal/reminders/off/` body (JSON from the page, or the RFC 8058 one-click form). */
export const RemindersOffBody = Type.Object(
  {
    token: Type.Optional(
      Type.String({ maxLength: 1024, description: 'The token after `#token=` in a reminder e-mail’s link.' }),
    ),
    'List-Unsubscribe': Type.Optional(
      Type.String({ maxLength: 32, description: '`One-Click` when a mail client posts the RFC 8058 form.' }),
    ),
  },
  { description: 'Turns reminders off without signing in.' },
);

/** `?token=`, as the `List-Unsubscribe` header's URL carries it. */
export const RemindersOffQuery = Type.Object({
  token: Type.Optional(
    Type.String({ maxLength: 1024, description: 'The token, when not in the body (one-click unsubscribe).' }),
  ),
});
