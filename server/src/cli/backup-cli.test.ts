/**
 * `backup` and `restore` as an operator runs them — real processes on this run's dialect (a
 * SQLite file, or fresh PostgreSQL databases with Debian's pg_dump/pg_restore): the round trip
 * keeps every row, a bad file or a served database is refused with nothing changed, and the
 * report names the journal key loudly.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, freshEnv, MAIN_SCRIPT, openEnvDatabase } from '../../test/helpers/cli.ts';
import { RUN_DIALECT, tempDir } from '../../test/helpers/database.ts';
import { openDatabase } from '../db/database.ts';
import { insertUser } from '../modules/users/users.repository.ts';
import { liveServers } from '../ops/server-lock.ts';

async function usernames(env: Record<string, string>): Promise<string[]> {
  const database = openEnvDatabase(env);
  try {
    const rows = await database.db.selectFrom('users').select('username').orderBy('username').execute();
    return rows.map((row) => row.username);
  } finally {
    await database.close();
  }
}

async function seeded(names: string[]): Promise<Record<string, string>> {
  const env = await freshEnv();
  expect((await cli(['migrate'], env)).code).toBe(0);
  const database = openEnvDatabase(env);
  try {
    for (const name of names)
      await insertUser(database.db, { username: name, email: `${name}@example.com`, passwordHash: 'x' });
  } finally {
    await database.close();
  }
  return env;
}

/** A fresh environment whose database exists but is empty (PostgreSQL) or absent (SQLite). */
async function emptyTarget(): Promise<Record<string, string>> {
  return freshEnv();
}

/** Each test spawns several real processes (~3 s each on a busy machine). */
const SLOW = { timeout: 90_000 };

describe(`backup and restore (${RUN_DIALECT})`, SLOW, () => {
  it('round trip: every row comes back, with counts reported and the journal key named loudly', async () => {
    const env = await seeded(['alice', 'bob', 'carol']);
    const file = path.join(tempDir(), 'one.backup');
    const backup = await cli(['backup', '--to', file], env);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(`Backup written: ${file}`);
    expect(backup.stdout).toMatch(/^ {2}users: 3$/m);
    expect(backup.stdout).toContain('!!! The journal key is NOT in this backup');
    expect(backup.stdout).toContain(path.join(env.DATA_DIR ?? '', 'keys', 'journal.key'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(path.dirname(file))).toEqual(['one.backup']);

    const target = await emptyTarget();
    const restore = await cli(['restore', file], target);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/^ {2}users: 3$/m);
    expect(await usernames(target)).toEqual(['alice', 'bob', 'carol']);
    // The restored database is current: migrate has nothing to do and the app can serve it.
    expect((await cli(['migrate'], target)).stdout).toBe('No migrations to apply.\n');
  });

  it('without --to writes a dated file under BACKUP_DIR, and refuses to overwrite a file', async () => {
    const env = await seeded(['alice']);
    const dir = tempDir();
    const first = await cli(['backup'], { ...env, BACKUP_DIR: dir });
    expect(first.code).toBe(0);
    const [name] = readdirSync(dir);
    expect(name).toMatch(/^mentalmuse-\d{8}T\d{6}Z\.(sqlite3|pgdump)$/);
    const again = await cli(['backup', '--to', path.join(dir, name ?? '')], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('restore refuses a file that is not a backup and changes nothing', async () => {
    const env = await seeded(['alice']);
    const bogus = path.join(tempDir(), 'bogus.backup');
    writeFileSync(bogus, 'this is not a database, just words '.repeat(200));
    const result = await cli(['restore', bogus], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Error: .*bogus\.backup (is not|cannot be opened|failed)/);
    expect(await usernames(env)).toEqual(['alice']);
    const missing = await cli(['restore', path.join(tempDir(), 'nope')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('does not exist');
    expect((await cli(['restore'], env)).code).toBe(2);
  });

  it('restore refuses while a server holds the database; a crashed server does not block it', async () => {
    const env = await seeded(['alice']);
    const file = path.join(tempDir(), 'b.backup');
    expect((await cli(['backup', '--to', file], env)).code).toBe(0);
    const server = spawn(process.execPath, [MAIN_SCRIPT, 'serve', '--no-migrate'], {
      env: { ...env, PORT: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += chunk;
    });
    try {
      for (let i = 0; i < 1200 && !output.includes('Server listening'); i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(liveServers(env.DATA_DIR ?? '')).toEqual([server.pid]);
      const refused = await cli(['restore', file], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`A server is using this database (process ${server.pid})`);
      expect(await usernames(env)).toEqual(['alice']);
    } finally {
      server.kill('SIGKILL');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    // kill -9 left its record behind; a dead process no longer counts.
    expect(existsSync(path.join(env.DATA_DIR ?? '', 'run', `serve-${server.pid}.pid`))).toBe(true);
    expect(liveServers(env.DATA_DIR ?? '')).toEqual([]);
  });
});

describe.runIf(RUN_DIALECT === 'sqlite')('restore on SQLite', SLOW, () => {
  it('backup of a data dir without a database says so and creates nothing', async () => {
    const env = await freshEnv();
    const file = path.join(tempDir(), 'none.backup');
    const result = await cli(['backup', '--to', file], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('There is no database at');
    expect(existsSync(file)).toBe(false);
    expect(existsSync(path.join(env.DATA_DIR ?? '', 'mentalmuse.sqlite3'))).toBe(false);
  });

  it('keeps the replaced database (and its WAL) aside', async () => {
    const env = await seeded(['alice']);
    const file = path.join(tempDir(), 'a.backup');
    expect((await cli(['backup', '--to', file], env)).code).toBe(0);
    const database = openEnvDatabase(env);
    await insertUser(database.db, { username: 'later', email: 'later@example.com', passwordHash: 'x' });
    await database.close();
    const restored = await cli(['restore', file], env);
    expect(restored.code).toBe(0);
    const aside = /kept as (\S+)/.exec(restored.stdout)?.[1] ?? '';
    expect(existsSync(aside)).toBe(true);
    expect(await usernames(env)).toEqual(['alice']);
    // The row written after the backup is still in the copy that was put aside.
    const keptAside = openDatabase({ dialect: 'sqlite', path: aside });
    const names = await keptAside.db.selectFrom('users').select('username').orderBy('username').execute();
    await keptAside.close();
    expect(names.map((row) => row.username)).toEqual(['alice', 'later']);
  });
});

describe.runIf(RUN_DIALECT === 'postgres')('PostgreSQL specifics', SLOW, () => {
  it('restore refuses a database that is not empty', async () => {
    const env = await seeded(['alice']);
    const file = path.join(tempDir(), 'p.backup');
    expect((await cli(['backup', '--to', file], env)).code).toBe(0);
    const refused = await cli(['restore', file], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('is not empty');
    expect(await usernames(env)).toEqual(['alice']);
  });

  it('says clearly when pg_dump is not installed', async () => {
    const env = await seeded(['alice']);
    const result = await cli(['backup', '--to', path.join(tempDir(), 'x.backup')], {
      ...env,
      PATH: '/nonexistent',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('pg_dump was not found on PATH');
  });
});
