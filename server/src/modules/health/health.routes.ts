/** `GET /api/health/`: liveness and database reachability, for load balancers and operators. */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { ServiceUnavailableError } from '../../http/errors.ts';

const HealthBody = Type.Object({
  status: Type.Literal('ok', {
    description: 'Always "ok" when the server can answer and reach its database.',
  }),
  database: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')], {
    description: 'The database engine in use.',
  }),
});

/** Registers the health route. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/api/health/',
    {
      config: { auth: 'none', rateLimit: false },
      schema: {
        tags: ['health'],
        summary: 'Health check',
        security: [],
        response: { 200: HealthBody, 503: Type.Object({ detail: Type.String() }) },
      },
    },
    async () => {
      try {
        await sql`select 1`.execute(app.database.db);
      } catch {
        throw new ServiceUnavailableError();
      }
      return { status: 'ok' as const, database: app.database.dialect };
    },
  );
}
