/**
 * The one way a route knows who is calling: typed accessors on the request, installed once by
 * {@link registerCaller}. `request.caller()` is the authenticated user of a route whose auth mode
 * is `required` (the authentication hook already answered 401 otherwise), `request.user` the
 * optional viewer, `request.client()` where the request came from and `request.actor()` both.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthUser } from './auth.ts';
import { NotAuthenticatedError } from './errors.ts';

/** Who is making a request, as recorded on sessions and security events. */
export interface ClientInfo {
  /** Client IP address (after `TRUST_PROXY`). */
  ip: string;
  /** `User-Agent` header, or null. */
  userAgent: string | null;
}

/** The authenticated caller of a write that may be audited, and where the request came from. */
export interface RequestActor extends ClientInfo {
  /** The authenticated user. */
  user: AuthUser;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller; 401 when there is none (only reachable on `auth: 'optional'` routes). */
    caller(): AuthUser;
    /** The client's IP address and user agent. */
    client(): ClientInfo;
    /** The authenticated caller with the client's details, for audited writes. */
    actor(): RequestActor;
  }
}

function caller(this: FastifyRequest): AuthUser {
  if (this.user === null) throw new NotAuthenticatedError();
  return this.user;
}

function client(this: FastifyRequest): ClientInfo {
  const agent = this.headers['user-agent'];
  return { ip: this.ip, userAgent: typeof agent === 'string' ? agent : null };
}

function actor(this: FastifyRequest): RequestActor {
  return { ...this.client(), user: this.caller() };
}

/** Installs the caller accessors on every request. */
export function registerCaller(app: FastifyInstance): void {
  app.decorateRequest('caller', caller);
  app.decorateRequest('client', client);
  app.decorateRequest('actor', actor);
}
