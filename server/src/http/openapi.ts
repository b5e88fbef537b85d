/**
 * The generated contract: OpenAPI 3.1 at `/api/schema/`, an interactive UI at `/api/docs/`.
 * Both are public and served from this server (no CDN). `openapi-transform.ts` adds what the
 * platform does for every operation (operationId, security by auth mode, the shared errors).
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { makeScopePublic } from './auth.ts';
import { transformDocument, transformRoute } from './openapi-transform.ts';

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
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: '/', description: 'The server this document is served by.' }],
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
      security: [{ bearerAuth: [] }],
    },
    transform: transformRoute as never,
    transformObject: transformDocument as never,
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
