/** The admin console API under `/api/admin/`: users, content, audit log, dashboard and outbox. */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { makeScopeStaff } from '../../http/auth.ts';
import { adminAuditRoutes } from './admin-audit.routes.ts';
import { adminContentRoutes } from './admin-content.routes.ts';
import { adminDashboardRoutes } from './admin-dashboard.routes.ts';
import { adminUsersRoutes } from './admin-users.routes.ts';

/** Registers every admin route; needs the accounts plugin (revocation) registered first. */
async function adminRoutesPlugin(app: FastifyInstance): Promise<void> {
  makeScopeStaff(app);
  await app.register(adminUsersRoutes);
  await app.register(adminContentRoutes);
  await app.register(adminAuditRoutes);
  await app.register(adminDashboardRoutes);
}

/** The `admin` plugin: its routes, encapsulated, with the plugins and decorations it needs declared. */
export const adminRoutes = fp(adminRoutesPlugin, {
  name: 'admin',
  encapsulate: true,
  dependencies: ['auth', 'mail'],
});
