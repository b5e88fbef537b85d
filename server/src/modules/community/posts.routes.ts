/**
 * `/api/post/…` of API.md: the feed (limit/offset or `?cursor=`), one post, create, PUT (author
 * only), DELETE (author and staff), like and remove_like. PATCH and other methods answer 405
 * through the shared conventions.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Type } from 'typebox';
import type { AuthUser } from '../../http/auth.ts';
import { commonErrors, ErrorBody } from '../../http/schemas.ts';
import { baseUrl } from '../users/index.ts';
import { pagedBody, parsePageRequest } from './feed-paging.ts';
import { type PostView, toPostDto } from './posts.presenter.ts';
import {
  BadRequestBody,
  CreatedPostSchema,
  PostBody,
  PostIdParams,
  PostListQuery,
  PostPage,
  PostSchema,
} from './posts.schemas.ts';
import {
  createPost,
  deletePost,
  getPost,
  likePost,
  listPosts,
  unlikePost,
  updatePost,
} from './posts.service.ts';
import { communityContext } from './request-context.ts';
// Registers the community's share of account export and deletion.
import './community.contributor.ts';

const TAGS = ['posts'];
const PUBLIC_READ = { auth: 'optional' } as const;
const READ_DESCRIPTION = 'Anonymous callers may read unless COMMUNITY_READ=members.';

/** Registers the posts routes. */
async function postsRoutesPlugin(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const ctx = communityContext(app);
  const present = (request: { user: AuthUser | null }, base: string) => (view: PostView) =>
    toPostDto(view, request.user, base);

  app.get(
    '/api/post/',
    {
      config: PUBLIC_READ,
      schema: {
        tags: TAGS,
        summary: 'List posts',
        description: `Newest first. ${READ_DESCRIPTION} Hidden posts only for their author and staff. Blocked and muted authors are left out, and posts matching the caller's \`hide\` filter words.`,
        querystring: PostListQuery,
        response: { 200: PostPage, 400: BadRequestBody, ...commonErrors },
      },
    },
    async (request) => {
      const { author__public_id: authorPublicId, search } = request.query;
      const page = await listPosts(ctx, request.user, { authorPublicId, search }, parsePageRequest(request));
      return pagedBody(request, page, present(request, baseUrl(request)));
    },
  );

  app.post(
    '/api/post/',
    {
      schema: {
        tags: TAGS,
        summary: 'Create a post',
        description:
          'A post whose text matches the crisis lexicon is published as usual; the answer then carries a `support` block with crisis resources.',
        body: PostBody,
        response: { 201: CreatedPostSchema, 400: BadRequestBody, ...commonErrors },
      },
    },
    async (request, reply) => {
      const { view, support } = await createPost(ctx, request.caller(), request.body);
      const post = present(request, baseUrl(request))(view);
      return reply.code(201).send(support === null ? post : { ...post, support });
    },
  );

  app.get(
    '/api/post/:id/',
    {
      config: PUBLIC_READ,
      schema: {
        tags: TAGS,
        summary: 'Retrieve a post',
        description: READ_DESCRIPTION,
        params: PostIdParams,
        response: { 200: PostSchema, 404: ErrorBody, ...commonErrors },
      },
    },
    async (request) =>
      present(request, baseUrl(request))(await getPost(ctx, request.user, request.params.id)),
  );

  app.put(
    '/api/post/:id/',
    {
      schema: {
        tags: TAGS,
        summary: 'Edit your post',
        description: 'The author only (403 for anyone else); sets edited.',
        params: PostIdParams,
        body: PostBody,
        response: { 200: PostSchema, 400: BadRequestBody, 404: ErrorBody, ...commonErrors },
      },
    },
    async (request) => {
      const view = await updatePost(ctx, request.caller(), request.params.id, request.body);
      return present(request, baseUrl(request))(view);
    },
  );

  app.delete(
    '/api/post/:id/',
    {
      schema: {
        tags: TAGS,
        summary: 'Delete a post',
        description: 'The author, moderators and admins; a moderator deleting is audited.',
        params: PostIdParams,
        response: { 204: Type.Null({ description: 'Deleted.' }), 404: ErrorBody, ...commonErrors },
      },
    },
    async (request, reply) => {
      await deletePost(ctx, request.actor(), request.params.id);
      return reply.code(204).send(null);
    },
  );

  for (const [action, run] of [
    ['like', likePost],
    ['remove_like', unlikePost],
  ] as const) {
    app.post(
      `/api/post/:id/${action}/`,
      {
        schema: {
          tags: TAGS,
          summary: action === 'like' ? 'Like a post' : 'Remove your like',
          description: 'Body-less; idempotent. Answers with the post.',
          params: PostIdParams,
          response: { 200: PostSchema, 404: ErrorBody, ...commonErrors },
        },
      },
      async (request) =>
        present(request, baseUrl(request))(await run(ctx, request.caller(), request.params.id)),
    );
  }
}

/** The `community.posts` plugin: its routes, encapsulated, with the plugins and decorations it needs declared. */
export const postsRoutes = fp(postsRoutesPlugin, {
  name: 'community.posts',
  encapsulate: true,
  decorators: { fastify: ['config', 'database', 'wiring'] },
});
