/**
 * `GET /metrics` (Prometheus text format) when `METRICS_ENABLED=true`. Never public: with
 * `METRICS_TOKEN` a scraper must send `Authorization: Bearer <token>`; without it only direct
 * loopback connections that carry no `X-Forwarded-For` are answered (so a request relayed by a
 * local proxy is refused even though it arrives from 127.0.0.1). deploy/nginx.conf denies the
 * path as well.
 */
import cluster from 'node:cluster';
import { timingSafeEqual } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PermissionDeniedError } from '../http/errors.ts';
import { countOutboxByStatus } from '../mail/outbox.repository.ts';
import { workerMetricsBridge } from './cluster-metrics.ts';
import { type GlobalValues, type ProcessSnapshot, RequestMetrics, renderMetrics } from './metrics.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** True when a request may read the metrics under the configured protection. */
export function metricsAllowed(request: FastifyRequest, token: string | null): boolean {
  if (token !== null) return sameSecret(request.headers.authorization ?? '', `Bearer ${token}`);
  return (
    LOOPBACK.has(request.socket.remoteAddress ?? '') &&
    request.headers['x-forwarded-for'] === undefined &&
    request.headers.forwarded === undefined
  );
}

/** Installs the request hooks and the `/metrics` route on the root instance. */
export function registerMetrics(app: FastifyInstance): void {
  const requests = new RequestMetrics();
  const loopDelay = monitorEventLoopDelay({ resolution: 20 });
  loopDelay.enable();
  app.addHook('onClose', async () => loopDelay.disable());

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });

  const own = (): ProcessSnapshot => {
    const values: Record<string, number> = {};
    const pool = app.database.poolStats?.();
    if (pool !== undefined) {
      values.mentalmuse_db_pool_connections = pool.total;
      values.mentalmuse_db_pool_idle = pool.idle;
      values.mentalmuse_db_pool_waiting = pool.waiting;
    }
    if (app.hasDecorator('accounts')) values.mentalmuse_revoked_sessions = app.accounts.revocation.size;
    if (app.redis !== null) values.mentalmuse_redis_up = app.redis.up ? 1 : 0;
    if (app.fanout !== null) {
      values.mentalmuse_fanout_up = app.fanout.channel.up ? 1 : 0;
      values.mentalmuse_fanout_published_total = app.fanout.stats.published;
      values.mentalmuse_fanout_received_total = app.fanout.stats.received;
      values.mentalmuse_fanout_publish_failures_total = app.fanout.stats.publishFailures;
    }
    values.mentalmuse_event_loop_delay_seconds = Number.isNaN(loopDelay.mean) ? 0 : loopDelay.mean / 1e9;
    loopDelay.reset();
    values.mentalmuse_shed_requests_total = app.shedRequests;
    const memory = process.memoryUsage();
    values.process_resident_memory_bytes = memory.rss;
    values.nodejs_heap_used_bytes = memory.heapUsed;
    return requests.snapshot(cluster.isWorker ? String(cluster.worker?.id ?? 0) : '0', values);
  };
  const gather = workerMetricsBridge(own);

  app.get(
    '/metrics',
    { config: { auth: 'none', rateLimit: false }, schema: { hide: true } },
    async (request, reply) => {
      if (!metricsAllowed(request, app.config.metrics.token)) throw new PermissionDeniedError();
      const global: GlobalValues = { outbox: null };
      try {
        global.outbox = await countOutboxByStatus(app.database.db);
      } catch {
        // No outbox (or no database right now): the other metrics still matter most.
      }
      const text = renderMetrics(await gather(), global);
      return reply
        .type('text/plain; version=0.0.4; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(text);
    },
  );
}
