/**
 * Builds the app for HTTP tests on a fresh database of this run's dialect, with a temporary
 * DATA_DIR, and lets a test add route modules of its own.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { testConfig } from '../../src/config.ts';
import type { AccountDataContributor } from '../../src/lib/account-data.ts';
import { tempDir, testDatabase } from './database.ts';

/** Options for {@link createTestApp}. */
export interface TestAppOptions {
  /** Environment overrides for the config. */
  env?: Record<string, string>;
  /** Extra route modules. */
  modules?: ((app: FastifyInstance) => Promise<void>)[];
  /** Extra account-data contributors, standing in for a further module. */
  accountData?: AccountDataContributor[];
}

/** A built app plus a disposer that closes it and drops its database. */
export async function createTestApp(options: TestAppOptions = {}) {
  const { database, dispose } = await testDatabase();
  const config = testConfig({ DATA_DIR: tempDir(), ...options.env });
  const app = await buildApp(config, {
    database,
    modules: options.modules ?? [],
    accountData: options.accountData ?? [],
  });
  await app.ready();
  return {
    app,
    config,
    database,
    close: async () => {
      await app.close();
      await dispose();
    },
  };
}
