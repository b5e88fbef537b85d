/**
 * The `mentalmuse` commands (`main.ts`, the entry point, loads this file): serve | migrate |
 * createsuperuser | users list|deactivate|reactivate|set-role | audit export | journal rotate-key |
 * sessions purge | backup | restore | check [--deploy].
 * Configuration problems are listed together and exit with code 2.
 */
import cluster from 'node:cluster';
import { buildApp } from '../app.ts';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/database.ts';
import { migrateToLatest, pendingMigrations } from '../db/migrate.ts';
import type { Role } from '../db/schema.ts';
import { ApiError, ValidationError } from '../http/errors.ts';
import { reloadTls } from '../http/tls.ts';
import { secondFactorKeyUser } from '../modules/auth/index.ts';
import { describeRotation, rotateJournalKey } from '../modules/journal/index.ts';
import { setUserRole } from '../modules/users/index.ts';
import { startBackupSchedule } from '../ops/backup-scheduler.ts';
import { markServing } from '../ops/server-lock.ts';
import { resolveWorkers, runPrimary } from '../scale/workers.ts';
import { auditExportCommand, listUsersCommand, setActiveCommand } from './admin.ts';
import { parseArgs } from './args.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { deployFindings, formatFindings } from './check.ts';
import { createSuperuser } from './createsuperuser.ts';
import { sessionsCommand } from './sessions.ts';

const USAGE = `Usage: mentalmuse <command> [options]

Commands:
  serve [--no-migrate] [--workers N]   migrate, then serve HTTP on HOST:PORT (N worker
                                       processes sharing the port; PostgreSQL only)
  migrate                              apply pending database migrations
  createsuperuser [--username U --email E --password P] [--no-input]
                                       create an admin (MENTALMUSE_SUPERUSER_* also read)
  users list [--role R] [--search S] [--inactive]
                                       list users (tab-separated, by username)
  users deactivate <username>          deactivate an account and revoke its sessions
  users reactivate <username>          let a deactivated account log in again
  users set-role <username> <role>     role: user | moderator | admin
  audit export [--since DATE] [--until DATE] [--type T] [--user U]
                                       the audit log as CSV on stdout (DATE: YYYY-MM-DD)
  journal rotate-key [--reencrypt-only] [--prune]
                                       new journal key (key file mode) and re-encrypt every
                                       note and entry under the current key; --prune drops
                                       old keys no row uses (after restarting servers)
  sessions purge                       delete expired sessions and refresh tokens (the
                                       server also does it every hour)
  check [--deploy]                     check configuration and database; --deploy also
                                       reports settings unsafe in production
  backup [--to FILE]                   consistent copy of the database while serving
                                       (SQLite online backup, PostgreSQL pg_dump -Fc)
  restore FILE                         restore a backup (servers stopped; PostgreSQL: into
                                       an empty database)
`;

function open(config: Config): Database {
  return openDatabase(config.database, {
    sqliteSynchronous: config.sqliteSynchronous,
    poolSize: config.databasePoolSize,
  });
}

async function withDatabase(config: Config, work: (database: Database) => Promise<number>): Promise<number> {
  const database = open(config);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function serve(config: Config, migrate: boolean): Promise<number> {
  const database = open(config);
  if (migrate) await migrateToLatest(database);
  const app = await buildApp(config, { database });
  const stopServing = markServing(config.dataDir);
  const stopBackups = startBackupSchedule(config, app.log);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 10_000).unref();
    stopBackups();
    await app.close();
    await database.close();
    stopServing();
    clearTimeout(timer);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  // A renewed certificate (e.g. by certbot's deploy hook) is picked up without dropping a connection.
  if (config.tls !== null) process.on('SIGHUP', () => reloadTls(app));
  await app.listen({ port: config.port, host: config.host });
  return -1;
}

