/**
 * The admin commands run as an operator runs them — real processes on a real database (SQLite
 * file or a fresh PostgreSQL database, per this run's dialect): `users list`, `users
 * deactivate|reactivate` (sessions revoked, audited as `cli`), `audit export` (CSV on stdout), and
 * no command that edits or deletes audit entries.
 */
import { describe, expect, it } from 'vitest';
import { cli, freshEnv, openEnvDatabase } from '../../test/helpers/cli.ts';
import type { Database } from '../db/database.ts';
import { nowMicros } from '../lib/time.ts';
import { insertSession } from '../modules/auth/sessions.repository.ts';
import { insertUser } from '../modules/users/users.repository.ts';

/** A migrated database with an admin (boss), a moderator (mo) and alice, who has a live session. */
async function seeded(): Promise<Record<string, string>> {
  const env = await freshEnv();
  const made = await cli(
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
  expect(made.code).toBe(0);
  const database = openEnvDatabase(env);
  try {
    await insertUser(database.db, {
      username: 'mo',
      email: 'mo@example.com',
      passwordHash: 'x',
      role: 'moderator',
    });
    const alice = await insertUser(database.db, {
      username: 'alice',
      email: 'alice@example.com',
      passwordHash: 'x',
      firstName: 'Alice',
    });
    await insertSession(database.db, {
      userId: alice.id,
      userAgent: 'test',
      ip: '127.0.0.1',
      expires: nowMicros() + 3_600_000_000,
    });
  } finally {
    await database.close();
  }
  return env;
}

async function read<T>(env: Record<string, string>, work: (database: Database) => Promise<T>): Promise<T> {
  const database = openEnvDatabase(env);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

describe('mentalmuse admin commands', { timeout: 90_000 }, () => {
  it('users list prints a header and users by username; --role and --search filter', async () => {
    const env = await seeded();
    const all = await cli(['users', 'list'], env);
    expect(all.code).toBe(0);
    const lines = all.stdout.trim().split('\n');
    expect(lines[0]).toBe('username\temail\trole\tactive\tverified\tjoined\tlast_login');
    expect(lines.slice(1).map((l) => l.split('\t').slice(0, 5))).toEqual([
      ['alice', 'alice@example.com', 'user', 'yes', 'no'],
      ['boss', 'boss@example.com', 'admin', 'yes', 'yes'],
      ['mo', 'mo@example.com', 'moderator', 'yes', 'no'],
    ]);
    const mods = await cli(['users', 'list', '--role', 'moderator'], env);
    expect(
      mods.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t')[0]),
    ).toEqual(['mo']);
    const search = await cli(['users', 'list', '--search', 'ALI'], env);
    expect(
      search.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t')[0]),
    ).toEqual(['alice']);
    const bad = await cli(['users', 'list', '--role', 'overlord'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--role must be one of');
  });

  it('users deactivate revokes sessions and is audited as cli; the last admin is protected; reactivate', async () => {
    const env = await seeded();
    const done = await cli(['users', 'deactivate', 'alice'], env);
    expect(done).toMatchObject({ code: 0, stdout: 'alice is deactivated; every session was revoked.\n' });
    const state = await read(env, async (database) => ({
      user: await database.db
        .selectFrom('users')
        .select('is_active')
        .where('username', '=', 'alice')
        .executeTakeFirstOrThrow(),
      sessions: await database.db.selectFrom('sessions').select('revoked_reason').execute(),
      events: await database.db
        .selectFrom('security_events')
        .select(['type', 'ip', 'actor_id', 'details'])
        .where('type', '=', 'admin.deactivate')
        .execute(),
    }));
    expect(Boolean(state.user.is_active)).toBe(false);
    expect(state.sessions.map((s) => s.revoked_reason)).toEqual(['deactivated']);
    expect(state.events).toHaveLength(1);
    expect(state.events[0]).toMatchObject({ ip: 'cli', actor_id: null });
    expect(JSON.parse(state.events[0]?.details ?? '{}')).toMatchObject({
      actor: 'cli',
      before: { is_active: true },
      after: { is_active: false },
      sessions_revoked: 1,
    });
    const inactive = await cli(['users', 'list', '--inactive'], env);
    expect(
      inactive.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t')[0]),
    ).toEqual(['alice']);
    const last = await cli(['users', 'deactivate', 'boss'], env);
    expect(last.code).toBe(1);
    expect(last.stderr).toContain('last active admin');
    expect((await cli(['users', 'deactivate', 'nobody'], env)).stderr).toContain('no user named "nobody"');
    expect((await cli(['users', 'deactivate'], env)).code).toBe(2);
    expect(await cli(['users', 'reactivate', 'alice'], env)).toMatchObject({
      code: 0,
      stdout: 'alice is active again.\n',
    });
  });

  it('audit export writes CSV to stdout (filtered by --since) and records the export', async () => {
    const env = await seeded();
    await cli(['users', 'deactivate', 'alice'], env);
    await cli(['users', 'set-role', 'mo', 'user'], env);
    const out = await cli(['audit', 'export', '--since', '2000-01-01'], env);
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'id,created,type,actor_id,actor_username,source,user_id,username,ip,user_agent,before,after,details',
    );
    const types = lines.slice(1, -1).map((l) => l.split(',')[2]);
    expect(types).toEqual(['admin.audit_export', 'admin.set_role', 'admin.deactivate']);
    expect(lines.find((l) => l.includes('admin.set_role'))).toContain(',cli,');
    expect(lines.find((l) => l.includes('admin.deactivate'))).toContain(',alice,cli,');
    const future = await cli(['audit', 'export', '--since', '2999-01-01'], env);
    expect(future.stdout.split('\r\n').filter(Boolean)).toHaveLength(1);
    const bad = await cli(['audit', 'export', '--since', 'someday'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Error (since)');
  });

  it('no command edits or deletes audit entries', async () => {
    const env = await seeded();
    await cli(['users', 'deactivate', 'alice'], env);
    const all = (env2: Record<string, string>) =>
      read(env2, (database) => database.db.selectFrom('security_events').selectAll().orderBy('id').execute());
    const before = await all(env);
    for (const args of [
      ['audit', 'delete'],
      ['audit', 'purge', '--since', '2000-01-01'],
      ['audit', 'edit', '1'],
      ['audit'],
    ]) {
      const result = await cli(args, env);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: mentalmuse audit export');
    }
    expect(await all(env)).toEqual(before);
  });
});
