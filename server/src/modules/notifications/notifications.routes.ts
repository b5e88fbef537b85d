/**
 * The notification routes of API.md C1, all for the signed-in caller's own notifications:
 * the cursor list, the unread count, read / read-all / delete, and the preferences; and the
 * one-click unsubscribe of notification e-mails, which needs no sign-in. The plugin also runs
 * the hourly pruning and the minutely digest sweep.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { acceptOneClickForms } from '../../http/one-click.ts';
import {
  absoluteUrl,
  type Cursor,
  encodeCursor,
  parseCursor,
  parsePageWindow,
} from '../../http/pagination.ts';
import { commonErrors, ErrorBody, FieldErrorsBody } from '../../http/schemas.ts';
import { BadRequestBody } from '../community/index.ts';
import { baseUrl } from '../users/index.ts';
import { sendDueDigests } from './digest.service.ts';
import { listInbox, readAll, readOne, removeOne, unreadCount } from './inbox.service.ts';
import { notificationsContext } from './notifications.context.ts';
import { loadActors, toNotificationDto } from './notifications.presenter.ts';
import {
  NoContent,
  NotificationIdParams,
  NotificationListQuery,
  NotificationPage,
  PreferencesBody,
  PreferencesSchema,
  UnreadCountSchema,
  UnsubscribeBody,
  UnsubscribeQuery,
} from './notifications.schemas.ts';
import { preferencesOf, unsubscribe, updatePreferences } from './preferences.service.ts';
import { pruneNotifications } from './pruning.service.ts';

const TAGS = ['notifications'];
const PRUNE_EVERY_MS = 3_600_000;
const DIGEST_SWEEP_MS = 60_000;

/** Registers the notification routes. */
export async function notificationsRoutes(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const ctx = notificationsContext(app.config, app.database, app.wiring.events);
  const pruning = setInterval(() => {
    pruneNotifications(app.database.db).catch((err: unknown) =>
      app.log.error({ err }, 'notification pruning failed'),
    );
  }, PRUNE_EVERY_MS);
  pruning.unref();
  const digests = setInterval(() => {
    sendDueDigests(ctx).catch((err: unknown) => app.log.error({ err }, 'e-mail digest sweep failed'));
  }, DIGEST_SWEEP_MS);
  digests.unref();
  app.addHook('onClose', async () => {
    clearInterval(pruning);
    clearInterval(digests);
  });

  app.get(
    '/api/notifications/',
    {
      schema: {
        tags: TAGS,
        summary: 'List my notifications',
        description: 'Newest first, cursor pages; `?unread=true` for unread ones only.',
        querystring: NotificationListQuery,
        response: { 200: NotificationPage, 400: BadRequestBody, ...commonErrors },
      },
    },
    async (request) => {
      const caller = request.caller();
      const page = await listInbox(ctx, caller.id, {
        limit: parsePageWindow(request).limit,
        cursor: parseCursor(request),
        unreadOnly: request.query.unread === true,
      });
      const actors = await loadActors(app.database.db, page.items);
      const base = baseUrl(request);
      const link = (cursor: Cursor | null) =>
        cursor === null ? null : absoluteUrl(request, { cursor: encodeCursor(cursor) });
      return {
        next: link(page.next),
        previous: link(page.previous),
        results: page.items.map((row) => toNotificationDto(row, actors, caller, base)),
      };
    },
  );

  app.get(
    '/api/notifications/unread-count/',
    {
      schema: {
        tags: TAGS,
        summary: 'Count my unread notifications',
        response: { 200: UnreadCountSchema, ...commonErrors },
      },
    },
    async (request) => ({ count: await unreadCount(ctx, request.caller().id) }),
  );

  app.post(
    '/api/notifications/read-all/',
    {
      schema: {
        tags: TAGS,
        summary: 'Mark all my notifications read',
        response: { 204: NoContent, ...commonErrors },
      },
    },
    async (request, reply) => {
      await readAll(ctx, request.caller().id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/notifications/:id/read/',
    {
      schema: {
        tags: TAGS,
        summary: 'Mark one notification read',
        description: "Another user's notification is a 404.",
        params: NotificationIdParams,
        response: { 204: NoContent, 404: ErrorBody, ...commonErrors },
      },
    },
    async (request, reply) => {
      await readOne(ctx, request.caller().id, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/notifications/:id/',
    {
      schema: {
        tags: TAGS,
        summary: 'Delete one notification',
        description: "Another user's notification is a 404.",
        params: NotificationIdParams,
        response: { 204: NoContent, 404: ErrorBody, ...commonErrors },
      },
    },
    async (request, reply) => {
      await removeOne(ctx, request.caller().id, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/notifications/preferences/',
    {
      schema: {
        tags: TAGS,
        summary: 'My notification preferences',
        response: { 200: PreferencesSchema, ...commonErrors },
      },
    },
    async (request) => preferencesOf(app.database.db, request.caller().id),
  );

  app.put(
    '/api/notifications/preferences/',
    {
      schema: {
        tags: TAGS,
        summary: 'Change my notification preferences',
        description:
          'Any subset of types and fields. An unknown type, or turning off the e-mail about a new sign-in, is a 400.',
        body: PreferencesBody,
        response: { 200: PreferencesSchema, 400: FieldErrorsBody, ...commonErrors },
      },
    },
    async (request) => updatePreferences(app.database.db, request.caller().id, request.body),
  );

  // Its own scope: only this route takes the form a mail client posts (RFC 8058).
  await app.register(async (scope) => {
    acceptOneClickForms(scope);
    scope.withTypeProvider<TypeBoxTypeProvider>().post(
      '/api/notifications/unsubscribe/',
      {
        config: { auth: 'none' },
        schema: {
          tags: TAGS,
          summary: 'Stop notification e-mails (one click, no sign-in)',
          description:
            'Turns off the digest and every per-type e-mail but the one about a new sign-in, for the user the ' +
            'signed token names (in the body, or in `?token=` as the `List-Unsubscribe` URL carries it). ' +
            'Idempotent. An invalid or expired token is a 400 on `token`.',
          querystring: UnsubscribeQuery,
          body: UnsubscribeBody,
          response: { 204: NoContent, 400: FieldErrorsBody, ...commonErrors },
        },
      },
      async (request, reply) => {
        await unsubscribe(ctx, request.body?.token ?? request.query.token);
        return reply.code(204).send(null);
      },
    );
  });
}
