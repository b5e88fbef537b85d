/**
 * Expired sessions and their refresh tokens (and unfinished second steps and passkey challenges) are purged by `mentalmuse sessions purge` (a real
 * process) and periodically by the server — live sessions of every user stay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/helpers/app.ts';
import { cli, freshEnv, openEnvDatabase } from '../../test/helpers/cli.ts';
import { eventually } from '../../test/helpers/smtp.ts';
import type { Executor } from '../db/database.ts';
import { nowMicros } from '../lib/time.ts';
import { insertRefreshToken, insertSession } from '../modules/auth/sessions.repository.ts';
import { startSessionPurge } from '../modules/auth/sessions-purge.job.ts';
import { insertUser } from '../modules/users/users.repository.ts';

const HOUR = 3_600_000_000;

/** Two users, each with one expired and one live session, each session with two refresh tokens. */
async function plant(db: Executor): Promise<{ live: number[]; expired: number[] }> {
  const live: number[] = [];
  const expired: number[] = [];
  for (const name of ['erin', 'frank']) {
    const user = await insertUser(db, { username: name, email: `${name}@example.com`, passwordHash: 'x' });
    for (const expires of [nowMicros() - HOUR, nowMicros() + HOUR]) {
      const session = await insertSession(db, { userId: user.id, userAgent: null, ip: null, expires });
      await insertRefreshToken(db, session.id, `${name}-${expires}-a`);
      await insertRefreshToken(db, session.id, `${name}-${expires}-b`);
      (expires < nowMicros() ? expired : live).push(session.id);
      // A sign-in left at the second step, and a passkey ceremony never answered.
      await db
        .insertInto('mfa_login_tokens')
        .values({
          token_hash: `${name}-${expires}`,
          user_id: user.id,
          identifier: name,
          created: expires - HOUR,
          expires,
          used_at: null,
        })
        .execute();
      await db
        .insertInto('webauthn_challenges')
        .values({
          challenge: `${name}-${expires}`,
          purpose: 'login',
          user_id: null,
          created: expires - HOUR,
          expires,
        })
        .execute();
    }
  }
  return { live, expired };
}

async function remaining(db: Executor) {
  const sessions = await db.selectFrom('sessions').select('id').orderBy('id').execute();
  const tokens = await db.selectFrom('refresh_tokens').select('session_id').execute();
  return {
    sessions: sessions.map((s) => s.id),
    tokenSessions: [...new Set(tokens.map((t) => t.session_id))].sort(),
    tokens: tokens.length,
    pendingSignIns:
      (await db.selectFrom('mfa_login_tokens').select('id').execute()).length +
      (await db.selectFrom('webauthn_challenges').select('id').execute()).length,
  };
}

describe('mentalmuse sessions purge', { timeout: 90_000 }, () => {
  it('deletes expired sessions and their refresh tokens, keeps live ones, says how many', async () => {
    const env = await freshEnv();
    expect((await cli(['migrate'], env)).code).toBe(0);
    const database = openEnvDatabase(env);
    try {
      const { live } = await plant(database.db);
      const result = await cli(['sessions', 'purge'], env);
      expect(result).toMatchObject({
        code: 0,
        stdout: 'Purged 2 expired sessions (4 refresh tokens), 4 unfinished sign-in steps.\n',
      });
      expect(await remaining(database.db)).toEqual({
        sessions: live,
        tokenSessions: live,
        tokens: 4,
        pendingSignIns: 4,
      });
      expect(await cli(['sessions', 'purge'], env)).toMatchObject({
        code: 0,
        stdout: 'Purged 0 expired sessions (0 refresh tokens), 0 unfinished sign-in steps.\n',
      });
    } finally {
      await database.close();
    }
  });

  it('refuses anything else with its usage and exit code 2', async () => {
    const env = await freshEnv();
    for (const args of [['sessions', 'delete']]) {
      const result = await cli(args, env);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('Usage: mentalmuse sessions purge\n');
    }
  });
});

describe('the periodic purge', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('removes expired sessions on its own, again and again', async () => {
    const first = await plant(t.database.db);
    const stop = startSessionPurge(t.app, 50, 10);
    try {
      await eventually(
        async () => (await remaining(t.database.db)).sessions.length === first.live.length,
        5000,
      );
      // A session that expires later is purged by a later pass.
      const user = await t.database.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
      const soon = await insertSession(t.database.db, {
        userId: user.id,
        userAgent: null,
        ip: null,
        expires: nowMicros() + 200_000,
      });
      await eventually(async () => !(await remaining(t.database.db)).sessions.includes(soon.id), 5000);
      expect(await remaining(t.database.db)).toEqual({
        sessions: first.live,
        tokenSessions: first.live,
        tokens: 4,
        pendingSignIns: 4,
      });
    } finally {
      stop();
    }
  });
});
