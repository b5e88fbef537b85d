/**
 * The two transports of the fan-out: Redis pub/sub (with `REDIS_URL`) and PostgreSQL
 * `LISTEN/NOTIFY` (PostgreSQL without Redis). Both deliver every message to every subscribed
 * process, the sender included (the fan-out ignores its own), reconnect by themselves, and call
 * `onConnected` after each (re)subscription so the receiver can catch up on what it missed.
 */
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import type pg from 'pg';
import type { Database } from '../db/database.ts';
import { loadPg } from '../lib/load-at-first-use.ts';
import { connectRedis, type RedisHandle } from './redis.ts';

/** Redis channel and PostgreSQL notification channel name. */
export const FANOUT_CHANNEL = 'mentalmuse_fanout';

/** What a channel reports to its owner. */
export interface ChannelHandlers {
  /** One message, as published. */
  onMessage(payload: string): void;
  /** Subscribed (again): messages may have been missed while not. */
  onConnected(): void;
  /** Lost the subscription; messages are missed until `onConnected`. */
  onDisconnected(): void;
}

/** A pub/sub transport. */
export interface FanoutChannel {
  /** `redis` or `postgres`. */
  readonly kind: 'redis' | 'postgres';
  /** True while subscribed. */
  readonly up: boolean;
  /** Sends a message to every subscriber; rejects when the transport is down. */
  publish(payload: string): Promise<void>;
  /** Unsubscribes and closes the subscriber connection. */
  close(): Promise<void>;
}

/** Redis pub/sub: a dedicated subscriber connection; publishing uses the shared command client. */
export function redisChannel(
  url: string,
  publisher: RedisHandle,
  log: FastifyBaseLogger,
  handlers: ChannelHandlers,
): FanoutChannel {
  const subscriber = connectRedis(url, log, 'subscriber');
  let up = false;
  subscriber.client.on('message', (_channel: string, payload: string) => handlers.onMessage(payload));
  subscriber.client.on('ready', () => {
    subscriber.client.subscribe(FANOUT_CHANNEL).then(
      () => {
        up = true;
        handlers.onConnected();
      },
      () => {},
    );
  });
  subscriber.client.on('close', () => {
    if (!up) return;
    up = false;
    handlers.onDisconnected();
  });
  return {
    kind: 'redis',
    get up() {
      return up;
    },
    publish: async (payload) => {
      await publisher.client.publish(FANOUT_CHANNEL, payload);
    },
    close: () => subscriber.close(),
  };
}

/** Longest pause between reconnection attempts of the listening connection, in milliseconds. */
const MAX_LISTEN_RETRY_MS = 2000;

/**
 * PostgreSQL `LISTEN/NOTIFY`: one dedicated connection outside the pool listens (reconnecting
 * with backoff after a restart); `pg_notify` goes through the pool.
 */
export function postgresChannel(
  url: string,
  database: Database,
  log: FastifyBaseLogger,
  handlers: ChannelHandlers,
): FanoutChannel {
  let client: pg.Client | null = null;
  let up = false;
  let closed = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | null = null;

  const lost = (from: pg.Client, error?: Error) => {
    if (closed || from !== client) return;
    if (up) {
      up = false;
      log.error({ err: error }, 'LISTEN connection to PostgreSQL lost; reconnecting');
      handlers.onDisconnected();
    }
    client?.removeAllListeners();
    client?.on('error', () => {});
    client?.end().catch(() => {});
    client = null;
    attempt += 1;
    timer = setTimeout(connect, Math.min(attempt * 100, MAX_LISTEN_RETRY_MS));
    timer.unref();
  };

  const connect = () => {
    timer = null;
    if (closed) return;
    const next = new (loadPg().Client)({ connectionString: url, application_name: 'mentalmuse-listen' });
    client = next;
    next.on('notification', (message) => {
      if (message.channel === FANOUT_CHANNEL && message.payload !== undefined)
        handlers.onMessage(message.payload);
    });
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next));
    next
      .connect()
      .then(() => next.query(`LISTEN ${FANOUT_CHANNEL}`))
      .then(
        () => {
          if (closed || client !== next) return;
          attempt = 0;
          const again = up === false;
          up = true;
          if (again) handlers.onConnected();
        },
        (error: Error) => lost(next, error),
      );
  };
  connect();

  return {
    kind: 'postgres',
    get up() {
      return up;
    },
    publish: async (payload) => {
      await sql`select pg_notify(${FANOUT_CHANNEL}, ${payload})`.execute(database.db);
    },
    close: async () => {
      closed = true;
      up = false;
      if (timer !== null) clearTimeout(timer);
      const current = client;
      client = null;
      current?.removeAllListeners();
      current?.on('error', () => {});
      await current?.end().catch(() => {});
    },
  };
}
