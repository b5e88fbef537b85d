/**
 * Blocks and mutes of API.md C2: `POST`/`DELETE /api/user/{id}/block/` and `…/mute/` (204,
 * idempotent, body-less), `GET /api/blocks/` and `GET /api/mutes/`.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Type } from 'typebox';
import { commonErrors, ErrorBody } from '../../http/schemas.ts';
import { baseUrl, toUserDto } from '../users/index.ts';
import type { RelationKind } from './relations.repository.ts';
import { listRelations, relate, unrelate } from './relations.service.ts';
import { RelatedUsers, TargetParams } from './safety.schemas.ts';

const TAGS = ['safety'];

const EFFECT: Record<RelationKind, string> = {
  block:
    "Each of you stops seeing the other's posts (anonymous ones included) and comments; their detail, " +
    'comments and likes answer 404. Yourself, moderators and admins cannot be blocked (400).',
  mute: "You stop seeing the user's posts and comments; they notice nothing. You cannot mute yourself (400).",
};

/** Registers the block and mute routes. */
async function relationsRoutesPlugin(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const db = app.database.db;

  for (const kind of ['block', 'mute'] as const) {
    const responses = {
      204: Type.Null({ description: 'Done (also when it already was).' }),
      400: ErrorBody,
      404: ErrorBody,
      ...commonErrors,
    };
    app.post(
      `/api/user/:id/${kind}/`,
      {
        schema: {
          tags: TAGS,
          summary: `${kind === 'block' ? 'Block' : 'Mute'} a user`,
          description: EFFECT[kind],
          params: TargetParams,
          response: responses,
        },
      },
      async (request, reply) => {
        await relate(db, request.caller(), kind, request.params.id);
        return reply.code(204).send(null);
      },
    );
    app.delete(
      `/api/user/:id/${kind}/`,
      {
        schema: {
          tags: TAGS,
          summary: `Un${kind} a user`,
          description: 'Idempotent.',
          params: TargetParams,
          response: responses,
        },
      },
      async (request, reply) => {
        await unrelate(db, request.caller(), kind, request.params.id);
        return reply.code(204).send(null);
      },
    );
    app.get(
      `/api/${kind}s/`,
      {
        schema: {
          tags: TAGS,
          summary: kind === 'block' ? 'Users you blocked' : 'Users you muted',
          response: { 200: RelatedUsers, ...commonErrors },
        },
      },
      async (request) => {
        const viewer = request.caller();
        const users = await listRelations(db, app.wiring.postsCounts, viewer, kind);
        const base = baseUrl(request);
        return users.map((user) => toUserDto(user.row, viewer, base, user.counts));
      },
    );
  }
}

/** The `safety.relations` plugin. */
export const relationsRoutes = fp(relationsRoutesPlugin, {
  name: 'safety.relations',
  encapsulate: true,
  decorators: { fastify: ['config', 'database', 'wiring'] },
});
