import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { createUser, tokensFor } from '../../../test/helpers/auth.ts';
import { nowMicros } from '../../lib/time.ts';
import { REFRESH_GRACE_SECONDS } from './sessions.service.ts';
import { hashRefreshToken } from './tokens.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
const INVALID = { detail: 'Token is invalid or expired', code: 'token_not_valid' };
let t: TestApp;

const refresh = (token: unknown, app = t.app) =>
  app.inject({ method: 'POST', url: '/api/auth/refresh/', payload: { refresh: token } });
const me = (access: string, app = t.app) =>
  app.inject({ method: 'GET', url: '/api/auth/user/', headers: { authorization: `Bearer ${access}` } });

/** Moves a token's rotation time into the past, beyond the grace window. */
async function ageRotation(token: string, seconds = REFRESH_GRACE_SECONDS + 5) {
  await t.database.db
    .updateTable('refresh_tokens')
    .set({ rotated_at: nowMicros() - seconds * 1_000_000 })
    .where('token_hash', '=', hashRefreshToken(token))
    .execute();
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('POST /api/auth/refresh/ with rotation', () => {
  it('returns a new access and refresh token; the new refresh works', async () => {
    const user = await createUser(t.app);
    const first = await tokensFor(t.app, user);
    const response = await refresh(first.refresh);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(['access', 'refresh']);
    expect(body.refresh).not.toBe(first.refresh);
    expect((await me(body.access)).statusCode).toBe(200);
    expect((await refresh(body.refresh)).statusCode).toBe(200);
  });

  it('stores refresh tokens only as hashes', async () => {
    const user = await createUser(t.app);
    const { refresh: token } = await tokensFor(t.app, user);
    const rows = await t.database.db.selectFrom('refresh_tokens').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.some((r) => r.token_hash === hashRefreshToken(token))).toBe(true);
  });

  it('detects reuse of a rotated token: the whole session dies and an event is recorded', async () => {
    const user = await createUser(t.app);
    const first = await tokensFor(t.app, user);
    const other = await tokensFor(t.app, user);
    const second = (await refresh(first.refresh)).json();
    await ageRotation(first.refresh);

    const replay = await refresh(first.refresh);
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toEqual(INVALID);
    // The legitimate successor and the session's access tokens are dead too…
    expect((await refresh(second.refresh)).statusCode).toBe(401);
    expect((await me(second.access)).statusCode).toBe(401);
    expect((await me(first.access)).statusCode).toBe(401);
    // …while the user's other session lives on.
    expect((await me(other.access)).statusCode).toBe(200);
    expect((await refresh(other.refresh)).statusCode).toBe(200);

    const events = await t.database.db
      .selectFrom('security_events')
      .select(['type', 'details'])
      .where('user_id', '=', user.id)
      .where('type', '=', 'token.reuse')
      .execute();
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]?.details ?? '{}')).toEqual({ session: first.sessionId });
    const session = await t.database.db
      .selectFrom('sessions')
      .select(['revoked_at', 'revoked_reason'])
      .where('public_id', '=', first.sessionId)
      .executeTakeFirstOrThrow();
    expect(session.revoked_reason).toBe('reuse');
  });

  it('detects reuse of a token several generations old', async () => {
    const user = await createUser(t.app);
    const first = await tokensFor(t.app, user);
    let current = first.refresh;
    for (let i = 0; i < 3; i++) current = (await refresh(current)).json().refresh;
    await ageRotation(first.refresh);
    expect((await refresh(first.refresh)).statusCode).toBe(401);
    expect((await refresh(current)).statusCode).toBe(401);
  });

  it('lets two concurrent refreshes with one token both succeed (grace window)', async () => {
    const user = await createUser(t.app);
    const first = await tokensFor(t.app, user);
    const [a, b] = await Promise.all([refresh(first.refresh), refresh(first.refresh)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    // A late retry with the same token, still inside the window.
    const c = await refresh(first.refresh);
    expect(c.statusCode).toBe(200);
    for (const response of [a, b, c]) {
      expect((await me(response.json().access)).statusCode).toBe(200);
      expect((await refresh(response.json().refresh)).statusCode).toBe(200);
    }
    const events = await t.database.db
      .selectFrom('security_events')
      .select('type')
      .where('user_id', '=', user.id)
      .where('type', '=', 'token.reuse')
      .execute();
    expect(events).toHaveLength(0);
  });

  it('401 for unknown, malformed, expired and revoked tokens; 400 when missing', async () => {
    expect((await refresh('not-a-token')).json()).toEqual(INVALID);
    expect((await refresh('x'.repeat(43))).statusCode).toBe(401);
    expect((await refresh('')).json()).toEqual({ refresh: ['This field may not be blank.'] });
    const missing = await t.app.inject({ method: 'POST', url: '/api/auth/refresh/', payload: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toEqual({ refresh: ['This field is required.'] });
    const bodyless = await t.app.inject({ method: 'POST', url: '/api/auth/refresh/' });
    expect(bodyless.json()).toEqual({ refresh: ['This field is required.'] });

    const user = await createUser(t.app);
    const expired = await tokensFor(t.app, user);
    await t.database.db
      .updateTable('sessions')
      .set({ expires: nowMicros() - 1 })
      .where('public_id', '=', expired.sessionId)
      .execute();
    expect((await refresh(expired.refresh)).json()).toEqual(INVALID);
  });

  it('401 once the user is deactivated', async () => {
    const user = await createUser(t.app);
    const tokens = await tokensFor(t.app, user);
    await t.database.db.updateTable('users').set({ is_active: false }).where('id', '=', user.id).execute();
    expect((await refresh(tokens.refresh)).statusCode).toBe(401);
    expect((await me(tokens.access)).statusCode).toBe(401);
  });

  it('updates the session’s last use and IP', async () => {
    const user = await createUser(t.app);
    const tokens = await tokensFor(t.app, user, { ip: '192.0.2.1' });
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh/',
      payload: { refresh: tokens.refresh },
      remoteAddress: '192.0.2.77',
    });
    const row = await t.database.db
      .selectFrom('sessions')
      .select(['ip', 'created', 'last_used'])
      .where('public_id', '=', tokens.sessionId)
      .executeTakeFirstOrThrow();
    expect(row.ip).toBe('192.0.2.77');
    expect(row.last_used).toBeGreaterThan(row.created);
  });
});

describe('ROTATE_REFRESH_TOKENS=false', () => {
  it('returns only an access token and keeps the refresh token valid', async () => {
    const n = await createTestApp({ env: { ROTATE_REFRESH_TOKENS: 'false' } });
    try {
      const user = await createUser(n.app);
      const tokens = await tokensFor(n.app, user);
      for (let i = 0; i < 3; i++) {
        const response = await refresh(tokens.refresh, n.app);
        expect(response.statusCode).toBe(200);
        expect(Object.keys(response.json())).toEqual(['access']);
        expect((await me(response.json().access, n.app)).statusCode).toBe(200);
      }
    } finally {
      await n.close();
    }
  });
});
