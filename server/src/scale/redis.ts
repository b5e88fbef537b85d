/**
 * Redis connections for the scale-out features. Redis is optional and never a single point of
 * failure: commands fail fast while it is unreachable (no offline queue), callers fall back to
 * process-local state, the client keeps reconnecting in the background, and every transition is
 * logged loudly once (down at `error` level, back at `warn`).
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import { loadIoredis } from '../lib/load-at-first-use.ts';

/** Longest pause between reconnection attempts, in milliseconds. */
const MAX_RECONNECT_DELAY_MS = 2000;

/** A Redis client plus whether it is usable right now. */
export interface RedisHandle {
  /** The client; commands reject at once while disconnected. */
  client: Redis;
  /** True while connected and ready. */
  readonly up: boolean;
  /** Closes the connection (no reconnection afterwards). */
  close(): Promise<void>;
}

/**
 * Connects to `url` in the background (the app starts even when Redis is down) and logs each
 * change of state. `role` names the connection in logs (`commands`, `subscriber`).
 */
export function connectRedis(url: string, log: FastifyBaseLogger, role: string): RedisHandle {
  const client = new (loadIoredis().Redis)(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS),
    autoResubscribe: true,
    lazyConnect: false,
  });
  let up = false;
  let everUp = false;
  let reportedDown = false;
  client.on('ready', () => {
    up = true;
    reportedDown = false;
    if (everUp) log.warn({ redis: role }, 'Redis is reachable again; shared state resumes');
    everUp = true;
  });
  const down = (error?: Error) => {
    up = false;
    if (reportedDown) return;
    reportedDown = true;
    log.error(
      { redis: role, err: error },
      'Redis is unreachable: falling back to per-process rate limits; reconnecting in the background',
    );
  };
  client.on('error', (error: Error) => down(error));
  client.on('close', () => {
    if (up) down();
  });
  return {
    client,
    get up() {
      return up;
    },
    close: async () => {
      client.disconnect(false);
    },
  };
}
