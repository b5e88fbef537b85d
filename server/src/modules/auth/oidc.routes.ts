/**
 * `/api/auth/providers/`, `/api/auth/oidc/{id}/start/` and `/callback/` (browser navigations that
 * always answer a redirect), and `/api/auth/identities/`. Thin: the rules live in the services.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { commonErrors, ErrorBody } from '../../http/schemas.ts';
import { isoMicros } from '../../lib/time.ts';
import { baseUrl } from '../users/index.ts';
import { setSessionCookies } from './cookie-mode.ts';
import { OidcFlowError } from './oidc.errors.ts';
import { frontendUrlOf, loginErrorUrl, safeNext } from './oidc.redirects.ts';
import {
  CallbackQuery,
  IdentityList,
  IdentityParams,
  ProviderList,
  ProviderParams,
  StartQuery,
} from './oidc.schemas.ts';
import { finishFlow, listProviders, providerById, startFlow } from './oidc.service.ts';
import { ownIdentities, unlinkIdentity } from './oidc-identities.service.ts';

const tags = ['auth'];
const pub = { auth: 'none' } as const;
const redirect = { 302: Type.Null({ description: 'Redirect (see `Location`).' }) };

function callbackUri(request: FastifyRequest, id: string): string {
  return `${baseUrl(request)}/api/auth/oidc/${encodeURIComponent(id)}/callback/`;
}

/** Registers the provider sign-in routes on an app whose `accounts` context is set. */
export async function oidcRoutes(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const ctx = app.accounts;

  app.get(
    '/api/auth/providers/',
    {
      config: pub,
      schema: {
        tags,
        summary: 'Sign-in providers for the login page',
        security: [],
        response: { 200: ProviderList },
      },
    },
    async () => listProviders(ctx),
  );

  app.get(
    '/api/auth/oidc/:id/start/',
    {
      config: pub,
      schema: {
        tags,
        summary: 'Start signing in with a provider (redirects to it)',
        security: [],
        params: ProviderParams,
        querystring: StartQuery,
        response: { ...redirect, 404: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const provider = providerById(ctx, request.params.id);
      const next = safeNext(ctx.config, request.query.next);
      try {
        return reply.redirect(await startFlow(ctx, provider, next, callbackUri(request, provider.id)), 302);
      } catch (error) {
        if (!(error instanceof OidcFlowError)) throw error;
        return reply.redirect(loginErrorUrl(ctx.config, error.message), 302);
      }
    },
  );

  app.get(
    '/api/auth/oidc/:id/callback/',
    {
      config: pub,
      schema: {
        tags,
        summary: "The provider's redirect back: signs in and redirects to the web app",
        security: [],
        params: ProviderParams,
        querystring: CallbackQuery,
        response: { ...redirect, 404: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const provider = providerById(ctx, request.params.id);
      const url = new URL(request.url, baseUrl(request));
      try {
        const result = await finishFlow(ctx, provider, url, request.client());
        if (result.kind === 'verification') {
          const message =
            'Your account is ready: confirm your e-mail address with the link we sent, then sign in.';
          return reply.redirect(loginErrorUrl(ctx.config, message), 302);
        }
        setSessionCookies(request, reply, ctx.config, result.tokens.refresh, true);
        return reply.redirect(frontendUrlOf(ctx.config, result.next), 302);
      } catch (error) {
        if (!(error instanceof OidcFlowError)) throw error;
        return reply.redirect(loginErrorUrl(ctx.config, error.message), 302);
      }
    },
  );

  app.get(
    '/api/auth/identities/',
    {
      schema: {
        tags,
        summary: 'The caller’s linked sign-in providers',
        response: { 200: IdentityList, ...commonErrors },
      },
    },
    async (request) => {
      const names = new Map(ctx.config.oidcProviders.map((p) => [p.id, p.name]));
      const rows = await ownIdentities(ctx, request.caller());
      return rows.map((row) => ({
        id: row.public_id,
        provider: row.provider,
        provider_name: names.get(row.provider) ?? row.provider,
        email: row.email,
        created: isoMicros(row.created),
        last_used: isoMicros(row.last_used),
      }));
    },
  );

  app.delete(
    '/api/auth/identities/:id/',
    {
      schema: {
        tags,
        summary: 'Unlink a sign-in provider (never the last way to sign in)',
        params: IdentityParams,
        response: {
          204: Type.Null({ description: 'Unlinked.' }),
          400: ErrorBody,
          404: ErrorBody,
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      await unlinkIdentity(ctx, request.caller(), request.params.id, request.client());
      return reply.code(204).send(null);
    },
  );
}
