/**
 * The mail plugin: builds the transport `EMAIL_BACKEND` selects and the outbox worker, starts
 * the worker when the app is ready and, on close (`serve` in `cli/run.ts` closes the app on SIGTERM),
 * lets the send in progress finish and be recorded before the database closes.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { OutboxWorker } from './outbox.worker.ts';
import { createTransport, type MailTransport } from './transports.ts';

/** What the mail plugin exposes on the app. */
export interface MailService {
  /** The transport in use. */
  transport: MailTransport;
  /** This process's outbox worker. */
  worker: OutboxWorker;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Outgoing mail: the transport and the outbox worker. */
    mail: MailService;
  }
}

/** Registers mail delivery. */
async function mail(app: FastifyInstance): Promise<void> {
  const transport = createTransport(app.config);
  const worker = new OutboxWorker(app.database, transport, app.config.defaultFromEmail, app.log);
  app.decorate('mail', { transport, worker });
  app.addHook('onReady', async () => worker.start());
  // onClose hooks run in reverse order of registration, so this runs before the database closes.
  app.addHook('onClose', async () => {
    await worker.stop();
    await transport.close();
  });
}

/** The mail plugin, registered once in `app.ts`. */
export const mailPlugin = fp(mail, { name: 'mail', decorators: { fastify: ['config', 'database'] } });
