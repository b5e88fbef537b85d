/** `/api/journal/checkins/` (CRUD) and `/api/journal/tags/` (list, save, delete). Thin: schema, one service call. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { pageBody, parsePageWindow } from '../../http/pagination.ts';
import { commonErrors, ErrorBody, FieldErrorsBody } from '../../http/schemas.ts';
import {
  CheckinBody,
  CheckinCreateBody,
  CheckinListQuery,
  CheckinPage,
  CheckinParams,
  CheckinPatchBody,
  CheckinSchema,
  CustomTagBody,
  CustomTagSchema,
  TagsSchema,
} from './checkins.schemas.ts';
import {
  createCheckin,
  deleteCheckin,
  getCheckin,
  listCheckins,
  listTags,
  updateCheckin,
} from './checkins.service.ts';
import { createCustomTag, deleteCustomTag } from './custom-tags.service.ts';
import type { JournalContext } from './journal.context.ts';
import { NoContent } from './journal.schemas.ts';

const tags = ['journal'];
const notFound = { 404: ErrorBody };

/** Registers the check-in routes. */
export function checkinsRoutes(ctx: JournalContext) {
  return async (scope: FastifyInstance): Promise<void> => {
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();

    app.get(
      '/api/journal/checkins/',
      {
        schema: {
          tags,
          summary: 'Your check-ins, newest first',
          querystring: CheckinListQuery,
          response: { 200: CheckinPage, 400: FieldErrorsBody, ...commonErrors },
        },
      },
      async (request) => {
        const window = parsePageWindow(request);
        const { count, results } = await listCheckins(ctx, request.caller(), window, request.query);
        return pageBody(request, window, count, results);
      },
    );

    app.post(
      '/api/journal/checkins/',
      {
        schema: {
          tags,
          summary: 'Record a check-in',
          description:
            'A score-1 check-in’s response carries a `support` block with crisis resources. With a `client_id` used before, answers 200 with the check-in that send created.',
          body: CheckinCreateBody,
          response: { 200: CheckinSchema, 201: CheckinSchema, 400: FieldErrorsBody, ...commonErrors },
        },
      },
      async (request, reply) => {
        const { created, item } = await createCheckin(ctx, request.caller(), request.body);
        reply.code(created ? 201 : 200);
        return item;
      },
    );

    app.get(
      '/api/journal/checkins/:id/',
      {
        schema: {
          tags,
          summary: 'One of your check-ins',
          params: CheckinParams,
          response: { 200: CheckinSchema, ...notFound, ...commonErrors },
        },
      },
      async (request) => getCheckin(ctx, request.caller(), request.params.id),
    );

    const updates = [
      ['PUT', CheckinBody, 'Change a check-in (score required; absent fields keep their value)'],
      ['PATCH', CheckinPatchBody, 'Change some fields of a check-in'],
    ] as const;
    for (const [method, body, summary] of updates) {
      app.route({
        method,
        url: '/api/journal/checkins/:id/',
        schema: {
          tags,
          summary,
          params: CheckinParams,
          body,
          response: { 200: CheckinSchema, 400: FieldErrorsBody, ...notFound, ...commonErrors },
        },
        handler: async (request) => updateCheckin(ctx, request.caller(), request.params.id, request.body),
      });
    }

    app.delete(
      '/api/journal/checkins/:id/',
      {
        schema: {
          tags,
          summary: 'Delete a check-in (linked entries are kept, unlinked)',
          params: CheckinParams,
          response: { 204: NoContent, ...notFound, ...commonErrors },
        },
      },
      async (request, reply) => {
        await deleteCheckin(ctx, request.caller(), request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/journal/tags/',
      {
        schema: {
          tags,
          summary: 'Built-in tags and your own custom ones',
          response: { 200: TagsSchema, ...commonErrors },
        },
      },
      async (request) => listTags(ctx, request.caller()),
    );

    app.post(
      '/api/journal/tags/',
      {
        schema: {
          tags,
          summary: 'Save a custom tag',
          description:
            'Normalised as check-ins store tags; a built-in name or one you already saved is a 400.',
          body: CustomTagBody,
          response: { 201: CustomTagSchema, 400: FieldErrorsBody, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createCustomTag(ctx, request.caller(), request.body)),
    );

    app.delete(
      '/api/journal/tags/:id/',
      {
        schema: {
          tags,
          summary: 'Delete a custom tag you saved',
          description: 'Check-ins that used it keep the text. Another person’s tag is a 404.',
          params: CheckinParams,
          response: { 204: NoContent, ...notFound, ...commonErrors },
        },
      },
      async (request, reply) => {
        await deleteCustomTag(ctx, request.caller(), request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
