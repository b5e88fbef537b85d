/**
 * Runs {@link deleteDueAccounts} every hour once the app is ready, so an account whose grace
 * period ended is deleted within the hour on whichever process runs it (the per-row delete
 * makes concurrent runs on several processes safe). Stops on close.
 */
import type { FastifyInstance } from 'fastify';
import { deleteDueAccounts } from './account-deletion.service.ts';
import type { AccountsContext } from './auth.context.ts';

/** How often due deletions are looked for. */
export const DELETION_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/** Starts the hourly sweep of due account deletions for this app. */
export function scheduleDeletionSweeps(app: FastifyInstance, ctx: AccountsContext): void {
  let timer: NodeJS.Timeout | null = null;
  const sweep = async () => {
    try {
      const deleted = await deleteDueAccounts(ctx);
      if (deleted > 0) app.log.info({ deleted }, 'scheduled account deletions done');
    } catch (error) {
      app.log.error({ err: error }, 'scheduled account deletion failed');
    }
  };
  app.addHook('onReady', async () => {
    timer = setInterval(() => void sweep(), DELETION_SWEEP_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer !== null) clearInterval(timer);
  });
}
