/**
 * `serve --workers N`: a Node cluster. The primary migrates once, forks N workers that share the
 * listening socket (the primary hands connections out round-robin), restarts a worker that dies,
 * gathers metrics for `/metrics`, and on SIGTERM/SIGINT asks every worker to drain (each closes
 * its server, finishes in-flight requests and its outbox send) and exits 0 once all have, or 1
 * after 10 s. Workers are ordinary `serve` processes: stateless, sharing PostgreSQL and Redis.
 *
 * Why a cluster rather than N processes on N ports: one port, one systemd unit and one nginx
 * upstream entry per machine, crashed workers restarted in-process, and metrics aggregated in one
 * place. Independent processes (`PORT=8001 mentalmuse serve`, …) work just as well behind nginx
 * — nothing in a worker depends on the cluster — and are what the multi-process tests start.
 */
import cluster, { type Worker } from 'node:cluster';
import type { Config } from '../config.ts';
import { servePrimaryMetrics } from './cluster-metrics.ts';

/** Grace period for a drain before workers are killed, in milliseconds. */
const DRAIN_TIMEOUT_MS = 10_000;
/** Pause before replacing a worker that died, in milliseconds (a crash loop must not spin). */
const RESTART_DELAY_MS = 1000;

/**
 * The worker count from `--workers` (or `WORKERS`); a message instead when it is unusable,
 * including several workers on SQLite (one file lock, and no revocation fan-out without Redis).
 */
export function resolveWorkers(flag: string | true | undefined, config: Config): number | string {
  let workers = config.workers;
  if (flag !== undefined) {
    const value = flag === true ? Number.NaN : Number(flag);
    if (!Number.isInteger(value) || value < 1 || value > 256)
      return '--workers needs a whole number between 1 and 256.';
    workers = value;
  }
  if (workers > 1 && config.database.dialect === 'sqlite')
    return `Refusing to start ${workers} workers on SQLite: writes serialise on one file and revocations would not reach the other workers. Use PostgreSQL (DATABASE_URL=postgres://…) for more than one process, or run one.`;
  return workers;
}

function log(level: number, msg: string, extra: Record<string, unknown> = {}): void {
  process.stdout.write(
    `${JSON.stringify({ level, time: Date.now(), pid: process.pid, role: 'primary', msg, ...extra })}\n`,
  );
}

/**
 * Runs the cluster primary: forks `count` workers (which re-run this command and serve) and
 * supervises them. Resolves to -1 (keep running); the process exits from the signal handler.
 */
export function runPrimary(count: number): number {
  let stopping = false;
  const live = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
  const fork = () => cluster.fork();

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    log(50, 'worker died; starting a replacement', { worker: worker.id, code, signal });
    setTimeout(() => {
      if (!stopping) fork();
    }, RESTART_DELAY_MS).unref();
  });
  servePrimaryMetrics(live);

  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(30, 'draining workers', { signal });
    const workers = live();
    let failed = false;
    const timer = setTimeout(() => {
      log(50, 'workers did not finish in time; killing them');
      for (const w of live()) w.process.kill('SIGKILL');
      process.exit(1);
    }, DRAIN_TIMEOUT_MS);
    let remaining = workers.length;
    const done = () => {
      clearTimeout(timer);
      process.exit(failed ? 1 : 0);
    };
    if (remaining === 0) return done();
    for (const w of workers) {
      w.once('exit', (code) => {
        if (code !== 0) failed = true;
        remaining -= 1;
        if (remaining === 0) done();
      });
      w.process.kill('SIGTERM');
    }
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  log(30, `starting ${count} workers`, { workers: count });
  for (let i = 0; i < count; i++) fork();
  return -1;
}
