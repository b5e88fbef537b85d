/**
 * Scheduled backups from `serve` (`BACKUP_DIR`, `BACKUP_INTERVAL`, `BACKUP_KEEP`): every interval
 * one process takes a backup into the folder and prunes the oldest beyond the count to keep. A
 * lock file in the folder makes sure two processes (cluster workers, a second server, a cron
 * `mentalmuse backup`) never write one at the same moment.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { backupFileName, takeBackup } from './backup.ts';
import { tryLock } from './files.ts';

/** What the scheduler reports through. */
export interface SchedulerLog {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
}

const BACKUP_NAME = /^mentalmuse-\d{8}T\d{6}Z\.(sqlite3|pgdump)$/;

/** The lock file that serialises backups into `dir`. */
export function backupLockPath(dir: string): string {
  return path.join(dir, '.backup.lock');
}

/** Deletes the oldest finished backups in `dir` beyond the newest `keep`; returns the removed names. */
export function pruneBackups(dir: string, keep: number): string[] {
  // The names carry a sortable UTC stamp, so name order is age order.
  const names = readdirSync(dir)
    .filter((name) => BACKUP_NAME.test(name))
    .sort();
  const removed = names.slice(0, Math.max(0, names.length - keep));
  for (const name of removed) rmSync(path.join(dir, name), { force: true });
  return removed;
}

/**
 * Takes one scheduled backup into `config.backup.dir` unless another process is taking one;
 * resolves to the file written, or null when skipped.
 */
export async function scheduledBackup(
  config: Config,
  dir: string,
  log: SchedulerLog,
): Promise<string | null> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const release = tryLock(backupLockPath(dir));
  if (release === null) {
    log.info({ dir }, 'scheduled backup skipped: another process is taking one');
    return null;
  }
  try {
    const file = path.join(dir, backupFileName(config.database.dialect));
    const report = await takeBackup(config, file);
    const pruned = pruneBackups(dir, config.backup.keep);
    log.info({ file, bytes: report.bytes, pruned }, 'scheduled backup written');
    return file;
  } finally {
    release();
  }
}

/** Starts the schedule when `BACKUP_INTERVAL` is set; returns the function that stops it. */
export function startBackupSchedule(config: Config, log: SchedulerLog): () => void {
  const dir = config.backup.dir;
  if (config.backup.interval === 0 || dir === null) return () => {};
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    scheduledBackup(config, dir, log)
      .catch((error: unknown) => log.error({ err: error, dir }, 'scheduled backup failed'))
      .finally(() => {
        running = false;
      });
  }, config.backup.interval * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
