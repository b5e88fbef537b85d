/**
 * The admin module's front door: the staff console's API (`/api/admin/`) and the services the CLI
 * shares with it. Admin sits on top: it calls other modules' services, never their repositories,
 * and nothing imports it but the app and the CLI.
 */

export { CLI_ACTOR, cliAdminContext } from './admin.context.ts';
export { adminRoutes } from './admin.plugin.ts';
export { exportAuditCsv } from './admin-audit.service.ts';
export { listAdminUsers, setAccountActive } from './admin-users.service.ts';
