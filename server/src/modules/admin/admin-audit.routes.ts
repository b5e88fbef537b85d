/**
 * `/api/admin/audit/` (admins): the audit log, filtered and paged, and its CSV export. The log is
 * append-only: these are the only audit routes, both GET; any other method answers 405 and no
 * route, here or elsewhere, edits or deletes an entry.
 */
import { Readable } from 'node:stream';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { pageBody, parsePageWindow } from '../../http/pagination.ts';
import { adminContext } from './admin.context.ts';
import { toAuditEntryDto } from './admin-audit.presenter.ts';
import { AuditExportQuery, AuditPage, AuditQuery, adminErrors } from './admin-audit.schemas.ts';
import { exportAuditCsv, listAuditLog } from './admin-audit.service.ts';

const tags = ['admin'];
const errors = adminErrors;

/** Registers the audit log routes. */
export async function adminAuditRoutes(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const ctx = adminContext(app);

  app.get(
    '/api/admin/audit/',
    {
      schema: {
        tags,
        summary: 'The audit log',
        description:
          'Every security event and every admin and moderation action: who, what, when, from where, before/after. Newest first. Admins only.',
        querystring: AuditQuery,
        response: { 200: AuditPage, ...errors },
      },
    },
    async (request) => {
      const window = parsePageWindow(request);
      const { count, rows } = await listAuditLog(ctx, request.actor(), request.query, window);
      return pageBody(request, window, count, rows.map(toAuditEntryDto));
    },
  );

  app.get(
    '/api/admin/audit/export/',
    {
      schema: {
        tags,
        summary: 'Export the audit log as CSV',
        description:
          'The same filters as the log, every matching entry, newest first; the export itself is recorded (admin.audit_export). Cells a spreadsheet would run as formulas are prefixed with an apostrophe. Admins only.',
        querystring: AuditExportQuery,
        produces: ['text/csv'],
        response: {
          200: {
            description: 'CSV (RFC 4180, CRLF line ends) with a header row.',
            content: { 'text/csv': { schema: { type: 'string', description: 'The CSV text.' } } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const lines = await exportAuditCsv(ctx, request.actor(), request.query);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="mentalmuse-audit-${day}.csv"`)
        .header('cache-control', 'no-store')
        .send(Readable.from(lines) as unknown as string); // streamed; the schema describes the text
    },
  );
}
