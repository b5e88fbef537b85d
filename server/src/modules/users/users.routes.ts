/**
 * The users API of API.md Part A (`/api/user/`: list, retrieve, PATCH self with JSON or a
 * multipart avatar upload; POST/PUT/DELETE answer 405 through the shared conventions) and the
 * locally served default avatar.
 */
import path from 'node:path';
import multipart from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Type } from 'typebox';
import { pageBody, parsePageWindow } from '../../http/pagination.ts';
import { commonErrors, ErrorBody, FieldErrorsBody } from '../../http/schemas.ts';
import { DEFAULT_AVATAR_ETAG, DEFAULT_AVATAR_SVG } from './avatar.ts';
import { avatarUploadOf, MULTIPART_OPTIONS, readProfileForm } from './users.multipart.ts';
import { baseUrl, DEFAULT_AVATAR_PATH, toUserDto } from './users.presenter.ts';
import { UpdateUserBody, UserIdParams, UserListQuery, UserPage, UserSchema } from './users.schemas.ts';
import { listVisibleUsers, type UsersDeps, updateProfile, viewUser } from './users.service.ts';

const TAGS = ['users'];

/** Registers `/api/user/…` and the default avatar. */
async function usersRoutesPlugin(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const deps: UsersDeps = {
    database: app.database,
    mediaDir: path.join(app.config.dataDir, 'media'),
    postsCounts: app.wiring.postsCounts,
  };

  app.get(
    '/api/user/',
    {
      schema: {
        tags: TAGS,
        summary: 'List users',
        description: 'Newest first. Admins (superusers) are listed only to admins.',
        querystring: UserListQuery,
        response: { 200: UserPage, ...commonErrors },
      },
    },
    async (request) => {
      const viewer = request.caller();
      const window = parsePageWindow(request);
      const { count, users } = await listVisibleUsers(deps, viewer, window);
      const base = baseUrl(request);
      return pageBody(
        request,
        window,
        count,
        users.map((user) => toUserDto(user.row, viewer, base, user.counts)),
      );
    },
  );

  app.get(
    '/api/user/:id/',
    {
      schema: {
        tags: TAGS,
        summary: 'Retrieve a user',
        params: UserIdParams,
        response: { 200: UserSchema, 404: ErrorBody, ...commonErrors },
      },
    },
    async (request) => {
      const viewer = request.caller();
      const user = await viewUser(deps, viewer, request.params.id);
      return toUserDto(user.row, viewer, baseUrl(request), user.counts);
    },
  );

  // Multipart parsing (and its per-request hooks) only where an avatar can arrive.
  await app.register(async (uploads) => {
    await uploads.register(multipart, MULTIPART_OPTIONS);
    profileUpdateRoute(uploads, deps);
  });

  app.get(
    DEFAULT_AVATAR_PATH,
    { config: { auth: 'none' }, schema: { hide: true } },
    async (request, reply) => {
      reply.header('etag', DEFAULT_AVATAR_ETAG).header('cache-control', 'public, max-age=86400');
      if (request.headers['if-none-match'] === DEFAULT_AVATAR_ETAG) return reply.code(304).send();
      return reply.type('image/svg+xml; charset=utf-8').send(DEFAULT_AVATAR_SVG);
    },
  );
}

/** `PATCH /api/user/{id}/`: JSON, or multipart with the avatar file. */
function profileUpdateRoute(scope: FastifyInstance, deps: UsersDeps): void {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  app.patch(
    '/api/user/:id/',
    {
      preValidation: readProfileForm,
      schema: {
        tags: TAGS,
        summary: 'Update your own profile',
        description:
          'JSON or multipart/form-data (for the avatar file). Only your own user; anyone else is a 403. ' +
          'email, role, is_active, is_staff, is_superuser, id and created are ignored.',
        consumes: ['application/json', 'multipart/form-data'],
        params: UserIdParams,
        body: UpdateUserBody,
        response: {
          200: UserSchema,
          400: Type.Union([FieldErrorsBody, ErrorBody]),
          404: ErrorBody,
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const viewer = request.caller();
      const upload = avatarUploadOf(request);
      const user = await updateProfile(deps, viewer, request.params.id, request.body, upload);
      return toUserDto(user.row, viewer, baseUrl(request), user.counts);
    },
  );
}

/** The `users` plugin: its routes, encapsulated, with the plugins and decorations it needs declared. */
export const usersRoutes = fp(usersRoutesPlugin, {
  name: 'users',
  encapsulate: true,
  decorators: { fastify: ['config', 'database', 'wiring'] },
});
