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
import {
  CheckinsCsv,
  DeleteAccountBody,
  DeletionScheduledSchema,
  ExportSchema,
  RestoreAccountBody,
  RestoredSchema,
} from './account.schemas.ts';
import { exportAccount, exportCheckins } from './account.service.ts';
import { deleteAccount, restoreAccount } from './account-deletion.service.ts';
import { EMAIL_FLOW_RATE_LIMIT } from './email-flows.routes.ts';

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
          'Needs your password. By default the account is paused at once (it cannot sign in, every session is revoked) and deleted after 7 days; an e-mail carries a single-use link that restores it (202). With `when: "now"` it is deleted at once (204). Journal data, sessions and security history are deleted; posts and comments are deleted or anonymised as `content` says.',
        body: DeleteAccountBody,
        response: {
          202: DeletionScheduledSchema,
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
      const scheduled = await deleteAccount(ctx, request.caller(), request.body, request.client());
      if (scheduled === null) return reply.code(204).send(null);
      return reply.code(202).send({
        ...scheduled,
        detail: 'Your account is paused and will be deleted in 7 days. The e-mail we sent you can undo this.',
      });
    },
  );

  app.post(
    '/api/account/restore/',
    {
      config: { auth: 'none', rateLimit: app.config.rateLimit.enabled ? EMAIL_FLOW_RATE_LIMIT : false },
      schema: {
        tags,
        summary: 'Cancel a scheduled account deletion',
        description:
          'With the key of the e-mailed restore link; single use, only during the grace period (400 on `key` otherwise). The account is active again with nothing lost.',
        body: RestoreAccountBody,
        response: { 200: RestoredSchema, 400: FieldErrorsBody, ...commonErrors },
      },
    },
    async (request) => {
      await restoreAccount(ctx, request.body.key, request.client());
      return { detail: 'Welcome back. Your account is active again; you can sign in.' };
    },
  );
}

/** The `auth.account` plugin: its routes, encapsulated, with the plugins and decorations it needs declared. */
export const accountRoutes = fp(accountRoutesPlugin, {
  name: 'auth.account',
  encapsulate: true,
  dependencies: ['auth'],
});
