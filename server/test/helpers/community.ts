/**
 * Helpers for the community suites: an app whose database counts executed queries, the five
 * personas of the permission matrix (anonymous, other user, owner, moderator, admin) and
 * factories for posts and comments through the real HTTP routes.
 */
import type { FastifyInstance } from 'fastify';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { buildApp } from '../../src/app.ts';
import { testConfig } from '../../src/config.ts';
import type { Role } from '../../src/db/schema.ts';
import { type UserRow, updateUserRole } from '../../src/modules/users/users.repository.ts';
import { type AuthHeaders, authHeaders, createUser } from './auth.ts';
import { tempDir, testDatabase } from './database.ts';
import { watchResponses } from './openapi-validator.ts';

/** Counts every query the database executes. */
export class QueryCounter implements KyselyPlugin {
  /** Queries executed since the last reset. */
  count = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.count += 1;
    return args.result;
  }
  /** Runs `fn` and returns how many queries it executed. */
  async around(fn: () => Promise<unknown>): Promise<number> {
    this.count = 0;
    await fn();
    return this.count;
  }
}

/** A test app on a fresh database whose queries are counted (answers checked against the OpenAPI document). */
export async function createCommunityApp(env: Record<string, string> = {}) {
  const { database, dispose } = await testDatabase();
  const queries = new QueryCounter();
  const counted = { ...database, db: database.db.withPlugin(queries) };
  const app = await buildApp(testConfig({ DATA_DIR: tempDir(), ...env }), { database: counted });
  const answers = watchResponses(app);
  await app.ready();
  // The outbox worker polls on a timer; its queries would land in the counting windows.
  await app.mail.worker.stop();
  return {
    app,
    database: counted,
    queries,
    close: async () => {
      await app.close();
      await dispose();
      answers.assertConforming();
    },
  };
}

/** A user with a role and Bearer headers. */
export interface Persona {
  user: UserRow;
  headers: AuthHeaders;
}

/** Creates a user with a role and opens a session for them. */
export async function persona(app: FastifyInstance, role: Role = 'user'): Promise<Persona> {
  const user = await createUser(app);
  if (role !== 'user') await updateUserRole(app.database.db, user.id, role);
  return { user: { ...user, role }, headers: await authHeaders(app, user) };
}

/** The permission matrix's callers: owner (writes the content), another user, a moderator, an admin. */
export async function personas(app: FastifyInstance) {
  const [owner, other, moderator, admin] = await Promise.all([
    persona(app),
    persona(app),
    persona(app, 'moderator'),
    persona(app, 'admin'),
  ]);
  return { owner, other, moderator, admin };
}

/** Creates a post through `POST /api/post/`; returns the response body. */
export async function makePost(
  app: FastifyInstance,
  as: Persona,
  fields: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/post/',
    headers: as.headers,
    payload: { body: 'A post', ...fields },
  });
  if (response.statusCode !== 201) throw new Error(`create post: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Creates a comment through the API; returns the response body. */
export async function makeComment(
  app: FastifyInstance,
  as: Persona,
  postId: string,
  fields: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const response = await app.inject({
    method: 'POST',
    url: `/api/post/${postId}/comment/`,
    headers: as.headers,
    payload: { body: 'A comment', ...fields },
  });
  if (response.statusCode !== 201) throw new Error(`create comment: ${response.statusCode} ${response.body}`);
  return response.json();
}
