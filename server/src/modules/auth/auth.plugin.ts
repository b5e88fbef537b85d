/**
 * The accounts plugin: loads keys and the revocation list, installs the access-token check as the
 * app's authenticator, parses cookies, and registers the auth routes. It decorates the app with
 * `accounts` (its context) so other modules (password change, deactivation) and tests can start
 * and revoke sessions.
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type AccountsContext, createAccountsContext } from './auth.context.ts';
import { accountsRoutes } from './auth.routes.ts';
import { scheduleDeletionSweeps } from './deletion-scheduler.ts';
import { mfaRoutes } from './mfa.routes.ts';
import { assertStaffFactor } from './mfa.service.ts';
import { oidcRoutes } from './oidc.routes.ts';
import { passkeysRoutes } from './passkeys.routes.ts';
import { sessionsRoutes } from './sessions.routes.ts';
import { authenticate } from './sessions.service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Keys, revocation list, throttle and config of the accounts module. */
    accounts: AccountsContext;
  }
}

/** Registers accounts, tokens and sessions. */
async function accounts(app: FastifyInstance): Promise<void> {
  const ctx = await createAccountsContext(app.config, app.database, app.wiring);
  app.decorate('accounts', ctx);
  ctx.revocation.listen((sessionId) => void app.wiring.events.publish('session.revoked', { sessionId }));
  await app.register(cookie);
  app.authenticator.verify = (token) => authenticate(ctx, token);
  app.staffGate.check = (user) => assertStaffFactor(ctx, user);
  await app.register(accountsRoutes);
  await app.register(sessionsRoutes);
  scheduleDeletionSweeps(app, ctx);
  await app.register(oidcRoutes);
  await app.register(mfaRoutes);
  await app.register(passkeysRoutes);
}

/** The accounts plugin, registered once in `app.ts`. */
export const accountsPlugin = fp(accounts, {
  name: 'auth',
  decorators: { fastify: ['config', 'database', 'wiring', 'authenticator', 'staffGate'] },
});
