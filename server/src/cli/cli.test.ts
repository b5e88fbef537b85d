/**
 * The `mentalmuse` command run as a user runs it: a real process, real environment, real
 * database (SQLite file or a fresh PostgreSQL database, per this run's dialect).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, freshEnv, MAIN_SCRIPT, openEnvDatabase } from '../../test/helpers/cli.ts';
import { RUN_DIALECT } from '../../test/helpers/database.ts';
import { migrations } from '../db/migrations/index.ts';

const MIGRATIONS = Object.keys(migrations);

async function usersIn(env: Record<string, string>) {
  const database = openEnvDatabase(env);
  try {
    return await database.db
      .selectFrom('users')
      .select(['username', 'email', 'role', 'email_verified'])
      .orderBy('id')
      .execute();
  } finally {
    await database.close();
  }
}

// Each test spawns real processes; on a loaded 2-core machine that can take a while.
describe('mentalmuse CLI', { timeout: 90_000 }, () => {
  it('migrate applies once, then has nothing to do', async () => {
    const env = await freshEnv();
    expect(await cli(['migrate'], env)).toMatchObject({
      code: 0,
      stdout: MIGRATIONS.map((m) => `Applied ${m}\n`).join(''),
    });
    expect(await cli(['migrate'], env)).toMatchObject({ code: 0, stdout: 'No migrations to apply.\n' });
  });

  it('two processes migrating the same database at once apply each migration exactly once', async () => {
    const env = await freshEnv();
    const [a, b] = await Promise.all([cli(['migrate'], env), cli(['migrate'], env)]);
    expect([a.code, b.code], `${a.stderr}\n${b.stderr}`).toEqual([0, 0]);
    for (const name of MIGRATIONS)
      expect(`${a.stdout}${b.stdout}`.split(`Applied ${name}\n`)).toHaveLength(2);
  });

  it('createsuperuser --no-input makes a verified admin, and refuses a duplicate', async () => {
    const env = await freshEnv();
    const args = [
      'createsuperuser',
      '--no-input',
      '--username',
      'root',
      '--email',
      'root@example.com',
      '--password',
      'a calm harbour 42',
    ];
    const first = await cli(args, env);
    expect(first).toMatchObject({ code: 0, stdout: 'Superuser "root" created successfully.\n' });
    expect(await usersIn(env)).toEqual([
      { username: 'root', email: 'root@example.com', role: 'admin', email_verified: expect.anything() },
    ]);
    const again = await cli(
      [...args.slice(0, 4), 'ROOT', '--email', 'other@example.com', '--password', 'a calm harbour 42'],
      env,
    );
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('Error (username): A user with that username already exists.');
    expect(await usersIn(env)).toHaveLength(1);
  });

  it('createsuperuser reads MENTALMUSE_SUPERUSER_* and reports what is missing', async () => {
    const env = await freshEnv();
    const missing = await cli(['createsuperuser', '--no-input'], env);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('--username (or MENTALMUSE_SUPERUSER_USERNAME)');
    const ok = await cli(['createsuperuser', '--no-input'], {
      ...env,
      MENTALMUSE_SUPERUSER_USERNAME: 'envadmin',
      MENTALMUSE_SUPERUSER_EMAIL: 'env@example.com',
      MENTALMUSE_SUPERUSER_PASSWORD: 'quiet meadow 77',
    });
    expect(ok.code).toBe(0);
    const bad = await cli(
      ['createsuperuser', '--no-input', '--username', 'x y', '--email', 'nope', '--password', 'short'],
      env,
    );
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('Error (username): Enter a valid username.');
    expect(bad.stdout).toContain('Error (email): Enter a valid email address.');
    expect(bad.stdout).toContain('Error (password): This password is too short.');
  });

  it('createsuperuser asks interactively and checks the repeated password', async () => {
    const env = await freshEnv();
    const ok = await cli(
      ['createsuperuser'],
      env,
      'asker\nasker@example.com\nsoft rain falls 9\nsoft rain falls 9\n',
    );
    expect(ok.stdout).toContain('Username: Email address: Password: ');
    expect(ok.code).toBe(0);
    const mismatch = await cli(
      ['createsuperuser'],
      env,
      'other\nother@example.com\none thing 123\nanother 456\n',
    );
    expect(mismatch.code).toBe(1);
    expect(mismatch.stdout).toContain("Your passwords didn't match.");
    expect((await usersIn(env)).map((u) => u.username)).toEqual(['asker']);
  });

  it('users set-role changes roles and protects the last admin', async () => {
    const env = await freshEnv();
    await cli(
      [
        'createsuperuser',
        '--no-input',
        '--username',
        'boss',
        '--email',
        'boss@example.com',
        '--password',
        'steady tide 31',
      ],
      env,
    );
    await cli(
      [
        'createsuperuser',
        '--no-input',
        '--username',
        'kim',
        '--email',
        'kim@example.com',
        '--password',
        'steady tide 32',
      ],
      env,
    );
    expect(await cli(['users', 'set-role', 'kim', 'moderator'], env)).toMatchObject({
      code: 0,
      stdout: 'kim is now moderator.\n',
    });
    const last = await cli(['users', 'set-role', 'boss', 'user'], env);
    expect(last.code).toBe(1);
    expect(last.stderr).toContain('last active admin');
    expect((await cli(['users', 'set-role', 'nobody', 'admin'], env)).stderr).toContain(
      'no user named "nobody"',
    );
    expect((await cli(['users', 'set-role', 'kim', 'overlord'], env)).code).toBe(1);
    expect((await cli(['users', 'set-role'], env)).code).toBe(2);
    expect((await usersIn(env)).map((u) => [u.username, u.role])).toEqual([
      ['boss', 'admin'],
      ['kim', 'moderator'],
    ]);
  });

  it('check --deploy lists insecure settings; good settings clear them', async () => {
    const env = await freshEnv();
    await cli(['migrate'], env);
    const bad = await cli(['check', '--deploy'], {
      ...env,
      CORS_ALLOWED_ORIGINS: '*',
      LOG_LEVEL: 'debug',
      WORKERS: '4',
    });
    expect(bad.code).toBe(0);
    for (const id of [
      'security.W001',
      'security.W002',
      'security.W004',
      'security.W005',
      'security.W006',
      'mail.W001',
    ]) {
      expect(bad.stdout).toContain(id);
    }
    if (RUN_DIALECT === 'sqlite') expect(bad.stdout).toContain('database.W001');
    const strict = await cli(['check', '--deploy', '--fail-on-warning'], env);
    expect(strict.code).toBe(1);
    const plain = await cli(['check'], env);
    expect(plain).toMatchObject({ code: 0, stdout: 'System check identified no issues (0 silenced).\n' });
  });

  it('a bad configuration lists every problem and exits with code 2', async () => {
    const env = await freshEnv();
    const result = await cli(['migrate'], {
      ...env,
      PORT: 'x',
      EMAIL_BACKEND: 'pigeon',
      DATABASE_URL: 'mysql://db',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('PORT must be a whole number');
    expect(result.stderr).toContain('EMAIL_BACKEND must be one of');
    expect(result.stderr).toContain('DATABASE_URL must start with');
  });

  it('an unknown command prints usage and exits with code 2', async () => {
    const result = await cli(['frobnicate'], await freshEnv());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: mentalmuse');
  });

  it('runs from a checkout whose path has a space and passes through a symlink', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mm cli '));
    const link = path.join(dir, 'linked server');
    symlinkSync(path.resolve(path.dirname(MAIN_SCRIPT), '..'), link);
    const out = await new Promise<string>((resolve) => {
      const child = spawn(process.execPath, [path.join(link, 'src/main.ts'), 'frobnicate'], {
        env: { PATH: process.env.PATH ?? '' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += String(chunk);
      });
      child.on('exit', () => resolve(stderr));
    });
    expect(out).toContain('Usage: mentalmuse');
  });

  it('serve migrates, answers, and exits 0 on SIGTERM', async () => {
    const env = await freshEnv();
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, [MAIN_SCRIPT, 'serve'], {
      env: { ...env, PORT: String(port) },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const body = await pollHealth(`http://127.0.0.1:${port}/api/health/`);
      expect(body).toEqual({ status: 'ok', database: RUN_DIALECT });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

async function pollHealth(url: string): Promise<unknown> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return res.json();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within 15 s`);
}
