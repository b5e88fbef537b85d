/**
 * PostgreSQL backups and restores through Debian's `pg_dump -Fc` and `pg_restore`. The dump reads
 * a snapshot exported by a transaction that also counts the rows, so the reported counts are
 * exactly what the file holds. Passwords travel in `PGPASSWORD`, never on a command line.
 */
import { spawn } from 'node:child_process';
import { chmodSync, renameSync, rmSync } from 'node:fs';
import type pg from 'pg';
import { loadPg } from '../lib/load-at-first-use.ts';
import { temporaryPath } from './files.ts';

/** Thrown when a PostgreSQL client tool is missing or fails. */
export class PostgresToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PostgresToolError';
  }
}

interface ToolResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The URL without its password, and the environment that carries the password instead. */
function connection(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (parsed.password !== '') env.PGPASSWORD = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { url: parsed.toString(), env };
}

/** Runs a PostgreSQL client tool; a missing tool becomes a clear {@link PostgresToolError}. */
export function runTool(
  tool: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new PostgresToolError(
              `${tool} was not found on PATH. Install the PostgreSQL client tools (Debian: apt-get install postgresql-client) whose major version is at least the server's.`,
            )
          : error,
      );
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Row counts of every table in the `public` schema, read inside `client`'s transaction. */
export async function countRows(client: pg.ClientBase): Promise<Record<string, number>> {
  const tables = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`,
    );
    counts[name] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}

/**
 * Dumps the database at `url` to `destination` (custom format), atomically: temp file, a
 * `pg_restore --list` check, then rename. Resolves to the row counts of the dumped snapshot.
 */
export async function backupPostgres(url: string, destination: string): Promise<Record<string, number>> {
  const temp = temporaryPath(destination);
  const client = new (loadPg().Client)({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const snapshot =
      (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0]?.id ?? '';
    const rowCounts = await countRows(client);
    const target = connection(url);
    const dump = await runTool(
      'pg_dump',
      ['-Fc', '--no-owner', `--snapshot=${snapshot}`, '-f', temp, `--dbname=${target.url}`],
      target.env,
    );
    await client.query('COMMIT');
    if (dump.code !== 0) throw new PostgresToolError(`pg_dump failed: ${dump.stderr.trim()}`);
    chmodSync(temp, 0o600);
    await checkDumpFile(temp);
    renameSync(temp, destination);
    return rowCounts;
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

/** Checks that `file` is a readable `pg_dump -Fc` archive; resolves to its table of contents. */
export async function checkDumpFile(file: string): Promise<string> {
  const list = await runTool('pg_restore', ['--list', file]);
  if (list.code !== 0)
    throw new PostgresToolError(`${file} is not a PostgreSQL custom-format dump: ${list.stderr.trim()}`);
  if (!/TABLE DATA public kysely_migration/.test(list.stdout))
    throw new PostgresToolError(`${file} is a PostgreSQL dump but not of a MentalMuse database.`);
  return list.stdout;
}

/** Restores `file` into the (empty) database at `url` in one transaction. */
export async function restorePostgres(url: string, file: string): Promise<void> {
  const target = connection(url);
  const result = await runTool(
    'pg_restore',
    ['--no-owner', '--exit-on-error', '--single-transaction', `--dbname=${target.url}`, file],
    target.env,
  );
  if (result.code !== 0) throw new PostgresToolError(`pg_restore failed: ${result.stderr.trim()}`);
}
