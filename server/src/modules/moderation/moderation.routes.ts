/**
 * Reports (`POST /api/post/{id}/report/`, `…/comment/{id}/report/`) and the moderation routes of
 * API.md Part B (moderators and admins only): the queue, resolve/dismiss, hide/restore.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { pageBody, parsePageWindow } from '../../http/pagination.ts';
import { commonErrors, ErrorBody } from '../../http/schemas.ts';
import { supportBlockFor } from '../../lib/crisis-resources.ts';
import {
  BadRequestBody,
  CommentParams,
  CommentSchema,
  communityContext,
  PostIdParams,
  PostSchema,
  toCommentDto,
  toPostDto,
} from '../community/index.ts';
import { baseUrl } from '../users/index.ts';
import { registerCareRoutes } from './care.routes.ts';
import { HideBody } from './care.schemas.ts';
import { toReportDto, toReportReceipt } from './moderation.presenter.ts';
import {
  ModerationIdParams,
  ReportBody,
  ReportPage,
  ReportQueueQuery,
  ReportReceiptSchema,
  ReportSchema,
  ResolveBody,
} from './moderation.schemas.ts';
import {
  dismissReport,
  fileReport,
  hideInput,
  reportQueue,
  resolveReport,
  setCommentVisibility,
  setPostVisibility,
} from './moderation.service.ts';

const TAGS = ['moderation'];
const STAFF = 'Moderators and admins only (403 otherwise); audited.';
const errors = { 400: BadRequestBody, 404: ErrorBody, ...commonErrors };
const HIDE_NOTE =
  'Body `{"reason", "note"}` (both optional, reason defaulting to other): the author sees both on their own hidden item and may appeal once.';

/** Registers the report and moderation routes. */
async function moderationRoutesPlugin(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const ctx = communityContext(app);
  registerCareRoutes(app, ctx, supportBlockFor(app.config.crisisResourcesFile));

  app.post(
    '/api/post/:id/report/',
    {
      schema: {
        tags: TAGS,
        summary: 'Report a post',
        description: 'One open report per user per post (a second is a 400).',
        params: PostIdParams,
        body: ReportBody,
        response: { 201: ReportReceiptSchema, ...errors },
      },
    },
    async (request, reply) => {
      const target = { kind: 'post', postId: request.params.id } as const;
      const report = await fileReport(ctx, request.caller(), target, request.body);
      return reply.code(201).send(toReportReceipt(report));
    },
  );

  app.post(
    '/api/post/:post_id/comment/:id/report/',
    {
      schema: {
        tags: TAGS,
        summary: 'Report a comment',
        description: 'One open report per user per comment (a second is a 400).',
        params: CommentParams,
        body: ReportBody,
        response: { 201: ReportReceiptSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { post_id, id } = request.params;
      const target = { kind: 'comment', postId: post_id, commentId: id } as const;
      const report = await fileReport(ctx, request.caller(), target, request.body);
      return reply.code(201).send(toReportReceipt(report));
    },
  );

  app.get(
    '/api/moderation/reports/',
    {
      config: { staff: true },
      schema: {
        tags: TAGS,
        summary: 'The moderation queue',
        description: `Newest first. ${STAFF}`,
        querystring: ReportQueueQuery,
        response: { 200: ReportPage, ...errors },
      },
    },
    async (request) => {
      const status = request.query.status ?? 'open';
      const window = parsePageWindow(request);
      const viewer = request.caller();
      const { count, rows } = await reportQueue(ctx, viewer, status === 'all' ? null : status, window);
      return pageBody(request, window, count, rows.map(toReportDto));
    },
  );

  app.post(
    '/api/moderation/reports/:id/resolve/',
    {
      config: { staff: true },
      schema: {
        tags: TAGS,
        summary: 'Resolve a report',
        description: `action: none, hide (hides the item) or delete (deletes it). ${STAFF}`,
        params: ModerationIdParams,
        body: ResolveBody,
        response: { 200: ReportSchema, ...errors },
      },
    },
    async (request) =>
      toReportDto(await resolveReport(ctx, request.actor(), request.params.id, request.body.action)),
  );

  app.post(
    '/api/moderation/reports/:id/dismiss/',
    {
      config: { staff: true },
      schema: {
        tags: TAGS,
        summary: 'Dismiss a report',
        description: STAFF,
        params: ModerationIdParams,
        response: { 200: ReportSchema, ...errors },
      },
    },
    async (request) => toReportDto(await dismissReport(ctx, request.actor(), request.params.id)),
  );

  for (const [action, hidden] of [
    ['hide', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/api/moderation/posts/:id/${action}/`,
      {
        config: { staff: true },
        schema: {
          tags: TAGS,
          summary: hidden ? 'Hide a post' : 'Restore a hidden post',
          description: hidden ? `${HIDE_NOTE} ${STAFF}` : STAFF,
          params: ModerationIdParams,
          ...(hidden ? { body: HideBody } : {}),
          response: { 200: PostSchema, ...errors },
        },
      },
      async (request) => {
        const why = hideInput(request.body);
        const view = await setPostVisibility(ctx, request.actor(), request.params.id, hidden, why);
        return toPostDto(view, request.user, baseUrl(request));
      },
    );
    app.post(
      `/api/moderation/comments/:id/${action}/`,
      {
        config: { staff: true },
        schema: {
          tags: TAGS,
          summary: hidden ? 'Hide a comment' : 'Restore a hidden comment',
          description: hidden ? `${HIDE_NOTE} ${STAFF}` : STAFF,
          params: ModerationIdParams,
          ...(hidden ? { body: HideBody } : {}),
          response: { 200: CommentSchema, ...errors },
        },
      },
      async (request) => {
        const why = hideInput(request.body);
        const view = await setCommentVisibility(ctx, request.actor(), request.params.id, hidden, why);
        return toCommentDto(view, request.user, baseUrl(request));
      },
    );
  }
}

/** The `moderation` plugin: its routes, encapsulated, with the plugins and decorations it needs declared. */
export const moderationRoutes = fp(moderationRoutesPlugin, {
  name: 'moderation',
  encapsulate: true,
  decorators: { fastify: ['config', 'database', 'wiring'] },
});
