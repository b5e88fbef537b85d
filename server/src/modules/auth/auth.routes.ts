/**
 * `/api/auth/` register, login, refresh, logout, logout-all, token/verify and user (me), plus
 * `/.well-known/jwks.json`. Thin: schema, auth policy, one service call, the response.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { BadRequestError, ValidationError } from '../../http/errors.ts';
import { commonErrors, ErrorBody, FieldErrorsBody } from '../../http/schemas.ts';
import { baseUrl, toUserDto, UserSchema } from '../users/index.ts';
import {
  EmptyBody,
  JwksBody,
  LoginBody,
  RefreshBody,
  RefreshResponse,
  RegisterBody,
  RegisterResponse,
  VerifyBody,
} from './auth.schemas.ts';
import { login, me, register } from './auth.service.ts';
import { clearSessionCookies, presentedRefresh, wantsCookieMode } from './cookie-mode.ts';
import { deliver, selfViewer, sessionAnswer } from './login-answer.ts';
import { LoginResponse } from './mfa.schemas.ts';
import { logout, logoutAll, refreshTokens, verifyAnyToken } from './sessions.service.ts';
import { jwks } from './tokens.ts';

const tags = ['auth'];
const pub = { auth: 'none' } as const;

/** Registers the auth routes on an app whose `accounts` context is set. */
export async function accountsRoutes(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const ctx = app.accounts;

  app.post(
    '/api/auth/register/',
    {
      config: pub,
      schema: {
        tags,
        summary: 'Create an account',
        security: [],
        body: RegisterBody,
        response: { 201: RegisterResponse, 400: FieldErrorsBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const result = await register(ctx, request.body, request.client());
      reply.code(201);
      if (result.kind === 'verification') return { detail: 'Verification e-mail sent.' };
      const user = toUserDto(result.user, selfViewer(result.user, result.tokens), baseUrl(request));
      const cookie = wantsCookieMode(request);
      return { user, ...deliver(ctx, request, reply, result.tokens, { cookie, newCsrf: true }) };
    },
  );

  app.post(
    '/api/auth/login/',
    {
      config: pub,
      schema: {
        tags,
        summary: 'Log in with username or e-mail and password',
        description:
          'Accounts with a second factor get `{"mfa_required": true, "mfa_token", "methods"}` instead of tokens; finish with `POST /api/auth/login/mfa/` or a passkey.',
        security: [],
        body: LoginBody,
        response: {
          200: LoginResponse,
          400: FieldErrorsBody,
          401: ErrorBody,
          403: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const outcome = await login(ctx, request.body, request.client());
      if (outcome.kind === 'mfa') {
        return { mfa_required: true as const, mfa_token: outcome.token, methods: outcome.methods };
      }
      return sessionAnswer(ctx, request, reply, outcome);
    },
  );

  app.post(
    '/api/auth/refresh/',
    {
      config: pub,
      schema: {
        tags,
        summary: 'Exchange a refresh token for new tokens',
        security: [],
        body: RefreshBody,
        response: {
          200: RefreshResponse,
          400: FieldErrorsBody,
          401: ErrorBody,
          403: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const presented = presentedRefresh(request, ctx.config, request.body.refresh);
      if (presented === null) throw ValidationError.field('refresh', 'This field is required.');
      const tokens = await refreshTokens(ctx, presented.token, request.client());
      const cookie = presented.fromCookie || wantsCookieMode(request);
      return deliver(ctx, request, reply, tokens, { cookie, newCsrf: false });
    },
  );

  app.post(
    '/api/auth/logout/',
    {
      schema: {
        tags,
        summary: 'Log out: revoke the session of a refresh token',
        body: RefreshBody,
        response: { 204: Type.Null({ description: 'Logged out.' }), 400: ErrorBody, ...commonErrors },
      },
    },
    async (request, reply) => {
      const presented = presentedRefresh(request, ctx.config, request.body.refresh);
      if (presented === null) throw new BadRequestError('A refresh token is required.', 'token_required');
      await logout(ctx, request.caller(), presented.token, request.client());
      if (presented.fromCookie) clearSessionCookies(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/logout-all/',
    {
      schema: {
        tags,
        summary: 'Log out everywhere: revoke every session of the caller',
        response: { 204: Type.Null({ description: 'Every session revoked.' }), ...commonErrors },
      },
    },
    async (request, reply) => {
      await logoutAll(ctx, request.caller(), request.client());
      clearSessionCookies(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/token/verify/',
    {
      config: pub,
      schema: {
        tags,
        summary: 'Check whether a token is valid',
        security: [],
        body: VerifyBody,
        response: { 200: EmptyBody, 400: FieldErrorsBody, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request) => {
      await verifyAnyToken(ctx, request.body.token);
      return {};
    },
  );

  app.get(
    '/api/auth/user/',
    {
      schema: { tags, summary: 'The authenticated user', response: { 200: UserSchema, ...commonErrors } },
    },
    async (request) => {
      const caller = request.caller();
      const user = await me(ctx, caller);
      return toUserDto(user.row, caller, baseUrl(request), user.counts);
    },
  );

  app.get(
    '/.well-known/jwks.json',
    {
      config: pub,
      schema: {
        tags,
        summary: 'Public keys for verifying access tokens',
        security: [],
        response: { 200: JwksBody },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return jwks(ctx.keys);
    },
  );
}
