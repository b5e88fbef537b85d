/**
 * `/api/admin/posts/…`, `/api/admin/comments/…` and `/api/admin/content/bulk/`: content
 * moderation for moderators and admins (403 for others, 401 anonymous). Actions go through the
 * moderation services and are audited there; the reports queue stays at `/api/moderation/reports/`.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { pageBody, parsePageWindow } from '../../http/pagination.ts';
import { HideBody, hideInput } from '../moderation/index.ts';
import { adminContext } from './admin.context.ts';
import { adminErrors } from './admin-audit.schemas.ts';
import { bulkContentAction } from './admin-bulk.service.ts';
import { toAdminContentDto } from './admin-content.presenter.ts';
import {
  AdminContentPage,
  AdminContentParams,
  AdminContentQuery,
  ContentBulkBody,
} from './admin-content.schemas.ts';
import { actOnContent, listContent } from './admin-content.service.ts';
import { BulkResultSchema } from './admin-users.schemas.ts';

const tags = ['admin'];
const STAFF = 'Moderators and admins (403 otherwise).';
const errors = adminErrors;
const Done = Type.Null({ description: 'Done.' });

/** Registers the admin content routes. */
export async function adminContentRoutes(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const ctx = adminContext(app);

  for (const kind of ['post', 'comment'] as const) {
    const path = `/api/admin/${kind}s`;
    app.get(
      `${path}/`,
      {
        schema: {
          tags,
          summary: `${kind === 'post' ? 'Posts' : 'Comments'} with filters`,
          description: `Hidden ones and anonymous authors included. ${STAFF}`,
          querystring: AdminContentQuery,
          response: { 200: AdminContentPage, ...errors },
        },
      },
      async (request) => {
        const window = parsePageWindow(request);
        const { count, rows } = await listContent(ctx, request.actor(), kind, request.query, window);
        return pageBody(request, window, count, rows.map(toAdminContentDto));
      },
    );
    for (const action of ['hide', 'restore'] as const) {
      app.post(
        `${path}/:id/${action}/`,
        {
          schema: {
            tags,
            summary: `${action === 'hide' ? 'Hide' : 'Restore'} a ${kind}`,
            description: `${action === 'hide' ? 'Body `{"reason", "note"}` (optional; the author sees both and may appeal once). Also resolves its open reports. ' : ''}${STAFF} Audited.`,
            params: AdminContentParams,
            ...(action === 'hide' ? { body: HideBody } : {}),
            response: { 204: Done, ...errors },
          },
        },
        async (request, reply) => {
          const why = hideInput(request.body);
          await actOnContent(ctx, request.actor(), kind, request.params.id, action, why);
          return reply.code(204).send(null);
        },
      );
    }
    app.delete(
      `${path}/:id/`,
      {
        schema: {
          tags,
          summary: `Delete a ${kind}`,
          description: `Resolves its open reports. ${STAFF} Audited.`,
          params: AdminContentParams,
          response: { 204: Done, ...errors },
        },
      },
      async (request, reply) => {
        await actOnContent(ctx, request.actor(), kind, request.params.id, 'delete');
        return reply.code(204).send(null);
      },
    );
  }

  app.post(
    '/api/admin/content/bulk/',
    {
      schema: {
        tags,
        summary: 'Hide, restore or delete selected posts or comments',
        description: `${STAFF} Each item is checked and audited on its own.`,
        body: ContentBulkBody,
        response: { 200: BulkResultSchema, ...errors },
      },
    },
    async (request) => {
      const { type, action, ids } = request.body;
      return { results: await bulkContentAction(ctx, request.actor(), type, action, ids) };
    },
  );
}
