/** Personal filters of API.md C2: `GET` / `PUT /api/account/filters/`. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { commonErrors, FieldErrorsBody } from '../../http/schemas.ts';
import { getFilter, putFilter } from './filters.service.ts';
import { FilterBody, FilterSchema } from './safety.schemas.ts';

const TAGS = ['safety'];

/** Registers the filter routes. */
async function filtersRoutesPlugin(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const db = app.database.db;

  app.get(
    '/api/account/filters/',
    {
      schema: { tags: TAGS, summary: 'Your filter words', response: { 200: FilterSchema, ...commonErrors } },
    },
    async (request) => getFilter(db, request.caller().id),
  );

  app.put(
    '/api/account/filters/',
    {
      schema: {
        tags: TAGS,
        summary: 'Replace your filter words',
        description:
          'Too many words or a word out of bounds is a 400 with field errors; nothing changes then.',
        body: FilterBody,
        response: { 200: FilterSchema, 400: FieldErrorsBody, ...commonErrors },
      },
    },
    async (request) => putFilter(db, request.caller().id, request.body),
  );
}

/** The `safety.filters` plugin. */
export const filtersRoutes = fp(filtersRoutesPlugin, {
  name: 'safety.filters',
  encapsulate: true,
  decorators: { fastify: ['database'] },
});
