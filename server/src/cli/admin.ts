/**
 * The admin console for an operator with only a shell: `users list|deactivate|reactivate` and
 * `audit export`. Same services, rules and audit trail as the HTTP admin routes; the actor is
 * recorded as `cli`. (`users set-role` lives in run.ts, older than this file.)
 */
import type { Writable } from 'node:stream';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Role } from '../db/schema.ts';
import { ApiError, ValidationError } from '../http/errors.ts';
import { isoMicros } from '../lib/time.ts';
import {
  CLI_ACTOR,
  cliAdminContext,
  exportAuditCsv,
  listAdminUsers,
  setAccountActive,
} from '../modules/admin/index.ts';
import { findUserByUsername, ROLES } from '../modules/users/index.ts';
import { wireModules } from '../modules/wiring.ts';
import { flagValue, type ParsedArgs } from './args.ts';

/** The CLI's module wiring: its failures go to standard error. */
function cliEvents() {
  return wireModules({ error: (details, message) => console.error(message, details) }).events;
}

/** Where a command writes. */
export interface Output {
  stdout: Writable;
  stderr: Writable;
}

function problem(error: unknown, out: Output): number {
  if (error instanceof ValidationError) {
    for (const [field, messages] of Object.entries(error.fields)) {
      out.stderr.write(`Error (${field}): ${messages.join(' ')}\n`);
    }
    return 1;
  }
  if (error instanceof ApiError) {
    out.stderr.write(`Error: ${error.message}\n`);
    return 1;
  }
  throw error;
}

/** `users list [--role R] [--search S] [--inactive]`: tab-separated, a header line first. */
export async function listUsersCommand(
  config: Config,
  database: Database,
  args: ParsedArgs,
  out: Output,
): Promise<number> {
  const role = flagValue(args, 'role');
  if (role !== undefined && !ROLES.includes(role as Role)) {
    out.stderr.write(`Error: --role must be one of ${ROLES.join(', ')} (got "${role}").\n`);
    return 2;
  }
  const ctx = cliAdminContext(config, database, cliEvents());
  const query = {
    ...(role === undefined ? {} : { role: role as Role }),
    ...(flagValue(args, 'search') === undefined ? {} : { search: flagValue(args, 'search') }),
    ...(args.flags.inactive === true ? { active: false } : {}),
    ordering: 'username',
  };
  out.stdout.write('username\temail\trole\tactive\tverified\tjoined\tlast_login\n');
  for (let offset = 0; ; offset += 100) {
    const { rows } = await listAdminUsers(ctx, CLI_ACTOR, query, { limit: 100, offset });
    for (const u of rows) {
      const cells = [
        u.username,
        u.email,
        u.role,
        u.is_active ? 'yes' : 'no',
        u.email_verified ? 'yes' : 'no',
        isoMicros(u.created).slice(0, 10),
        u.last_login === null ? '-' : isoMicros(u.last_login).slice(0, 19).replace('T', ' '),
      ];
      out.stdout.write(`${cells.join('\t')}\n`);
    }
    if (rows.length < 100) return 0;
  }
}

/** `users deactivate|reactivate <username>`: deactivation also revokes every session. */
export async function setActiveCommand(
  config: Config,
  database: Database,
  username: string,
  active: boolean,
  out: Output,
): Promise<number> {
  const user = await findUserByUsername(database.db, username);
  if (user === undefined) {
    out.stderr.write(`Error: no user named "${username}".\n`);
    return 1;
  }
  try {
    await setAccountActive(cliAdminContext(config, database, cliEvents()), CLI_ACTOR, user, active);
  } catch (error) {
    return problem(error, out);
  }
  out.stdout.write(
    active
      ? `${user.username} is active again.\n`
      : `${user.username} is deactivated; every session was revoked.\n`,
  );
  return 0;
}

/** `audit export [--since DATE] [--until DATE] [--type T] [--user U]`: CSV on stdout. */
export async function auditExportCommand(
  config: Config,
  database: Database,
  args: ParsedArgs,
  out: Output,
): Promise<number> {
  const query = {
    since: flagValue(args, 'since'),
    until: flagValue(args, 'until'),
    type: flagValue(args, 'type'),
    user: flagValue(args, 'user'),
  };
  let lines: AsyncGenerator<string>;
  try {
    lines = await exportAuditCsv(cliAdminContext(config, database, cliEvents()), CLI_ACTOR, query);
  } catch (error) {
    return problem(error, out);
  }
  for await (const line of lines) {
    if (!out.stdout.write(line)) await new Promise((resolve) => out.stdout.once('drain', resolve));
  }
  return 0;
}
