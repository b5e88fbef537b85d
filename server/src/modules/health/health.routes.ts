/**
 * `GET /api/health/`: liveness and database reachability, for load balancers and operators.
 * `GET /api/ready/`: readiness — the database answers and every migration this code knows is
 * applied, so a process started before `migrate` ran is kept out of the pool until it has.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Type } from 'typebox';
import { checkDatabase, readinessCheck } from './health.service.ts';

const HealthBody = Type.Object({
  status: Type.Literal('ok', {
    description: 'Always "ok" when the server can answer and reach its database.',
  }),
  database: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')], {
    description: 'The database engine in use.',
  }),
});

const ReadyBody = Type.Object({
  status: Type.Literal('ready', { description: 'The database answers and its schema is up to date.' }),
});
const NotReadyBody = Type.Object({
  detail: Type.String({ description: 'Why this process should not receive traffic yet.' }),
  pending_migrations: Type.Optional(
    Type.Array(Type.String(), { description: 'Migrations not applied yet (run `mentalmuse migrate`).' }),
  ),
});

/** Registers the health and readiness routes. */
async function healthRoutesPlugin(app: FastifyInstance): Promise<void> {
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
      await checkDatabase(app.database);
      return { status: 'ok' as const, database: app.database.dialect };
    },
  );

  const ready = readinessCheck(app.database);
  app.get(
    '/api/ready/',
    {
      config: { auth: 'none', rateLimit: false },
      schema: {
        tags: ['health'],
        summary: 'Readiness check',
        security: [],
        response: { 200: ReadyBody, 503: NotReadyBody },
      },
    },
    async (_request, reply) => {
      const pending = await ready();
      if (pending.length > 0) {
        return reply
          .code(503)
          .header('retry-after', '5')
          .send({ detail: 'Database migrations are pending.', pending_migrations: pending });
      }
      return { status: 'ready' as const };
    },
  );
}

/** The `health` plugin: its routes, encapsulated, with the plugins and decorations it needs declared. */
export const healthRoutes = fp(healthRoutesPlugin, {
  name: 'health',
  encapsulate: true,
  decorators: { fastify: ['database'] },
});
