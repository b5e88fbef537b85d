/** What community routes pass to their services: the context and, for audited writes, the actor. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthUser } from '../../http/auth.ts';
import type { CommunityContext, RequestActor } from './posts.service.ts';

/** The services' context for an app. */
export function communityContext(app: FastifyInstance): CommunityContext {
  return { database: app.database, communityRead: app.config.communityRead };
}

/** The authenticated caller of a route that requires authentication, with request origin details. */
export function actorOf(request: FastifyRequest): RequestActor {
  const userAgent = request.headers['user-agent'];
  return { user: request.user as AuthUser, ip: request.ip, userAgent: userAgent ?? null };
}
