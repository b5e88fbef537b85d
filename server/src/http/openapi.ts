/**
 * The generated contract: OpenAPI 3.1 at `/api/schema/`, an interactive UI at `/api/docs/`.
 * Both are public and served from this server (no CDN).
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { makeScopePublic } from './auth.ts';

/** Registers the document generator; call before any route is registered. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'MentalMuse API',
        version: '0.1.0',
        description:
          'A supportive community and a private mood journal. See docs/api.md for the conventions.',
      },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
      security: [{ bearerAuth: [] }],
    },
  });
}

/** Registers `/api/schema/` and the docs UI. */
export async function registerOpenApiRoutes(app: FastifyInstance): Promise<void> {
  await app.register(async (scope) => {
    makeScopePublic(scope);
    scope.get('/api/schema/', { schema: { hide: true } }, async () => app.swagger());
    await scope.register(swaggerUi, {
      routePrefix: '/api/docs',
      staticCSP: true,
      uiConfig: { deepLinking: true },
    });
  });
}
