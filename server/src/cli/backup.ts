/** The `backup [--to FILE]` and `restore FILE` commands: arguments, messages and exit codes. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { backupFileName, describeBackup, takeBackup } from '../ops/backup.ts';
import { PostgresToolError } from '../ops/postgres-backup.ts';
import { RestoreRefusedError, restoreBackup } from '../ops/restore.ts';
import { BackupFileError } from '../ops/sqlite-backup.ts';
import { flagValue, type ParsedArgs } from './args.ts';

/** Where a command writes. */
export interface Output {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Expected failures print one sentence and exit 1; anything else is a bug and propagates. */
function failure(error: unknown, out: Output): number {
  if (
    error instanceof BackupFileError ||
    error instanceof PostgresToolError ||
    error instanceof RestoreRefusedError
  ) {
    out.stderr.write(`Error: ${error.message}\n`);
    return 1;
  }
  throw error;
}

/** `mentalmuse backup [--to FILE]`; without `--to`, a dated file under `BACKUP_DIR` (or `DATA_DIR/backups`). */
export async function backupCommand(config: Config, args: ParsedArgs, out: Output): Promise<number> {
  if (args.flags.to === true) {
    out.stderr.write('Usage: mentalmuse backup [--to FILE]\n');
    return 2;
  }
  const to = flagValue(args, 'to');
  const destination =
    to !== undefined
      ? path.resolve(to)
      : path.join(
          config.backup.dir ?? path.join(config.dataDir, 'backups'),
          backupFileName(config.database.dialect),
        );
  if (existsSync(destination)) {
    out.stderr.write(`Error: ${destination} already exists; choose another file.\n`);
    return 2;
  }
  try {
    out.stdout.write(describeBackup(await takeBackup(config, destination)));
    return 0;
  } catch (error) {
    return failure(error, out);
  }
}

/** `mentalmuse restore FILE`. */
export async function restoreCommand(config: Config, file: string | undefined, out: Output): Promise<number> {
  if (file === undefined) {
    out.stderr.write('Usage: mentalmuse restore FILE\n');
    return 2;
  }
  try {
    const report = await restoreBackup(config, path.resolve(file));
    const lines = [`Restored ${file}.`, 'Rows per table:'];
    for (const [table, count] of Object.entries(report.rowCounts)) lines.push(`  ${table}: ${count}`);
    if (report.replacedAside !== null)
      lines.push(`The database it replaced was kept as ${report.replacedAside}`);
    lines.push(
      'Put the journal key (and DATA_DIR/keys/, DATA_DIR/media/) that belong with this backup in place before serving.',
    );
    out.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    return failure(error, out);
  }
}
