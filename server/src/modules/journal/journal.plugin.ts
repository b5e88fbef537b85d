/**
 * The journal plugin: loads the encryption keys and the crisis resources once, registers the
 * check-in, entry, reminder and insights routes, marks every journal response
 * `Cache-Control: no-store`, sweeps for due check-in reminders, and (at module load) the journal's share of account export and deletion.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { commonErrors, FieldErrorsBody } from '../../http/schemas.ts';
import { supportBlockFor } from '../../lib/crisis-resources.ts';
import { checkinsRoutes } from './checkins.routes.ts';
import { loadJournalCipher } from './crypto.ts';
import { entriesRoutes } from './entries.routes.ts';
import { InsightsQuery, InsightsSchema } from './insights.schemas.ts';
import { getInsights } from './insights.service.ts';
import type { JournalContext } from './journal.context.ts';
import './journal.contributor.ts';
import { remindersRoutes } from './reminders.routes.ts';
import { type RemindersContext, sendDueReminders } from './reminders.service.ts';

/** Registers the journal (an encapsulated plugin: its hook touches only journal routes). */
async function journalRoutesPlugin(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const ctx: JournalContext = {
    database: app.database,
    cipher: loadJournalCipher(app.config),
    support: supportBlockFor(app.config.crisisResourcesFile),
  };
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });
  await app.register(checkinsRoutes(ctx));
  await app.register(entriesRoutes(ctx));
  const reminders: RemindersContext = { config: app.config, database: app.database };
  await app.register(remindersRoutes(reminders));
  startReminderSweep(app, reminders);

  app.get(
    '/api/journal/insights/',
    {
      schema: {
        tags: ['journal'],
        summary: 'Patterns in your check-ins (see docs/insights.md)',
        querystring: InsightsQuery,
        response: { 200: InsightsSchema, 400: FieldErrorsBody, ...commonErrors },
      },
    },
    async (request) => getInsights(ctx, request.caller(), request.query),
  );
}

/** Sweeps for due reminders every `REMINDER_SWEEP_INTERVAL` seconds (0: never, as in tests). */
function startReminderSweep(app: FastifyInstance, reminders: RemindersContext): void {
  const seconds = app.config.reminderSweepInterval;
  if (seconds === 0) return;
  const timer = setInterval(() => {
    sendDueReminders(reminders).catch((err: unknown) => app.log.error({ err }, 'reminder sweep failed'));
  }, seconds * 1000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}

/** The `journal` plugin: its routes, encapsulated, with the plugins and decorations it needs declared. */
export const journalRoutes = fp(journalRoutesPlugin, {
  name: 'journal',
  encapsulate: true,
  decorators: { fastify: ['config', 'database'] },
});
