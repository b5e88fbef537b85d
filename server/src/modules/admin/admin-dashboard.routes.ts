/**
 * `/api/admin/dashboard/` (staff: counts only) and `/api/admin/outbox/` (admins: recipients and
 * delivery errors, never message bodies).
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { pageBody, parsePageWindow } from '../../http/pagination.ts';
import { isoMicros } from '../../lib/time.ts';
import { adminContext } from './admin.context.ts';
import { adminErrors } from './admin-audit.schemas.ts';
import { DashboardSchema, OutboxPage, OutboxQuery } from './admin-dashboard.schemas.ts';
import { dashboard, outboxStatus } from './admin-dashboard.service.ts';

const tags = ['admin'];
const errors = adminErrors;

/** Registers the dashboard and outbox routes. */
export async function adminDashboardRoutes(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const ctx = adminContext(app);

  app.get(
    '/api/admin/dashboard/',
    {
      schema: {
        tags,
        summary: 'Dashboard numbers',
        description:
          'Users, posts and comments per day, open reports, failed logins per day, outbox backlog and failed mail. Counts only. Moderators and admins.',
        querystring: Type.Object({
          days: Type.Optional(
            Type.Integer({
              minimum: 1,
              maximum: 90,
              default: 14,
              description: 'Days per series (1–90, default 14).',
            }),
          ),
        }),
        response: { 200: DashboardSchema, ...errors },
      },
    },
    async (request) => dashboard(ctx, request.actor(), request.query.days ?? 14),
  );

  app.get(
    '/api/admin/outbox/',
    {
      schema: {
        tags,
        summary: 'Outbox status',
        description:
          'Queued, sent and failed mail without bodies, newest first, with counts per status. Admins only.',
        querystring: OutboxQuery,
        response: { 200: OutboxPage, ...errors },
      },
    },
    async (request) => {
      const window = parsePageWindow(request);
      const { count, counts, rows } = await outboxStatus(ctx, request.actor(), request.query.status, window);
      const results = rows.map((row) => ({
        id: row.public_id,
        kind: row.kind,
        to: row.to_address,
        subject: row.subject,
        status: row.status,
        attempts: row.attempts,
        next_attempt: row.status === 'pending' ? isoMicros(row.next_attempt_at) : null,
        last_error: row.last_error,
        created: isoMicros(row.created),
        sent: row.sent_at === null ? null : isoMicros(row.sent_at),
      }));
      return { ...pageBody(request, window, count, results), counts };
    },
  );
}
