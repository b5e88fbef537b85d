/**
 * Authentication, default deny: every route needs an authenticated user unless its definition
 * says otherwise with `config: { auth: 'optional' }` (reads a token when one is sent) or
 * `config: { auth: 'none' }` (never reads one: health, docs, media, the SPA). The token check
 * itself is pluggable (`app.authenticator`), so the accounts module supplies it.
 */
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { Role } from '../db/schema.ts';
import { InvalidTokenError, NotAuthenticatedError } from './errors.ts';

/** The authenticated caller, as services see it. */
export interface AuthUser {
  /** Internal user key (never sent to clients). */
  id: number;
  /** Public id (32 hex). */
  publicId: string;
  /** Privilege level. */
  role: Role;
  /** The login session the token belongs to, or null for tokens without one. */
  sessionId: string | null;
}

/** How a route treats credentials. */
export type AuthMode = 'required' | 'optional' | 'none';

/** Verifies a bearer token and returns the user; throws {@link InvalidTokenError} when invalid. */
export type Authenticator = (token: string, request: FastifyRequest) => Promise<AuthUser>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Credentials policy of the route; absent means `required`. */
    auth?: AuthMode;
    /** A staff route (moderation, admin): the staff gate runs for its authenticated caller. */
    staff?: boolean;
  }
  interface FastifyRequest {
    /** The authenticated caller, or null. */
    user: AuthUser | null;
  }
  interface FastifyInstance {
    /** Verifies access tokens; replaced by the accounts module. */
    authenticator: { verify: Authenticator };
    /**
     * Extra requirement for the caller of a staff route (a second factor under
     * `MFA_REQUIRED_FOR_STAFF`); throws to refuse. Set by the accounts module; allows by default.
     */
    staffGate: { check: (user: AuthUser) => Promise<void> };
  }
}

const SCHEMES = new Set(['bearer', 'jwt']);

/** Extracts the token from `Authorization: Bearer <t>` (or `JWT <t>`); null when absent. */
export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header === undefined || header === '') return null;
  const [scheme, token, ...rest] = header.trim().split(/\s+/);
  if (scheme === undefined || !SCHEMES.has(scheme.toLowerCase())) return null;
  if (token === undefined || rest.length > 0) {
    throw new InvalidTokenError('Authorization header must contain two space-delimited values', []);
  }
  return token;
}

/** The check itself: a route hook reading the route's `auth` mode. */
async function authenticate(request: FastifyRequest): Promise<void> {
  // CORS preflights never carry credentials (browsers strip them).
  if (request.is404 || request.method === 'OPTIONS') return;
  const mode = request.routeOptions.config?.auth ?? 'required';
  if (mode === 'none') return;
  const token = bearerToken(request);
  if (token !== null) request.user = await request.server.authenticator.verify(token, request);
  if (mode === 'required' && request.user === null) throw new NotAuthenticatedError();
  if (request.routeOptions.config?.staff === true && request.user !== null) {
    await request.server.staffGate.check(request.user);
  }
}

function appendLast(route: RouteOptions): void {
  const hooks = [route.onRequest ?? []].flat().filter((hook) => hook !== authenticate);
  route.onRequest = [...hooks, authenticate];
}

/**
 * Installs the request-time authentication check; call before any route is registered. The
 * check is the last of each route's own `onRequest` hooks (see {@link keepAuthenticationLast}),
 * so it runs after CORS, the security headers and the rate limiter: a bad token is throttled
 * before it costs a signature verification, and its 401 carries every platform header.
 */
export function registerAuthentication(app: FastifyInstance): void {
  app.decorateRequest('user', null);
  app.decorate('authenticator', {
    verify: async () => {
      throw new InvalidTokenError();
    },
  });
  app.decorate('staffGate', { check: async () => {} });
  app.addHook('onRoute', (route) => {
    if (route.method === 'OPTIONS') route.config = { ...(route.config ?? {}), auth: 'none' };
    appendLast(route);
  });
}

/**
 * Moves the authentication check back to the end of each route's `onRequest` hooks; call after
 * the plugins that append route hooks of their own (the rate limiter). Default deny holds either
 * way: the check is on every route from the start, this only fixes its place.
 */
export function keepAuthenticationLast(app: FastifyInstance): void {
  app.addHook('onRoute', appendLast);
}

/**
 * Marks every route registered inside `scope` as `auth: 'none'`; used for third-party plugins
 * (docs UI, static files) whose route definitions we do not write ourselves.
 */
export function makeScopePublic(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route) => {
    route.config = { ...(route.config ?? {}), auth: 'none' };
  });
}

/**
 * Marks every route registered inside `scope` as a staff route (`config.staff`), so the staff gate
 * runs for it; used by the admin console, whose every route is for staff.
 */
export function makeScopeStaff(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route) => {
    route.config = { ...(route.config ?? {}), staff: true };
  });
}