/** Runs one command; resolves to the exit code (-1: keep running, a server is listening). */
export async function run(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  const args = parseArgs(argv);
  const [command, ...rest] = args.positional;
  if (command === undefined || args.flags.help === true || command === 'help') {
    process.stdout.write(USAGE);
    return command === undefined && args.flags.help !== true ? 2 : 0;
  }
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  switch (command) {
    case 'serve': {
      const workers = resolveWorkers(args.flags.workers, config);
      if (typeof workers === 'string') {
        process.stderr.write(`Error: ${workers}\n`);
        return 2;
      }
      const migrate = args.flags['no-migrate'] !== true && cluster.isPrimary;
      if (workers === 1 || cluster.isWorker) return serve(config, migrate);
      // The primary migrates once, before forking; workers never do.
      if (migrate) {
        const database = open(config);
        await migrateToLatest(database).finally(() => database.close());
      }
      // Workers serve the connections: each reloads its own certificate.
      if (config.tls !== null)
        process.on('SIGHUP', () => {
          for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGHUP');
        });
      return runPrimary(workers);
    }
    case 'migrate':
      return withDatabase(config, async (database) => {
        const { applied } = await migrateToLatest(database);
        process.stdout.write(
          applied.length === 0 ? 'No migrations to apply.\n' : applied.map((m) => `Applied ${m}\n`).join(''),
        );
        return 0;
      });
    case 'createsuperuser':
      return withDatabase(config, async (database) => {
        await migrateToLatest(database);
        return createSuperuser(database, args, env, { input: process.stdin, output: process.stdout });
      });
    case 'users': {
      const [sub, username, role] = rest;
      const out = { stdout: process.stdout, stderr: process.stderr };
      if (sub === 'list')
        return withDatabase(config, (database) => listUsersCommand(config, database, args, out));
      if ((sub === 'deactivate' || sub === 'reactivate') && username !== undefined) {
        const active = sub === 'reactivate';
        return withDatabase(config, (database) => setActiveCommand(config, database, username, active, out));
      }
      if (sub !== 'set-role' || username === undefined || role === undefined) {
        process.stderr.write(
          'Usage: mentalmuse users list [--role R] [--search S] [--inactive]\n' +
            '       mentalmuse users deactivate|reactivate <username>\n' +
            '       mentalmuse users set-role <username> <user|moderator|admin>\n',
        );
        return 2;
      }
      return withDatabase(config, async (database) => {
        try {
          const user = await setUserRole(database, username, role as Role, {
            userId: null,
            publicId: null,
            source: 'cli',
          });
          process.stdout.write(`${user.username} is now ${user.role}.\n`);
          return 0;
        } catch (error) {
          if (error instanceof ValidationError)
            process.stderr.write(`Error: role must be one of user, moderator, admin (got "${role}").\n`);
          else if (error instanceof ApiError && error.statusCode === 404)
            process.stderr.write(`Error: no user named "${username}".\n`);
          else if (error instanceof ApiError) process.stderr.write(`Error: ${error.message}\n`);
          else throw error;
          return 1;
        }
      });
    }
    case 'audit': {
      // Export only: the audit log is append-only, no command edits or deletes entries.
      if (rest[0] !== 'export') {
        process.stderr.write(
          'Usage: mentalmuse audit export [--since DATE] [--until DATE] [--type T] [--user U]\n',
        );
        return 2;
      }
      const out = { stdout: process.stdout, stderr: process.stderr };
      return withDatabase(config, (database) => auditExportCommand(config, database, args, out));
    }
    case 'journal': {
      if (rest[0] !== 'rotate-key') {
        process.stderr.write('Usage: mentalmuse journal rotate-key [--reencrypt-only] [--prune]\n');
        return 2;
      }
      return withDatabase(config, async (database) => {
        const prune = args.flags.prune === true;
        const newKey = !prune && args.flags['reencrypt-only'] !== true;
        process.stdout.write(
          describeRotation(
            await rotateJournalKey(config, database, { newKey, prune, keyUsers: [secondFactorKeyUser] }),
          ),
        );
        return 0;
      });
    }
    case 'sessions':
      return withDatabase(config, (database) => sessionsCommand(database, rest, process));
    case 'check':
      return withDatabase(config, async (database) => {
        const pending = await pendingMigrations(database);
        if (pending.length > 0)
          process.stdout.write(`Unapplied migrations: ${pending.join(', ')} (run "mentalmuse migrate").\n`);
        const findings = args.flags.deploy === true ? deployFindings(config, env) : [];
        process.stdout.write(`${formatFindings(findings)}\n`);
        return args.flags['fail-on-warning'] === true && findings.length > 0 ? 1 : 0;
      });
    case 'backup':
      return backupCommand(config, args, { stdout: process.stdout, stderr: process.stderr });
    case 'restore':
      return restoreCommand(config, rest[0], { stdout: process.stdout, stderr: process.stderr });
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}
