/**
 * The restore drill, on SQLite and on PostgreSQL: a real server takes posts under steady load,
 * `mentalmuse backup` runs in the middle of it, the backup is restored into a new data directory
 * (a new, empty database on PostgreSQL) and a new server on it serves every post that was
 * acknowledged before the backup started.
 */
import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from '../helpers/database.ts';
import {
  type AppProcess,
  baseEnv,
  call,
  dataDir,
  freshPostgres,
  registerUser,
  startApp,
} from './services.ts';

const SERVER_DIR = path.resolve(import.meta.dirname, '../..');
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function mentalmuse(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['src/main.ts', ...args], { cwd: SERVER_DIR, env });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Source and target databases for a dialect: SQLite files in the data dirs, or fresh PostgreSQL databases. */
async function databases(dialect: 'sqlite' | 'postgres', source: string, target: string) {
  if (dialect === 'sqlite')
    return {
      from: `sqlite:${path.join(source, 'mentalmuse.sqlite3')}`,
      to: `sqlite:${path.join(target, 'mentalmuse.sqlite3')}`,
    };
  const from = await freshPostgres();
  const to = await createPostgresDatabase();
  cleanups.push(from.drop, to.drop);
  return { from: from.url, to: to.url };
}

describe.each(['sqlite', 'postgres'] as const)('restore drill (%s)', (dialect) => {
  it('every post acknowledged before the backup started is served after the restore', async () => {
    const source = dataDir();
    const target = dataDir();
    const urls = await databases(dialect, source, target);
    const sourceEnv = { ...baseEnv(source, urls.from), LOG_LEVEL: 'warn' };
    if (dialect === 'sqlite') expect((await mentalmuse(['migrate'], sourceEnv)).code).toBe(0);
    const app: AppProcess = await startApp(sourceEnv);
    cleanups.push(app.stop);
    const user = await registerUser(app.base, 'drill');

    const acknowledged: { id: string; at: number }[] = [];
    let running = true;
    let counter = 0;
    const writer = async () => {
      while (running) {
        const n = counter++;
        const res = await call(app.base, 'POST', '/api/post/', {
          token: user.access,
          body: { body: `drill ${n}` },
        });
        if (res.status !== 201) throw new Error(`write answered ${res.status}`);
        acknowledged.push({ id: String(res.body?.id), at: performance.now() });
      }
    };
    const writers = [writer(), writer(), writer()];
    while (acknowledged.length < 150) await new Promise((resolve) => setTimeout(resolve, 20));

    const backupFile = path.join(dataDir(), 'drill.backup');
    const backupStarted = performance.now();
    const backup = await mentalmuse(['backup', '--to', backupFile], sourceEnv);
    const writtenDuringBackup = acknowledged.filter((a) => a.at > backupStarted).length;
    while (acknowledged.length < counter && acknowledged.length < 400)
      await new Promise((resolve) => setTimeout(resolve, 20));
    running = false;
    await Promise.all(writers);
    await app.stop();
    expect(backup.output).toContain('Backup written');
    expect(backup.code).toBe(0);
    // The backup really ran while writes continued.
    expect(writtenDuringBackup).toBeGreaterThan(0);

    // The operator's drill: keys next to the backup, restore into a fresh place, serve.
    cpSync(path.join(source, 'keys'), path.join(target, 'keys'), { recursive: true });
    const targetEnv = { ...baseEnv(target, urls.to), LOG_LEVEL: 'warn' };
    const restore = await mentalmuse(['restore', backupFile], targetEnv);
    expect(restore.output).toContain('Restored');
    expect(restore.code).toBe(0);
    const restored = await startApp(targetEnv);
    cleanups.push(restored.stop);

    const before = acknowledged.filter((a) => a.at < backupStarted);
    expect(before.length).toBeGreaterThanOrEqual(150);
    const missing: string[] = [];
    for (const { id } of before) {
      const res = await call(restored.base, 'GET', `/api/post/${id}/`, { token: user.access });
      if (res.status !== 200) missing.push(`${id}: ${res.status}`);
    }
    expect(missing).toEqual([]);
    // The same signing keys and session rows came back: the old token still works.
    expect((await call(restored.base, 'GET', '/api/auth/user/', { token: user.access })).status).toBe(200);
    await restored.stop();
  }, 240_000);
});
