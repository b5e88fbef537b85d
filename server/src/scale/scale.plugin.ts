/**
 * Scale-out wiring, in two steps because of what each needs:
 * - {@link registerScale} runs after the security headers (a shed request's 503 carries them) and
 *   before the rate limiter: it connects Redis (`REDIS_URL`, for the shared rate-limit store),
 *   installs load shedding (`MAX_EVENT_LOOP_DELAY`) and metrics.
 * - {@link fanoutPlugin} runs after the accounts plugin: it connects the revocation, throttle and live-event
 *   fan-out (Redis pub/sub, else PostgreSQL `LISTEN/NOTIFY`, else nothing for one SQLite process).
 */
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ServiceUnavailableError } from '../http/errors.ts';
import { postgresChannel, redisChannel } from './channels.ts';
import {
  type CallerTarget,
  type Fanout,
  type LiveTarget,
  type RevocationTarget,
  type RevokedSession,
  startFanout,
  type ThrottleTarget,
} from './fanout.ts';
import { registerMetrics } from './metrics.plugin.ts';
import { connectRedis, type RedisHandle } from './redis.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The Redis command connection, or null without `REDIS_URL`. */
    redis: RedisHandle | null;
    /** The revocation fan-out, or null when this process needs none (SQLite). */
    fanout: Fanout | null;
    /** Requests refused by load shedding since start. */
    shedRequests: number;
  }
}

/** Seconds a shed request is told to wait. */
const SHED_RETRY_AFTER = 1;

/** Redis, load shedding and metrics; call on the root instance after `registerSecurityHeaders`, before `registerRateLimit`. */
export async function registerScale(app: FastifyInstance): Promise<void> {
  const { config } = app;
  const redis = config.redisUrl === null ? null : connectRedis(config.redisUrl, app.log, 'commands');
  app.decorate('redis', redis);
  app.decorate('fanout', null);
  app.decorate('shedRequests', 0);
  if (redis !== null) app.addHook('onClose', () => redis.close());

  // Draining: answers still in flight close their connection, so keep-alive clients (nginx's
  // upstream pool above all) cannot hold a stopping process open until the forced exit.
  let draining = false;
  app.addHook('preClose', async () => {
    draining = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (draining) reply.header('connection', 'close');
  });

  if (config.maxEventLoopDelay > 0) {
    await app.register(underPressure, {
      maxEventLoopDelay: config.maxEventLoopDelay * 1000,
      sampleInterval: 1000,
      // A rejection goes to the app's error handler: the usual 503 body with Retry-After.
      pressureHandler: async (request) => {
        app.shedRequests += 1;
        request.log.warn('event loop overloaded: request shed with 503');
        throw new ServiceUnavailableError(SHED_RETRY_AFTER);
      },
    });
  }
  if (config.metrics.enabled) registerMetrics(app);
}

/** What the fan-out needs from the modules: re-reading revoked sessions (auth's). */
export interface FanoutOptions {
  /** Sessions revoked since a time, from the database. */
  revokedSince: (sinceMicros: number) => Promise<readonly RevokedSession[]>;
  /** This process's revocation list. */
  revocation: RevocationTarget;
  /** This process's login throttle. */
  throttle: ThrottleTarget;
  /** This process's live events (the notifications module's relay). */
  live?: LiveTarget;
  /** This process's caller cache (the users module's). */
  callers?: CallerTarget;
}

async function fanout(app: FastifyInstance, options: FanoutOptions): Promise<void> {
  const { config, database } = app;
  const targets = { ...options, log: app.log };
  let running: Fanout | null = null;
  if (config.redisUrl !== null && app.redis !== null) {
    const { redisUrl } = config;
    const publisher = app.redis;
    running = startFanout(targets, (handlers) => redisChannel(redisUrl, publisher, app.log, handlers));
  } else if (config.database.dialect === 'postgres' && database.dialect === 'postgres') {
    const { url } = config.database;
    running = startFanout(targets, (handlers) => postgresChannel(url, database, app.log, handlers));
  }
  if (running === null) return;
  const started = running;
  app.fanout = started;
  app.addHook('onClose', () => started.close());
}

/** The revocation and login-throttle fan-out; register after the accounts plugin. */
export const fanoutPlugin = fp(fanout, {
  name: 'fanout',
  dependencies: ['auth'],
  decorators: { fastify: ['config', 'database'] },
});
