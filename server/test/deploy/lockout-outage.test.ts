/**
 * Login failures counted while Redis is down still reach the other processes once it is back: two
 * fan-outs (each with its own throttle, as two app processes have) over a real `redis-server`,
 * which is killed and restarted on the same port in between.
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { revokedSessionsSince } from '../../src/modules/auth/index.ts';
import { LoginThrottle } from '../../src/modules/auth/login-throttle.ts';
import { RevocationList } from '../../src/modules/auth/revocation.ts';
import { redisChannel } from '../../src/scale/channels.ts';
import { type Fanout, startFanout } from '../../src/scale/fanout.ts';
import { connectRedis, type RedisHandle } from '../../src/scale/redis.ts';
import { testDatabase } from '../helpers/database.ts';
import { startRedis, waitFor } from './services.ts';

const log = Fastify({ logger: false }).log;
const IP = '203.0.113.9';

function locked(throttle: LoginThrottle, who: string): boolean {
  try {
    throttle.check(who, '198.51.100.1');
    return false;
  } catch {
    return true;
  }
}

describe('lockouts earned while Redis is down', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let database: Database;
  let dispose: () => Promise<void>;
  const processes: { throttle: LoginThrottle; fanout: Fanout; publisher: RedisHandle }[] = [];

  beforeAll(async () => {
    ({ database, dispose } = await testDatabase());
    redis = await startRedis();
    for (let i = 0; i < 2; i += 1) {
      const throttle = new LoginThrottle(3);
      const publisher = connectRedis(redis.url, log, 'commands');
      const targets = {
        revokedSince: (since: number) => revokedSessionsSince(database.db, since),
        revocation: new RevocationList(300),
        throttle,
        log,
      };
      const fanout = startFanout(targets, (handlers) => redisChannel(redis.url, publisher, log, handlers));
      processes.push({ throttle, fanout, publisher });
    }
    await waitFor(async () => processes.every((p) => p.fanout.channel.up), 10_000, 'both subscribed');
  });
  afterAll(async () => {
    for (const p of processes) {
      await p.fanout.close();
      await p.publisher.close();
    }
    await redis.stop();
    await dispose();
  });

  it('reach the other process once Redis is back', async () => {
    const [a, b] = processes;
    if (a === undefined || b === undefined) throw new Error('two processes expected');
    // While up: a lockout on A is honoured on B.
    for (let i = 0; i < 8; i += 1) a.throttle.fail('carol', IP);
    await waitFor(async () => locked(b.throttle, 'carol'), 5000, 'lockout while Redis is up');

    await redis.stop();
    await waitFor(async () => !a.fanout.channel.up && !b.fanout.channel.up, 10_000, 'both notice the outage');
    for (let i = 0; i < 8; i += 1) a.throttle.fail('dave', IP);
    expect(locked(a.throttle, 'dave')).toBe(true);
    expect(locked(b.throttle, 'dave')).toBe(false);

    redis = await startRedis(redis.port);
    await waitFor(
      async () => locked(b.throttle, 'dave'),
      15_000,
      'the held lockout reaches B after the outage',
    );
  }, 45_000);
});
