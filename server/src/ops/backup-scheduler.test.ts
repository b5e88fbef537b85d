/**
 * Scheduled backups on this run's dialect: two at once write one file (the other is skipped by
 * the lock), a lock left by a dead process is taken over, old backups are pruned to BACKUP_KEEP,
 * and no temporary file is left behind.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, RUN_DIALECT, tempDir } from '../../test/helpers/database.ts';
import { type Config, loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { backupLockPath, pruneBackups, scheduledBackup } from './backup-scheduler.ts';

const silent = { info: () => {}, error: () => {} };
let config: Config;
let drop = async () => {};

beforeAll(async () => {
  const dataDir = tempDir();
  const env: Record<string, string> = { DATA_DIR: dataDir, BACKUP_DIR: path.join(dataDir, 'backups') };
  if (RUN_DIALECT === 'postgres') {
    const created = await createPostgresDatabase();
    env.DATABASE_URL = created.url;
    drop = created.drop;
  }
  config = loadConfig({ ...env, BACKUP_KEEP: '2' });
  const database = openDatabase(config.database);
  await migrateToLatest(database);
  await database.close();
});
afterAll(() => drop());

describe(`scheduled backups (${RUN_DIALECT})`, () => {
  it('never writes two at once: the second is skipped while the first holds the lock', async () => {
    const dir = tempDir();
    const [first, second] = await Promise.all([
      scheduledBackup(config, dir, silent),
      scheduledBackup(config, dir, silent),
    ]);
    expect([first, second].filter((file) => file !== null)).toHaveLength(1);
    expect(readdirSync(dir).filter((name) => !name.startsWith('.'))).toHaveLength(1);
    expect(readdirSync(dir)).not.toContain('.backup.lock');
  });

  it('takes over a lock whose process has died', async () => {
    const dir = tempDir();
    writeFileSync(backupLockPath(dir), '2147483646\n');
    expect(await scheduledBackup(config, dir, silent)).not.toBeNull();
  });

  it('a live holder blocks it', async () => {
    const dir = tempDir();
    writeFileSync(backupLockPath(dir), `${process.ppid}\n`);
    expect(await scheduledBackup(config, dir, silent)).toBeNull();
    expect(readdirSync(dir)).toEqual(['.backup.lock']);
  });

  it('prunes to BACKUP_KEEP, oldest first, and leaves other files alone', () => {
    const dir = tempDir();
    const names = [
      'mentalmuse-20260101T000000Z.sqlite3',
      'mentalmuse-20260102T000000Z.sqlite3',
      'mentalmuse-20260103T000000Z.pgdump',
      'notes.txt',
    ];
    for (const name of names) writeFileSync(path.join(dir, name), 'x');
    expect(pruneBackups(dir, config.backup.keep)).toEqual(['mentalmuse-20260101T000000Z.sqlite3']);
    expect(readdirSync(dir).sort()).toEqual(names.slice(1));
  });
});
