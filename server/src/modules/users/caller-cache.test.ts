/**
 * The caller cache (issue 20): an authenticated request reads no user row of its own while the
 * caller is cached, and a role change, deactivation or deletion made through the app is honoured
 * at the very next request — in this process at once, in others through the fan-out (the
 * PostgreSQL case below uses a real LISTEN/NOTIFY channel).
 */

import Fastify from 'fastify';
import {
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  SelectQueryNode,
  TableNode,
  type UnknownRow,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona } from '../../../test/helpers/community.ts';
import { RUN_DIALECT, tempDir, testDatabase } from '../../../test/helpers/database.ts';
import { buildApp } from '../../app.ts';
import { testConfig } from '../../config.ts';
import { postgresChannel } from '../../scale/channels.ts';
import { startFanout } from '../../scale/fanout.ts';
import { CALLER_TTL_MS, CallerCache, type CallerRow } from './caller-cache.ts';

/** Counts SELECTs from `users` while `recording` is on. */
class UserReads implements KyselyPlugin {
  count = 0;
  recording = false;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.recording && SelectQueryNode.is(args.node)) {
      const tables = (args.node.from?.froms ?? []).map((from) =>
        TableNode.is(from) ? from.table.identifier.name : '',
      );
      if (tables.includes('users')) this.count += 1;
    }
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

const row = (id: number, role: CallerRow['role'] = 'user'): CallerRow => ({
  id,
  public_id: `p${id}`,
  role,
  is_active: true,
});

describe('CallerCache', () => {
  it('serves a caller from memory within its lifetime, and reloads after it', async () => {
    const cache = new CallerCache(40);
    let loads = 0;
    const load = async () => {
      loads += 1;
      return row(1);
    };
    await cache.get('p1', load);
    await cache.get('p1', load);
    expect(loads).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await cache.get('p1', load);
    expect(loads).toBe(2);
  });

  it('forgets a user at once, tells the others, and caches nothing for them while unsettled', async () => {
    const cache = new CallerCache(60_000);
    const told: number[] = [];
    cache.onForget = (id) => told.push(id);
    let role: CallerRow['role'] = 'moderator';
    let loads = 0;
    const load = async () => {
      loads += 1;
      return row(7, role);
    };
    expect((await cache.get('p7', load))?.role).toBe('moderator');
    role = 'user';
    cache.forget(7);
    expect(told).toEqual([7]);
    expect((await cache.get('p7', load))?.role).toBe('user');
    await cache.get('p7', load);
    expect(loads).toBe(3);
  });

  it('does not keep a row whose load was in flight when the user was forgotten', async () => {
    const cache = new CallerCache(60_000);
    let release: (value: CallerRow) => void = () => {};
    const pending = cache.get('p3', () => new Promise<CallerRow>((resolve) => (release = resolve)));
    cache.forgetFromPeer(3);
    release(row(3, 'admin'));
    await pending;
    let loads = 0;
    const fresh = await cache.get('p3', async () => {
      loads += 1;
      return row(3, 'user');
    });
    expect(fresh?.role).toBe('user');
    expect(loads).toBe(1);
  });

  it('remembers that a public id has no user', async () => {
    const cache = new CallerCache(60_000);
    let loads = 0;
    const none = async () => {
      loads += 1;
      return undefined;
    };
    expect(await cache.get('gone', none)).toBeUndefined();
    expect(await cache.get('gone', none)).toBeUndefined();
    expect(loads).toBe(1);
  });
});

describe('the caller cache in the app', () => {
  const reads = new UserReads();
  let app: Awaited<ReturnType<typeof buildApp>>;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    const made = await testDatabase();
    dispose = made.dispose;
    const counted = { ...made.database, db: made.database.db.withPlugin(reads) };
    app = await buildApp(testConfig({ DATA_DIR: tempDir() }), { database: counted });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  it('an authenticated read of a cached caller reads no user row for authentication', async () => {
    const someone = await persona(app);
    const read = () => app.inject({ method: 'GET', url: '/api/notifications/', headers: someone.headers });
    expect((await read()).statusCode).toBe(200);
    reads.count = 0;
    reads.recording = true;
    try {
      for (let i = 0; i < 5; i += 1) expect((await read()).statusCode).toBe(200);
    } finally {
      reads.recording = false;
    }
    expect(reads.count).toBe(0);
  });

  it('a moderator demoted by an admin is refused on the very next request', async () => {
    const admin = await persona(app, 'admin');
    const moderator = await persona(app, 'moderator');
    const queue = () =>
      app.inject({ method: 'GET', url: '/api/moderation/reports/', headers: moderator.headers });
    expect((await queue()).statusCode).toBe(200);
    const demoted = await app.inject({
      method: 'POST',
      url: `/api/admin/users/${moderator.user.public_id}/role/`,
      headers: admin.headers,
      payload: { role: 'user' },
    });
    expect(demoted.statusCode).toBe(200);
    expect((await queue()).statusCode).toBe(403);
  });

  it('a deactivated or deleted account is refused on the very next request', async () => {
    const admin = await persona(app, 'admin');
    const someone = await persona(app);
    const me = () => app.inject({ method: 'GET', url: '/api/auth/user/', headers: someone.headers });
    expect((await me()).statusCode).toBe(200);
    const paused = await app.inject({
      method: 'POST',
      url: `/api/admin/users/${someone.user.public_id}/deactivate/`,
      headers: admin.headers,
    });
    expect(paused.statusCode).toBe(200);
    expect((await me()).statusCode).toBe(401);
  });

  it('a change behind the app’s back is seen within the cache’s lifetime', async () => {
    const someone = await persona(app);
    const me = () => app.inject({ method: 'GET', url: '/api/auth/user/', headers: someone.headers });
    expect((await me()).statusCode).toBe(200);
    await app.database.db
      .updateTable('users')
      .set({ is_active: false })
      .where('id', '=', someone.user.id)
      .execute();
    await new Promise((resolve) => setTimeout(resolve, CALLER_TTL_MS + 50));
    expect((await me()).statusCode).toBe(401);
  });
});

describe.runIf(RUN_DIALECT === 'postgres')('across processes (PostgreSQL LISTEN/NOTIFY)', () => {
  it('a user forgotten in one process is forgotten in the other', async () => {
    const made = await testDatabase();
    const log = Fastify({ logger: false }).log;
    if (made.config.dialect !== 'postgres') throw new Error('PostgreSQL only');
    const { url } = made.config;
    const caches = [new CallerCache(60_000), new CallerCache(60_000)] as const;
    const idle = { onRevoke: null, revokeFromPeer: () => {}, relevantSinceMicros: () => 0 };
    const fanouts = caches.map((callers) => {
      let connected: () => void = () => {};
      const up = new Promise<void>((resolve) => (connected = resolve));
      const fanout = startFanout(
        {
          revokedSince: async () => [],
          revocation: { ...idle },
          throttle: { onEvent: null, applyPeer: () => {} },
          callers,
          log,
        },
        (handlers) =>
          postgresChannel(url, made.database, log, {
            ...handlers,
            onConnected: () => {
              handlers.onConnected();
              connected();
            },
          }),
      );
      return { fanout, up };
    });
    try {
      await Promise.all(fanouts.map((f) => f.up));
      await caches[1].get('p42', async () => row(42, 'moderator'));
      expect(caches[1].size).toBe(1);
      caches[0].forget(42);
      const deadline = Date.now() + 5000;
      while (caches[1].size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(caches[1].size).toBe(0);
    } finally {
      for (const f of fanouts) await f.fanout.close();
      await made.dispose();
    }
  });
});
