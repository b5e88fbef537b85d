/**
 * `/api/journal/reminders/` (read and change the check-in reminder) and
 * `/api/journal/reminders/off/` (the signed, no-sign-in "turn reminders off", also the target of
 * the e-mail's RFC 8058 `List-Unsubscribe` header, which mail clients post as a form). Thin.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { acceptOneClickForms } from '../../http/one-click.ts';
import { commonErrors, FieldErrorsBody } from '../../http/schemas.ts';
import { NoContent } from './journal.schemas.ts';
import { RemindersBody, RemindersOffBody, RemindersOffQuery, RemindersSchema } from './reminders.schemas.ts';
import {
  type RemindersContext,
  remindersOf,
  turnRemindersOff,
  updateReminders,
} from './reminders.service.ts';

const tags = ['journal'];

/** Registers the reminder routes. */
export function remindersRoutes(ctx: RemindersContext) {
  return async (scope: FastifyInstance): Promise<void> => {
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();
    acceptOneClickForms(scope);

    app.get(
      '/api/journal/reminders/',
      {
        schema: {
          tags,
          summary: 'Your check-in reminder settings',
          response: { 200: RemindersSchema, ...commonErrors },
        },
      },
      async (request) => remindersOf(ctx, request.caller()),
    );

    app.put(
      '/api/journal/reminders/',
      {
        schema: {
          tags,
          summary: 'Change your check-in reminder',
          description:
            'One calm e-mail at `time` in `tz` on the chosen `days`, at most once a day, never when you have already checked in that day. Absent fields keep their value; a bad time, time zone or day is a 400 on that field.',
          body: RemindersBody,
          response: { 200: RemindersSchema, 400: FieldErrorsBody, ...commonErrors },
        },
      },
      async (request) => updateReminders(ctx, request.caller(), request.body),
    );

    app.post(
      '/api/journal/reminders/off/',
      {
        config: { auth: 'none' },
        schema: {
          tags,
          summary: 'Turn check-in reminders off (one click, no sign-in)',
          description:
            'For the user the signed token names (in the body, or in `?token=` as the `List-Unsubscribe` URL carries it). Idempotent. An invalid or expired token is a 400 on `token`.',
          querystring: RemindersOffQuery,
          body: RemindersOffBody,
          response: { 204: NoContent, 400: FieldErrorsBody, ...commonErrors },
        },
      },
      async (request, reply) => {
        await turnRemindersOff(ctx, request.body?.token ?? request.query.token);
        return reply.code(204).send(null);
      },
    );
  };
}
