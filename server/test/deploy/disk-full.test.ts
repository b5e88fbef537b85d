/**
 * Disk full on SQLite, for real: DATA_DIR on a small tmpfs this test mounts (root needed), the
 * server running on it, the file system then filled to the last byte. Writes must answer 503
 * with a sentence saying so, reads keep working, writes resume once space returns, and the
 * database passes `PRAGMA integrity_check` afterwards. Without a mount it prints NOT RUN (a
 * failure under CI=true).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, baseEnv, call, IN_CI, registerUser, startApp } from './services.ts';

const SERVER_DIR = path.resolve(import.meta.dirname, '../..');
const mountPoint = mkdtempSync(path.join(tmpdir(), 'mm-diskfull-'));
const mounted =
  spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=24m,mode=0700', 'tmpfs', mountPoint], { encoding: 'utf8' })
    .status === 0;
if (!mounted) {
  const message = `NOT RUN: disk-full test: cannot mount a tmpfs at ${mountPoint} (needs root)`;
  process.stderr.write(`\n*** ${message} ***\n\n`);
  if (IN_CI) throw new Error(message);
}

const dataDir = path.join(mountPoint, 'data');
const filler = path.join(mountPoint, 'filler');
let app: AppProcess | undefined;

/** Writes 64 KiB blocks, then single bytes, until the file system refuses; the disk is then full. */
function fillDisk(): void {
  const fd = openSync(filler, 'a');
  try {
    for (const size of [65_536, 4096, 1]) {
      const block = Buffer.alloc(size, 1);
      try {
        for (;;) writeSync(fd, block);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
}

beforeAll(async () => {
  if (!mounted) return;
  const env = {
    ...baseEnv(dataDir, `sqlite:${path.join(dataDir, 'mentalmuse.sqlite3')}`),
    LOG_LEVEL: 'warn',
  };
  execFileSync(process.execPath, ['src/main.ts', 'migrate'], { cwd: SERVER_DIR, env });
  app = await startApp(env);
});

afterAll(async () => {
  await app?.stop();
  if (mounted) spawnSync('umount', ['-l', mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

describe.runIf(mounted)('disk full on SQLite', () => {
  it('writes answer 503 saying so, reads keep working, writes resume when space returns, nothing corrupt', async () => {
    if (app === undefined) throw new Error('app did not start');
    const base = app.base;
    const user = await registerUser(base, 'fullness');
    const post = (n: number) =>
      call(base, 'POST', '/api/post/', {
        token: user.access,
        body: { body: `post ${n} ${'x'.repeat(2000)}` },
      });
    for (let i = 0; i < 5; i++) expect((await post(i)).status).toBe(201);

    fillDisk();
    const refused = [];
    for (let i = 0; i < 20; i++) refused.push(await post(100 + i));
    const statuses = new Set(refused.map((r) => r.status));
    // Every write is refused the same clear way; none claims success, none is a masked 500.
    expect([...statuses]).toEqual([503]);
    expect(refused[0]?.body).toEqual({ detail: expect.stringContaining('run out of storage space') });
    expect(refused[0]?.headers.get('retry-after')).toBe('60');
    const list = await call(base, 'GET', '/api/post/', { token: user.access });
    expect(list.status).toBe(200);
    expect((await call(base, 'GET', '/api/auth/user/', { token: user.access })).status).toBe(200);

    rmSync(filler);
    const resumed = await post(200);
    expect(resumed.status).toBe(201);
    expect((await call(base, 'GET', '/api/health/')).status).toBe(200);

    await app.stop();
    app = undefined;
    const database = new DatabaseSync(path.join(dataDir, 'mentalmuse.sqlite3'));
    expect(database.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    const titles = database
      .prepare('SELECT body FROM posts ORDER BY id')
      .all()
      .map((row) => String(row.body).split(' ').slice(0, 2).join(' '));
    database.close();
    // The five from before and the one after: nothing refused was half-written.
    expect(titles).toEqual(['post 0', 'post 1', 'post 2', 'post 3', 'post 4', 'post 200']);
  });
});
