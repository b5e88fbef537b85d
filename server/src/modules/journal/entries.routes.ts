/** `/api/journal/entries/` (CRUD, `?search=`). Thin: schema, one service call. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { pageBody, parsePageWindow } from '../../http/pagination.ts';
import { commonErrors, ErrorBody, FieldErrorsBody } from '../../http/schemas.ts';
import {
  EntryBody,
  EntryCreateBody,
  EntryListQuery,
  EntryPage,
  EntryPatchBody,
  EntrySchema,
} from './entries.schemas.ts';
import { createEntry, deleteEntry, getEntry, listEntries, updateEntry } from './entries.service.ts';
import type { JournalContext } from './journal.context.ts';
import { JournalIdParams, NoContent } from './journal.schemas.ts';

const tags = ['journal'];
const notFound = { 404: ErrorBody };

/** Registers the entry routes. */
export function entriesRoutes(ctx: JournalContext) {
  return async (scope: FastifyInstance): Promise<void> => {
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();

    app.get(
      '/api/journal/entries/',
      {
        schema: {
          tags,
          summary: 'Your entries, newest first; `search` matches title and body',
          querystring: EntryListQuery,
          response: { 200: EntryPage, 400: FieldErrorsBody, ...commonErrors },
        },
      },
      async (request) => {
        const window = parsePageWindow(request);
        const { count, results } = await listEntries(ctx, request.caller(), window, request.query.search);
        return pageBody(request, window, count, results);
      },
    );

    app.post(
      '/api/journal/entries/',
      {
        schema: {
          tags,
          summary: 'Write an entry',
          description: 'With a `client_id` used before, answers 200 with the entry that send created.',
          body: EntryCreateBody,
          response: { 200: EntrySchema, 201: EntrySchema, 400: FieldErrorsBody, ...commonErrors },
        },
      },
      async (request, reply) => {
        const { created, item } = await createEntry(ctx, request.caller(), request.body);
        reply.code(created ? 201 : 200);
        return item;
      },
    );

    app.get(
      '/api/journal/entries/:id/',
      {
        schema: {
          tags,
          summary: 'One of your entries',
          params: JournalIdParams,
          response: { 200: EntrySchema, ...notFound, ...commonErrors },
        },
      },
      async (request) => getEntry(ctx, request.caller(), request.params.id),
    );

    const updates = [
      ['PUT', EntryBody, 'Change an entry (body required; absent fields keep their value)'],
      ['PATCH', EntryPatchBody, 'Change some fields of an entry'],
    ] as const;
    for (const [method, body, summary] of updates) {
      app.route({
        method,
        url: '/api/journal/entries/:id/',
        schema: {
          tags,
          summary,
          params: JournalIdParams,
          body,
          response: { 200: EntrySchema, 400: FieldErrorsBody, ...notFound, ...commonErrors },
        },
        handler: async (request) => updateEntry(ctx, request.caller(), request.params.id, request.body),
      });
    }

    app.delete(
      '/api/journal/entries/:id/',
      {
        schema: {
          tags,
          summary: 'Delete an entry',
          params: JournalIdParams,
          response: { 204: NoContent, ...notFound, ...commonErrors },
        },
      },
      async (request, reply) => {
        await deleteEntry(ctx, request.caller(), request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
