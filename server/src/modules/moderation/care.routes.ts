/**
 * Care in moderation (API.md C6): the author's appeal of a hiding
 * (`POST /api/post/{id}/appeal/`, `…/comment/{id}/appeal/`), the appeal queue and its decisions
 * (`/api/moderation/appeals/`), and "send support resources" to the author of reported content.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { pageBody, parsePageWindow } from '../../http/pagination.ts';
import { commonErrors, ErrorBody } from '../../http/schemas.ts';
import type { SupportBlock } from '../../lib/crisis-resources.ts';
import { BadRequestBody, CommentParams, type CommunityContext, PostIdParams } from '../community/index.ts';
import { appealQueue, decideAppeal, fileAppeal } from './appeals.service.ts';
import { toAppealDto, toAppealReceipt } from './care.presenter.ts';
import {
  AppealBody,
  AppealDecisionBody,
  AppealPage,
  AppealQueueQuery,
  AppealReceiptSchema,
  AppealSchema,
  SupportSentSchema,
} from './care.schemas.ts';
import { ModerationIdParams } from './moderation.schemas.ts';
import { sendSupport } from './support.service.ts';

const TAGS = ['moderation'];
const STAFF = 'Moderators and admins only (403 otherwise); audited.';
const APPEAL =
  'Only the author of the hidden item (403 for others; 404 when the caller cannot see it), once per hiding (a second is a 400); a 400 too when it is not hidden.';
const errors = { 400: BadRequestBody, 404: ErrorBody, ...commonErrors };

/** Registers the appeal and support routes on the moderation plugin's scope. */
export function registerCareRoutes(
  scope: FastifyInstance,
  ctx: CommunityContext,
  support: SupportBlock,
): void {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/post/:id/appeal/',
    {
      schema: {
        tags: TAGS,
        summary: 'Appeal the hiding of your post',
        description: APPEAL,
        params: PostIdParams,
        body: AppealBody,
        response: { 201: AppealReceiptSchema, ...errors },
      },
    },
    async (request, reply) => {
      const target = { kind: 'post', postId: request.params.id } as const;
      const row = await fileAppeal(ctx, request.caller(), target, request.body.message);
      return reply.code(201).send(toAppealReceipt(row));
    },
  );

  app.post(
    '/api/post/:post_id/comment/:id/appeal/',
    {
      schema: {
        tags: TAGS,
        summary: 'Appeal the hiding of your comment',
        description: APPEAL,
        params: CommentParams,
        body: AppealBody,
        response: { 201: AppealReceiptSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { post_id, id } = request.params;
      const target = { kind: 'comment', postId: post_id, commentId: id } as const;
      const row = await fileAppeal(ctx, request.caller(), target, request.body.message);
      return reply.code(201).send(toAppealReceipt(row));
    },
  );

  app.get(
    '/api/moderation/appeals/',
    {
      config: { staff: true },
      schema: {
        tags: TAGS,
        summary: 'Appeals waiting for a decision',
        description: `Authors' appeals of hidings, oldest first. ${STAFF}`,
        querystring: AppealQueueQuery,
        response: { 200: AppealPage, ...errors },
      },
    },
    async (request) => {
      const status = request.query.status ?? 'open';
      const window = parsePageWindow(request);
      const { count, rows } = await appealQueue(
        ctx,
        request.caller(),
        status === 'all' ? null : status,
        window,
      );
      return pageBody(request, window, count, rows.map(toAppealDto));
    },
  );

  app.post(
    '/api/moderation/appeals/:id/decide/',
    {
      config: { staff: true },
      schema: {
        tags: TAGS,
        summary: 'Decide an appeal',
        description: `restore makes the item visible again; uphold keeps it hidden. Decided once (a 400 after). ${STAFF}`,
        params: ModerationIdParams,
        body: AppealDecisionBody,
        response: { 200: AppealSchema, ...errors },
      },
    },
    async (request) =>
      toAppealDto(await decideAppeal(ctx, request.actor(), request.params.id, request.body.decision)),
  );

  app.post(
    '/api/moderation/reports/:id/send-support/',
    {
      config: { staff: true },
      schema: {
        tags: TAGS,
        summary: 'Send support resources to the author of reported content',
        description: `Queues a kind, private e-mail with the crisis resources to the author; it names neither the reporter nor the content. 400 when the author's account is gone or inactive. ${STAFF}`,
        params: ModerationIdParams,
        response: { 202: SupportSentSchema, ...errors },
      },
    },
    async (request, reply) => {
      await sendSupport(ctx, support, request.actor(), request.params.id);
      return reply.code(202).send({ detail: 'Support resources are on their way to the author.' });
    },
  );
}
