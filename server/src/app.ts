/**
 * `buildApp(config)`: the whole HTTP application as a Fastify instance, ready for `inject` in
 * tests or `listen` in `serve` (`cli/run.ts`). It never listens itself.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import addFormats from 'ajv-formats';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/database.ts';
import { keepAuthenticationLast, registerAuthentication } from './http/auth.ts';
import { registerCaller } from './http/caller.ts';
import {
  answerFrameworkError,
  collectRoutes,
  registerConventions,
  registerMethodNotAllowed,
} from './http/conventions.ts';
import { registerOpenApi, registerOpenApiRoutes } from './http/openapi.ts';
import { registerRateLimit, registerSecurityHeaders } from './http/security.ts';
import { registerStatic } from './http/static.ts';
import { httpsOptions } from './http/tls.ts';
import { screenUrl } from './http/urls.ts';
import type { AccountDataContributor } from './lib/account-data.ts';
import { prettyLogStream, resolveLogFormat } from './lib/pretty-log.ts';
import { mailPlugin } from './mail/mail.plugin.ts';
import { adminRoutes } from './modules/admin/index.ts';
import {
  accountRoutes,
  accountsPlugin,
  emailFlowsRoutes,
  registerSessionPurge,
  revokedSessionsSince,
} from './modules/auth/index.ts';
import { commentsRoutes, postsRoutes } from './modules/community/index.ts';
import { healthRoutes } from './modules/health/index.ts';
import { journalRoutes } from './modules/journal/index.ts';
import { moderationRoutes } from './modules/moderation/index.ts';
import {
  liveRelayFor,
  liveRoutes,
  notificationsContext,
  notificationsRoutes,
} from './modules/notifications/index.ts';
import { filtersRoutes, relationsRoutes } from './modules/safety/index.ts';
import { callerCache, usersRoutes } from './modules/users/index.ts';
import { type ModuleWiring, wireModules } from './modules/wiring.ts';
import { fanoutPlugin, registerScale } from './scale/scale.plugin.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The validated configuration. */
    config: Config;
    /** The open database. */
    database: Database;
    /** The domain event bus and account-data contributors (`modules/wiring.ts`). */
    wiring: ModuleWiring;
  }
}

/** Options for {@link buildApp}. */
export interface BuildOptions {
  /** An already open (and migrated) database; otherwise one is opened from the config and closed with the app. */
  database?: Database;
  /** Extra route modules (tests use this to exercise the shared conventions). */
  modules?: ((app: FastifyInstance) => Promise<void>)[];
  /** Extra account-data contributors (tests stand in for a further module with these). */
  accountData?: AccountDataContributor[];
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * A hop count becomes a function: Fastify 5 given a plain number does not honour
 * `X-Forwarded-Proto`/`-For`/`-Host` (measured), while a trust function with the same meaning does.
 */
function trustProxyOption(value: Config['trustProxy']) {
  if (typeof value !== 'number') return value;
  return (_address: string, hop: number) => hop < value;
}

/** Builds the application for a configuration. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const https = httpsOptions(config);
  const app = Fastify({
    ...(https === null ? {} : { https }),
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrftoken"]'],
      ...(resolveLogFormat(config.logFormat, process.stdout.isTTY === true) === 'pretty'
        ? { stream: prettyLogStream(process.stdout) }
        : {}),
    },
    trustProxy: trustProxyOption(config.trustProxy),
    bodyLimit: config.bodyLimit,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    requestIdHeader: false,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    ajv: {
      customOptions: {
        allErrors: true,
        verbose: true,
        removeAdditional: 'all',
        coerceTypes: 'array',
        useDefaults: true,
        // NaN and ±Infinity are not numbers (nor integers) to the validator either.
        strictNumbers: true,
        keywords: ['x-secret'],
      },
      plugins: [addFormats as never],
    },
    return503OnClosing: true,
    rewriteUrl: screenUrl,
    frameworkErrors: answerFrameworkError,
  }).withTypeProvider<TypeBoxTypeProvider>();

  const database =
    options.database ??
    openDatabase(config.database, {
      sqliteSynchronous: config.sqliteSynchronous,
      poolSize: config.databasePoolSize,
    });
  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate(
    'wiring',
    wireModules(app.log, options.accountData, {
      database,
      notifications: (events, safety) => notificationsContext(config, database, events, safety),
    }),
  );
  if (options.database === undefined) app.addHook('onClose', () => database.close());
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // Order matters: headers first (every answer, refusals included, carries them), then what may
  // refuse a request cheaply (load shedding, the rate limiter), authentication last.
  const routes = collectRoutes(app);
  registerConventions(app);
  registerAuthentication(app);
  registerCaller(app);
  await registerSecurityHeaders(app, config);
  await registerScale(app);
  await registerRateLimit(app, config);
  keepAuthenticationLast(app);
  await registerOpenApi(app);

  await app.register(healthRoutes);
  await app.register(postsRoutes);
  await app.register(commentsRoutes);
  await app.register(moderationRoutes);
  await app.register(mailPlugin);
  await app.register(accountsPlugin);
  registerSessionPurge(app);
  await app.register(fanoutPlugin, {
    revokedSince: (since: number) => revokedSessionsSince(database.db, since),
    revocation: app.accounts.revocation,
    throttle: app.accounts.throttle,
    live: liveRelayFor(app.wiring.events),
    callers: callerCache,
  });
  await app.register(emailFlowsRoutes);
  await app.register(usersRoutes);
  await app.register(journalRoutes);
  await app.register(accountRoutes);
  await app.register(adminRoutes);
  await app.register(notificationsRoutes);
  await app.register(liveRoutes);
  await app.register(relationsRoutes);
  await app.register(filtersRoutes);
  for (const module of options.modules ?? []) await app.register(module);

  await registerOpenApiRoutes(app);
  await registerStatic(app, path.join(config.dataDir, 'media'));
  registerMethodNotAllowed(app, routes);
  return app;
}
