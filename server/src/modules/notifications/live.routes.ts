/**
 * Live events (API.md C1): `POST /api/events/ticket/` trades the caller's token for a single-use
 * ticket, and `GET /api/events/?ticket=…` (or with a Bearer header) is a Server-Sent Events
 * stream of `notification`, `unread`, `post.created`, `comment.created` and `session.revoked`. Tickets live in the
 * database (one query when a stream opens); an open stream touches no database: replay lives in
 * memory, so an idle stream holds no connection.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { AuthenticationFailedError, NotAuthenticatedError } from '../../http/errors.ts';
import { commonErrors } from '../../http/schemas.ts';
import { isoMicros } from '../../lib/time.ts';
import { type LiveStream, liveHubFor } from './live-hub.ts';
import { issueTicket, redeemTicket, type TicketHolder } from './live-tickets.ts';

const TAGS = ['live events'];

const TicketSchema = Type.Object(
  {
    ticket: Type.String({ description: 'Opens one stream, once, within 60 seconds.' }),
    expires: Type.String({ description: 'When the ticket expires (ISO-8601 UTC).' }),
  },
  { description: 'A ticket for `GET /api/events/`.' },
);

const EventsQuery = Type.Object({
  ticket: Type.Optional(
    Type.String({ description: 'A ticket from `POST /api/events/ticket/` (or send a Bearer header).' }),
  ),
  last_event_id: Type.Optional(
    Type.String({
      pattern: '^[0-9]{1,16}$',
      description:
        'Replays what came after this event id, like the `Last-Event-ID` header (which wins when both are sent). ' +
        'A client reconnecting with a fresh ticket opens a new EventSource, which cannot carry the header.',
    }),
  ),
});

/** The replay point: the `Last-Event-ID` header, else `?last_event_id=`; null when neither is a number. */
function lastEventId(header: string | string[] | undefined, query: string | undefined): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value !== undefined && /^\d{1,16}$/.test(value)) return Number(value);
  return query === undefined ? null : Number(query);
}

/** The headers hooks set on the reply (helmet, CORS, request id), defined ones only. */
function platformHeaders(set: Record<string, number | string | string[] | undefined>): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(set)) if (value !== undefined) headers[name] = value;
  return headers;
}

/** Registers the live event routes. */
export async function liveRoutes(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const hub = liveHubFor(app.wiring.events);
  // Before the server stops accepting: open streams would otherwise hold the close forever.
  app.addHook('preClose', async () => hub.closeAll());

  app.post(
    '/api/events/ticket/',
    {
      schema: {
        tags: TAGS,
        summary: 'Get a ticket for the live event stream',
        description: 'EventSource cannot send headers: open `/api/events/?ticket=…` with this ticket.',
        response: { 200: TicketSchema, ...commonErrors },
      },
    },
    async (request) => {
      const issued = await issueTicket(app.database.db, request.caller());
      return { ticket: issued.ticket, expires: isoMicros(issued.expires) };
    },
  );

  app.get(
    '/api/events/',
    {
      config: { auth: 'optional' },
      schema: {
        tags: TAGS,
        summary: 'Live events (Server-Sent Events)',
        description:
          '`text/event-stream` of `notification`, `unread`, `post.created`, `comment.created` (`{"id", "post"}`, for a comment the listener may see) ' +
          'and `session.revoked` (then the stream ends), from every server process. ' +
          'A comment line every 20 s keeps it alive; `Last-Event-ID` (or `?last_event_id=`) replays what was missed in the last 5 minutes. ' +
          'Expired, used or unknown ticket → 401.',
        querystring: EventsQuery,
        response: {
          200: {
            description: 'The event stream; it stays open until the client leaves or the session ends.',
            content: { 'text/event-stream': { schema: Type.String({ description: 'Server-Sent Events.' }) } },
          },
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      let user: TicketHolder | null =
        request.user === null ? null : { userId: request.user.id, sessionId: request.user.sessionId };
      if (user === null) {
        const ticket = request.query.ticket;
        if (ticket === undefined) throw new NotAuthenticatedError();
        user = (await redeemTicket(app.database.db, ticket)) ?? null;
        if (user === null)
          throw new AuthenticationFailedError('Ticket is invalid or expired.', 'ticket_not_valid');
      }
      reply.hijack();
      const raw = reply.raw;
      // Hijacked answers skip Fastify's header handling: carry the platform's (helmet, CORS) by hand.
      raw.writeHead(200, {
        ...platformHeaders(reply.getHeaders()),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-request-id': request.id,
      });
      raw.write('retry: 3000\n\n');
      const stream: LiveStream = {
        userId: user.userId,
        sessionId: user.sessionId,
        write: (text) => {
          if (!raw.destroyed) raw.write(text);
          return raw.writableLength;
        },
        close: () => raw.end(),
      };
      raw.on('close', () => hub.remove(stream));
      hub.open(stream, lastEventId(request.headers['last-event-id'], request.query.last_event_id));
    },
  );
}
