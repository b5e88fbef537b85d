/**
 * The server purges expired sessions periodically (API.md C5): a first pass a minute after
 * start, then every hour. Each process runs it; the deletes are idempotent. Timers never keep the
 * process alive; the job stops when the app closes.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { nowMicros } from '../../lib/time.ts';
import { purgeExpiredSessions } from './sessions-purge.repository.ts';

/** Default pause between purges (ms). */
export const PURGE_INTERVAL_MS = 60 * 60_000;
const FIRST_PURGE_MS = 60_000;

/** Deletes expired sessions and their refresh tokens now (the CLI's `sessions purge`); returns the counts. */
export function purgeSessionsNow(db: Kysely<DB>, now = nowMicros()) {
  return purgeExpiredSessions(db, now);
}

/** Starts the periodic purge on an app's database; returns the function that stops it. */
export function startSessionPurge(
  app: Pick<FastifyInstance, 'database' | 'log'>,
  intervalMs = PURGE_INTERVAL_MS,
  firstMs = Math.min(FIRST_PURGE_MS, intervalMs),
): () => void {
  const run = async () => {
    try {
      const counts = await purgeExpiredSessions(app.database.db, nowMicros());
      if (counts.sessions > 0) app.log.info(counts, 'expired sessions purged');
    } catch (error) {
      app.log.warn({ err: error }, 'session purge failed; will retry');
    }
  };
  let interval: NodeJS.Timeout | null = null;
  const first = setTimeout(() => {
    void run();
    interval = setInterval(() => void run(), intervalMs);
    interval.unref();
  }, firstMs);
  first.unref();
  return () => {
    clearTimeout(first);
    if (interval !== null) clearInterval(interval);
  };
}

/** Runs the purge for the app's lifetime. */
export function registerSessionPurge(app: FastifyInstance): void {
  let stop: (() => void) | null = null;
  app.addHook('onReady', async () => {
    stop = startSessionPurge(app);
  });
  app.addHook('onClose', async () => {
    stop?.();
  });
}
