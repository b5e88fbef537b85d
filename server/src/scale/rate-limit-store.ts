/**
 * The `@fastify/rate-limit` store used with `REDIS_URL`: counters live in Redis (the plugin's own
 * `RedisStore`, one Lua `INCR`+`PEXPIRE` per request) so every process counts against the same
 * limit; while Redis is unreachable each process falls back to its own in-memory counters (the
 * plugin's `LocalStore`) instead of failing or letting everything through.
 */
import { createRequire } from 'node:module';
import type {
  FastifyRateLimitOptions,
  FastifyRateLimitStore,
  FastifyRateLimitStoreCtor,
} from '@fastify/rate-limit';
import type { Redis } from 'ioredis';
import type { RedisHandle } from './redis.ts';

type Store = FastifyRateLimitStore;
type Callback = Parameters<Store['incr']>[1];
type RouteOptions = Parameters<Store['child']>[0];
type LocalStoreClass = new (
  continueExceeding?: boolean,
  exponentialBackoff?: boolean,
  cache?: number,
) => Store;
type RedisStoreClass = new (
  continueExceeding: boolean | undefined,
  exponentialBackoff: boolean | undefined,
  redis: Redis,
  key?: string,
) => Store;

const require = createRequire(import.meta.url);
const LocalStore = require('@fastify/rate-limit/store/LocalStore.js') as LocalStoreClass;
const RedisStore = require('@fastify/rate-limit/store/RedisStore.js') as RedisStoreClass;

/** Key prefix of the shared counters in Redis. */
export const RATE_LIMIT_PREFIX = 'mentalmuse:rl:';

class FallbackStore implements Store {
  private readonly redis: RedisHandle;
  private readonly shared: Store;
  private readonly local: Store;

  constructor(redis: RedisHandle, shared: Store, local: Store) {
    this.redis = redis;
    this.shared = shared;
    this.local = local;
  }

  incr(key: string, callback: Callback, timeWindow: number, max: number): void {
    if (!this.redis.up) {
      this.local.incr(key, callback, timeWindow, max);
      return;
    }
    this.shared.incr(
      key,
      (error, result) => {
        if (error === null) callback(null, result);
        else this.local.incr(key, callback, timeWindow, max);
      },
      timeWindow,
      max,
    );
  }

  child(routeOptions: RouteOptions): Store {
    return new FallbackStore(this.redis, this.shared.child(routeOptions), this.local.child(routeOptions));
  }
}

/**
 * A store class for the plugin's `store` option: Redis first, this process's memory while Redis
 * is down. The plugin constructs it with its global options.
 */
export function redisFallbackStore(redis: RedisHandle): FastifyRateLimitStoreCtor {
  return class extends FallbackStore {
    constructor(pluginOptions: FastifyRateLimitOptions) {
      // The plugin passes its resolved global parameters, which carry these too.
      const options = pluginOptions as {
        continueExceeding?: boolean;
        exponentialBackoff?: boolean;
        cache?: number;
      };
      super(
        redis,
        new RedisStore(
          options.continueExceeding,
          options.exponentialBackoff,
          redis.client,
          RATE_LIMIT_PREFIX,
        ),
        new LocalStore(options.continueExceeding, options.exponentialBackoff, options.cache),
      );
    }
  };
}
