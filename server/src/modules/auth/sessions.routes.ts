/** `/api/auth/sessions/` (list, delete) and `/api/auth/security-events/`: the caller's own only. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { pageBody, parsePageWindow } from '../../http/pagination.ts';
import { commonErrors, ErrorBody } from '../../http/schemas.ts';
import { toSecurityEventDto, toSessionDto } from './auth.presenter.ts';
import { SecurityEventPage, SessionPage, SessionParams } from './auth.schemas.ts';
import { listOwnSecurityEvents } from './auth.service.ts';
import { deleteSession, listSessions } from './sessions.service.ts';

const tags = ['auth'];
const pageQuery = Type.Object({
  limit: Type.Optional(Type.String({ description: 'Page size (default 10, at most 100).' })),
  offset: Type.Optional(Type.String({ description: 'Items to skip (default 0).' })),
});

/** Registers the session and security-event routes. */
export async function sessionsRoutes(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const ctx = app.accounts;

  app.get(
    '/api/auth/sessions/',
    {
      schema: {
        tags,
        summary: 'The caller’s live sessions',
        querystring: pageQuery,
        response: { 200: SessionPage, ...commonErrors },
      },
    },
    async (request) => {
      const caller = request.caller();
      const window = parsePageWindow(request);
      const { count, rows } = await listSessions(ctx, caller, window);
      return pageBody(
        request,
        window,
        count,
        rows.map((row) => toSessionDto(row, caller.sessionId)),
      );
    },
  );

  app.delete(
    '/api/auth/sessions/:id/',
    {
      schema: {
        tags,
        summary: 'Revoke one of the caller’s sessions',
        params: SessionParams,
        response: { 204: Type.Null({ description: 'Revoked.' }), 404: ErrorBody, ...commonErrors },
      },
    },
    async (request, reply) => {
      await deleteSession(ctx, request.caller(), request.params.id, request.client());
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/auth/security-events/',
    {
      schema: {
        tags,
        summary: 'The caller’s own login and security history',
        querystring: pageQuery,
        response: { 200: SecurityEventPage, ...commonErrors },
      },
    },
    async (request) => {
      const caller = request.caller();
      const window = parsePageWindow(request);
      const { count, rows } = await listOwnSecurityEvents(ctx, caller, window);
      return pageBody(request, window, count, rows.map(toSecurityEventDto));
    },
  );
}
