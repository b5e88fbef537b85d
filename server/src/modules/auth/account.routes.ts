/**
 * `/api/account/`: `GET export/` (all of your data as JSON), `GET export/checkins/` (check-ins
 * as CSV) and `DELETE /api/account/` (password confirmation). Thin: schema, one service call.
 * Every response is `Cache-Control: no-store`.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Type } from 'typebox';
import { commonErrors, ErrorBody, FieldErrorsBody } from '../../http/schemas.ts';
import { CheckinsCsv, DeleteAccountBody, ExportSchema } from './account.schemas.ts';
import { deleteAccount, exportAccount, exportCheckins } from './account.service.ts';

const tags = ['account'];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Registers the account export and deletion routes (needs the accounts plugin). */
async function accountRoutesPlugin(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const ctx = app.accounts;
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.get(
    '/api/account/export/',
    {
      schema: {
        tags,
        summary: 'Download all of your data as JSON',
        response: { 200: ExportSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const document = await exportAccount(ctx, request.caller(), request.client());
      reply.header('content-disposition', `attachment; filename="mentalmuse-export-${today()}.json"`);
      return document;
    },
  );

  app.get(
    '/api/account/export/checkins/',
    {
      schema: {
        tags,
        summary: 'Download your check-ins as CSV',
        produces: ['text/csv'],
        response: { 200: CheckinsCsv, ...commonErrors },
      },
    },
    async (request, reply) => {
      const csv = await exportCheckins(ctx, request.caller(), request.client());
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="mentalmuse-checkins-${today()}.csv"`)
        .send(csv);
    },
  );

  app.delete(
    '/api/account/',
    {
      schema: {
        tags,
        summary: 'Delete your account and all of your data',
        description:
          'Needs your password. Journal data, sessions and security history are deleted; posts and comments are deleted or anonymised as `content` says. Every session is revoked at once.',
        body: DeleteAccountBody,
        response: {
          204: { type: 'null', description: 'Deleted; every token of the account has stopped working.' },
          400: Type.Union([FieldErrorsBody, ErrorBody], {
            description:
              'Field errors (wrong password, missing fields), or `detail` for the last active admin.',
          }),
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      await deleteAccount(ctx, request.caller(), request.body, request.client());
      return reply.code(204).send(null);
    },
  );
}

/** The `auth.account` plugin: its routes, encapsulated, with the plugins and decorations it needs declared. */
export const accountRoutes = fp(accountRoutesPlugin, {
  name: 'auth.account',
  encapsulate: true,
  dependencies: ['auth'],
});
