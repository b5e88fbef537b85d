/** The admin console API under `/api/admin/`: users, content, audit log, dashboard and outbox. */
import type { FastifyInstance } from 'fastify';
import { adminAuditRoutes } from './admin-audit.routes.ts';
import { adminContentRoutes } from './admin-content.routes.ts';
import { adminDashboardRoutes } from './admin-dashboard.routes.ts';
import { adminUsersRoutes } from './admin-users.routes.ts';

/** Registers every admin route; needs the accounts plugin (revocation) registered first. */
export async function adminRoutes(app: FastifyInstance): Promise<void> {
  await app.register(adminUsersRoutes);
  await app.register(adminContentRoutes);
  await app.register(adminAuditRoutes);
  await app.register(adminDashboardRoutes);
}
