/**
 * Builds the app for HTTP tests on a fresh database of this run's dialect, with a temporary
 * DATA_DIR, and lets a test add route modules of its own. Every answer is checked against the
 * app's OpenAPI document (`openapi-validator.ts`); closing fails on any mismatch.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { testConfig } from '../../src/config.ts';
import type { AccountDataContributor } from '../../src/lib/account-data.ts';
import { tempDir, testDatabase } from './database.ts';
import { watchResponses } from './openapi-validator.ts';

/** Options for {@link createTestApp}. */
export interface TestAppOptions {
  /** Environment overrides for the config. */
  env?: Record<string, string>;
  /** Extra route modules. */
  modules?: ((app: FastifyInstance) => Promise<void>)[];
  /** Extra account-data contributors, standing in for a further module. */
  accountData?: AccountDataContributor[];
}

/** A test's own routes are probes, not part of the API: they stay out of the OpenAPI document. */
function probeModule(module: (app: FastifyInstance) => Promise<void>) {
  return async (scope: FastifyInstance) => {
    scope.addHook('onRoute', (route) => {
      route.schema = { ...(route.schema ?? {}), hide: true };
    });
    await module(scope);
  };
}

/** A built app plus a disposer that closes it and drops its database. */
export async function createTestApp(options: TestAppOptions = {}) {
  const { database, dispose } = await testDatabase();
  const config = testConfig({ DATA_DIR: tempDir(), ...options.env });
  const app = await buildApp(config, {
    database,
    modules: (options.modules ?? []).map(probeModule),
    accountData: options.accountData ?? [],
  });
  const answers = watchResponses(app);
  await app.ready();
  return {
    app,
    config,
    database,
    /** Every answer so far that does not match the OpenAPI document. */
    mismatches: answers.mismatches,
    /** Closes the app and drops its database; fails when an answer did not match the document. */
    close: async () => {
      await app.close();
      await dispose();
      answers.assertConforming();
    },
  };
}
