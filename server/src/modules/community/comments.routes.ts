/**
 * `/api/post/{post_id}/comment/…` of API.md: list and create under the post in the URL, one
 * comment, PUT (author only), DELETE (comment author, post author, staff), like, remove_like.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Type } from 'typebox';
import type { AuthUser } from '../../http/auth.ts';
import { commonErrors, ErrorBody } from '../../http/schemas.ts';
import { baseUrl } from '../users/index.ts';
import { type CommentView, toCommentDto } from './comments.presenter.ts';
import {
  CommentBody,
  CommentListParams,
  CommentListQuery,
  CommentPage,
  CommentParams,
  CommentSchema,
  CreatedCommentSchema,
} from './comments.schemas.ts';
import {
  createComment,
  deleteComment,
  getComment,
  likeComment,
  listComments,
  unlikeComment,
  updateComment,
} from './comments.service.ts';
import { pagedBody, parsePageRequest } from './feed-paging.ts';
import { BadRequestBody } from './posts.schemas.ts';
import { communityContext } from './request-context.ts';

const TAGS = ['comments'];
const PUBLIC_READ = { auth: 'optional' } as const;

/** Registers the comments routes. */
async function commentsRoutesPlugin(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const ctx = communityContext(app);
  const present = (request: { user: AuthUser | null }, base: string) => (view: CommentView) =>
    toCommentDto(view, request.user, base);

  app.get(
    '/api/post/:post_id/comment/',
    {
      config: PUBLIC_READ,
      schema: {
        tags: TAGS,
        summary: "List a post's comments",
        description:
          'Newest first; the post must exist (404). Anonymous callers may read unless COMMUNITY_READ=members.',
        params: CommentListParams,
        querystring: CommentListQuery,
        response: { 200: CommentPage, 400: BadRequestBody, 404: ErrorBody, ...commonErrors },
      },
    },
    async (request) => {
      const page = await listComments(ctx, request.user, request.params.post_id, parsePageRequest(request));
      return pagedBody(request, page, present(request, baseUrl(request)));
    },
  );

  app.post(
    '/api/post/:post_id/comment/',
    {
      schema: {
        tags: TAGS,
        summary: 'Comment on a post',
        description:
          'A comment whose text matches the crisis lexicon is published as usual; the answer then carries a `support` block with crisis resources.',
        params: CommentListParams,
        body: CommentBody,
        response: { 201: CreatedCommentSchema, 400: BadRequestBody, 404: ErrorBody, ...commonErrors },
      },
    },
    async (request, reply) => {
      const { view, support } = await createComment(
        ctx,
        request.caller(),
        request.params.post_id,
        request.body,
      );
      const comment = present(request, baseUrl(request))(view);
      return reply.code(201).send(support === null ? comment : { ...comment, support });
    },
  );

  app.get(
    '/api/post/:post_id/comment/:id/',
    {
      config: PUBLIC_READ,
      schema: {
        tags: TAGS,
        summary: 'Retrieve a comment',
        params: CommentParams,
        response: { 200: CommentSchema, 404: ErrorBody, ...commonErrors },
      },
    },
    async (request) => {
      const view = await getComment(ctx, request.user, request.params.post_id, request.params.id);
      return present(request, baseUrl(request))(view);
    },
  );

  app.put(
    '/api/post/:post_id/comment/:id/',
    {
      schema: {
        tags: TAGS,
        summary: 'Edit your comment',
        description: 'The author only (403 for anyone else); sets edited.',
        params: CommentParams,
        body: CommentBody,
        response: { 200: CommentSchema, 400: BadRequestBody, 404: ErrorBody, ...commonErrors },
      },
    },
    async (request) => {
      const { post_id, id } = request.params;
      const view = await updateComment(ctx, request.caller(), post_id, id, request.body);
      return present(request, baseUrl(request))(view);
    },
  );

  app.delete(
    '/api/post/:post_id/comment/:id/',
    {
      schema: {
        tags: TAGS,
        summary: 'Delete a comment',
        description: 'The comment author, the post author, moderators and admins.',
        params: CommentParams,
        response: { 204: Type.Null({ description: 'Deleted.' }), 404: ErrorBody, ...commonErrors },
      },
    },
    async (request, reply) => {
      await deleteComment(ctx, request.actor(), request.params.post_id, request.params.id);
      return reply.code(204).send(null);
    },
  );

  for (const [action, run] of [
    ['like', likeComment],
    ['remove_like', unlikeComment],
  ] as const) {
    app.post(
      `/api/post/:post_id/comment/:id/${action}/`,
      {
        schema: {
          tags: TAGS,
          summary: action === 'like' ? 'Like a comment' : 'Remove your like from a comment',
          description: 'Body-less; idempotent. Answers with the comment.',
          params: CommentParams,
          response: { 200: CommentSchema, 404: ErrorBody, ...commonErrors },
        },
      },
      async (request) => {
        const view = await run(ctx, request.caller(), request.params.post_id, request.params.id);
        return present(request, baseUrl(request))(view);
      },
    );
  }
}

/** The `community.comments` plugin: its routes, encapsulated, with the plugins and decorations it needs declared. */
export const commentsRoutes = fp(commentsRoutesPlugin, {
  name: 'community.comments',
  encapsulate: true,
  decorators: { fastify: ['config', 'database', 'wiring'] },
});
