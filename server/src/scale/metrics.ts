/**
 * Prometheus metrics in the text exposition format (version 0.0.4). Each process keeps its own
 * counters as a JSON-able snapshot; `renderMetrics` merges the snapshots of every worker (the
 * cluster primary gathers them) with a `worker` label, plus gauges read once per scrape.
 */

/** Upper bounds of the request-duration histogram, in seconds. */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

/** One histogram series: cumulative bucket counts, sum and count. */
interface HistogramSeries {
  buckets: number[];
  sum: number;
  count: number;
}

/** Everything one process reports. */
export interface ProcessSnapshot {
  /** Worker label (`0` outside a cluster). */
  worker: string;
  /** `method route status` → requests answered. */
  requests: Record<string, number>;
  /** `method route` → duration histogram. */
  durations: Record<string, HistogramSeries>;
  /** Gauges and counters of this process: name → value (names carry their own type below). */
  values: Record<string, number>;
}

/** Name, type and help of every per-process value a snapshot may carry. */
export const PROCESS_VALUES: Record<string, { type: 'gauge' | 'counter'; help: string }> = {
  mentalmuse_db_pool_connections: { type: 'gauge', help: 'PostgreSQL pool connections open.' },
  mentalmuse_db_pool_idle: { type: 'gauge', help: 'PostgreSQL pool connections idle.' },
  mentalmuse_db_pool_waiting: { type: 'gauge', help: 'Queries waiting for a PostgreSQL pool connection.' },
  mentalmuse_revoked_sessions: { type: 'gauge', help: 'Revoked sessions held in memory.' },
  mentalmuse_redis_up: { type: 'gauge', help: '1 while Redis is reachable (absent without REDIS_URL).' },
  mentalmuse_fanout_up: { type: 'gauge', help: '1 while subscribed to the revocation fan-out.' },
  mentalmuse_fanout_published_total: { type: 'counter', help: 'Fan-out messages published.' },
  mentalmuse_fanout_received_total: {
    type: 'counter',
    help: 'Fan-out messages from other processes applied.',
  },
  mentalmuse_fanout_publish_failures_total: { type: 'counter', help: 'Fan-out publications that failed.' },
  mentalmuse_event_loop_delay_seconds: { type: 'gauge', help: 'Mean event-loop delay (last sample).' },
  mentalmuse_shed_requests_total: { type: 'counter', help: 'Requests answered 503 by load shedding.' },
  process_resident_memory_bytes: { type: 'gauge', help: 'Resident memory size.' },
  nodejs_heap_used_bytes: { type: 'gauge', help: 'V8 heap used.' },
};

/** Per-process request counters. */
export class RequestMetrics {
  private readonly requests = new Map<string, number>();
  private readonly durations = new Map<string, HistogramSeries>();

  /** Records one answered request. */
  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${route} ${status}`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const durationKey = `${method} ${route}`;
    let series = this.durations.get(durationKey);
    if (series === undefined) {
      series = { buckets: DURATION_BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.durations.set(durationKey, series);
    }
    for (const [index, bound] of DURATION_BUCKETS.entries())
      if (seconds <= bound) series.buckets[index] = (series.buckets[index] ?? 0) + 1;
    series.sum += seconds;
    series.count += 1;
  }

  /** A copy of the counters with this process's gauges. */
  snapshot(worker: string, values: Record<string, number>): ProcessSnapshot {
    return {
      worker,
      requests: Object.fromEntries(this.requests),
      durations: Object.fromEntries(this.durations),
      values,
    };
  }
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function labels(pairs: Record<string, string>): string {
  const inner = Object.entries(pairs)
    .map(([k, v]) => `${k}="${escapeLabel(v)}"`)
    .join(',');
  return `{${inner}}`;
}

/** Global gauges read once per scrape (not per process). */
export interface GlobalValues {
  /** Outbox rows by status, or null when the outbox cannot be read. */
  outbox: Record<string, number> | null;
}

/** Renders snapshots and global values as one Prometheus text document. */
export function renderMetrics(snapshots: ProcessSnapshot[], global: GlobalValues): string {
  const out: string[] = [];
  out.push('# HELP mentalmuse_http_requests_total HTTP requests answered, by route and status.');
  out.push('# TYPE mentalmuse_http_requests_total counter');
  for (const snap of snapshots) {
    for (const [key, count] of Object.entries(snap.requests)) {
      const [method = '', route = '', status = ''] = key.split(' ');
      out.push(
        `mentalmuse_http_requests_total${labels({ worker: snap.worker, method, route, status })} ${count}`,
      );
    }
  }
  out.push('# HELP mentalmuse_http_request_duration_seconds Time to answer, by route.');
  out.push('# TYPE mentalmuse_http_request_duration_seconds histogram');
  for (const snap of snapshots) {
    for (const [key, series] of Object.entries(snap.durations)) {
      const [method = '', route = ''] = key.split(' ');
      const base = { worker: snap.worker, method, route };
      for (const [index, bound] of DURATION_BUCKETS.entries())
        out.push(
          `mentalmuse_http_request_duration_seconds_bucket${labels({ ...base, le: String(bound) })} ${series.buckets[index] ?? 0}`,
        );
      out.push(
        `mentalmuse_http_request_duration_seconds_bucket${labels({ ...base, le: '+Inf' })} ${series.count}`,
      );
      out.push(`mentalmuse_http_request_duration_seconds_sum${labels(base)} ${series.sum}`);
      out.push(`mentalmuse_http_request_duration_seconds_count${labels(base)} ${series.count}`);
    }
  }
  for (const [name, meta] of Object.entries(PROCESS_VALUES)) {
    const rows = snapshots.filter((s) => s.values[name] !== undefined);
    if (rows.length === 0) continue;
    out.push(`# HELP ${name} ${meta.help}`, `# TYPE ${name} ${meta.type}`);
    for (const snap of rows) out.push(`${name}${labels({ worker: snap.worker })} ${snap.values[name]}`);
  }
  if (global.outbox !== null) {
    out.push('# HELP mentalmuse_outbox_messages Mail outbox rows by status (pending + sending = backlog).');
    out.push('# TYPE mentalmuse_outbox_messages gauge');
    for (const [status, count] of Object.entries(global.outbox))
      out.push(`mentalmuse_outbox_messages${labels({ status })} ${count}`);
  }
  return `${out.join('\n')}\n`;
}
