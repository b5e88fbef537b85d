/** Request and response schemas of the notification routes (API.md C1); descriptions flow into OpenAPI. */
import { Type } from 'typebox';
import { PublicId, Timestamp } from '../../http/schemas.ts';
import { UserSchema } from '../users/index.ts';
import { NOTIFICATION_TYPES } from './notification-types.ts';

/** The notification object. */
export const NotificationSchema = Type.Object(
  {
    id: PublicId,
    type: Type.String({ description: `What happened: one of ${NOTIFICATION_TYPES.join(', ')}.` }),
    created: Timestamp,
    read: Type.Boolean({ description: 'True once the recipient read it.' }),
    actor: Type.Union([UserSchema, Type.Null()], {
      description: 'Who acted; null when they must stay hidden (an anonymous author) and for system notices.',
    }),
    post: Type.Union([PublicId, Type.Null()], { description: 'The post concerned, if any.' }),
    comment: Type.Union([PublicId, Type.Null()], { description: 'The comment concerned, if any.' }),
    count: Type.Integer({
      minimum: 1,
      description:
        'How many events it stands for: likes of one post or comment within a day are folded into one.',
    }),
    text: Type.String({ description: 'A short sentence for display.' }),
  },
  { description: 'A notification (API.md C1).' },
);

/** A cursor page of notifications. */
export const NotificationPage = Type.Object(
  {
    next: Type.Union([Type.String(), Type.Null()], {
      description: 'Absolute URL of the next (older) page, or null.',
    }),
    previous: Type.Union([Type.String(), Type.Null()], {
      description: 'Absolute URL of the previous (newer) page, or null.',
    }),
    results: Type.Array(NotificationSchema, { description: 'The notifications on this page, newest first.' }),
  },
  { description: 'A cursor page of notifications.' },
);

/** `GET /api/notifications/` query. */
export const NotificationListQuery = Type.Object({
  limit: Type.Optional(
    Type.Unknown({ description: 'Page size, default 10, at most 100; invalid means the default.' }),
  ),
  cursor: Type.Optional(
    Type.String({ description: "Keyset cursor from a previous page's next/previous URL. Invalid → 400." }),
  ),
  unread: Type.Optional(Type.Boolean({ description: 'true: only unread notifications.' })),
});

/** `{id}` of a notification. */
export const NotificationIdParams = Type.Object({
  id: Type.String({ description: 'Public id of the notification (32 hex); anything else is a 404.' }),
});

/** The empty body of a 204. */
export const NoContent = Type.Null({ description: 'Done; no body.' });

/** `{"count"}` of unread notifications. */
export const UnreadCountSchema = Type.Object(
  { count: Type.Integer({ minimum: 0, description: 'Unread notifications.' }) },
  { description: 'How many notifications are unread.' },
);

const TypePreferenceSchema = Type.Object(
  {
    in_app: Type.Boolean({ description: 'Listed in the app and sent live.' }),
    email: Type.Boolean({
      description: 'Included in e-mail (security.new_login: always, cannot be turned off).',
    }),
  },
  { description: 'Delivery of one notification type.' },
);

const DigestSchema = Type.Union([Type.Literal('off'), Type.Literal('daily'), Type.Literal('weekly')], {
  description: 'E-mail digest of unread notifications: off, daily or weekly.',
});

/** The preferences answer: every type, defaults filled in. */
export const PreferencesSchema = Type.Object(
  {
    types: Type.Record(Type.String(), TypePreferenceSchema, {
      description: 'Delivery per notification type.',
    }),
    email_digest: DigestSchema,
    timezone: Type.String({
      description: 'IANA time zone whose morning (08:00) the digest goes out at; `UTC` until set.',
    }),
  },
  { description: 'Notification preferences.' },
);

/** The preferences change: any subset of types and fields. */
export const PreferencesBody = Type.Object(
  {
    types: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Object(
          {
            in_app: Type.Optional(Type.Boolean({ description: 'Listed in the app and sent live.' })),
            email: Type.Optional(Type.Boolean({ description: 'Included in e-mail.' })),
          },
          { description: 'The fields of one type to change.' },
        ),
        { description: 'Types to change; an unknown type is a 400.' },
      ),
    ),
    email_digest: Type.Optional(DigestSchema),
    timezone: Type.Optional(
      Type.String({
        maxLength: 64,
        description: "IANA time zone, e.g. `Europe/Berlin` (the web app sends the browser's); unknown → 400.",
      }),
    ),
  },
  { description: 'A change of notification preferences (any subset).' },
);

/** The one-click unsubscribe: the token from the e-mail's link. */
export const UnsubscribeBody = Type.Object(
  {
    token: Type.Optional(
      Type.String({
        maxLength: 1024,
        description: 'The token after `#token=` in the link of a notification e-mail or digest.',
      }),
    ),
    'List-Unsubscribe': Type.Optional(
      Type.String({ maxLength: 32, description: '`One-Click` when a mail client posts the RFC 8058 form.' }),
    ),
  },
  { description: 'A one-click unsubscribe (JSON from the page, or the form a mail client posts).' },
);

/** `?token=`: the token as the `List-Unsubscribe` header's URL carries it. */
export const UnsubscribeQuery = Type.Object({
  token: Type.Optional(
    Type.String({ maxLength: 1024, description: 'The token, when not in the body (one-click unsubscribe).' }),
  ),
});
