/**
 * The cast of a permission-matrix test: two ordinary users, a moderator and an admin, each with
 * a session and its `Authorization` header.
 */
import type { FastifyInstance } from 'fastify';
import type { UserRow } from '../../src/modules/users/users.repository.ts';
import { type AuthHeaders, authHeaders, createUser } from './auth.ts';

/** Who plays which part. */
export type MatrixRole = 'alice' | 'bob' | 'moderator' | 'admin';

/** The users (created oldest first: admin, moderator, bob, alice) and their headers. */
export interface UserMatrix {
  users: Record<MatrixRole, UserRow>;
  headers: Record<MatrixRole, AuthHeaders>;
}

/** Creates root (admin), mo (moderator), bob (first name Bob) and alice, in that order. */
export async function createUserMatrix(app: FastifyInstance): Promise<UserMatrix> {
  const users = {
    admin: await createUser(app, { username: 'root', role: 'admin', email: 'root@example.com' }),
    moderator: await createUser(app, { username: 'mo', role: 'moderator', email: 'mo@example.com' }),
    bob: await createUser(app, { username: 'bob', email: 'bob@example.com', firstName: 'Bob' }),
    alice: await createUser(app, { username: 'alice', email: 'alice@example.com' }),
  };
  const headers = {} as Record<MatrixRole, AuthHeaders>;
  for (const role of Object.keys(users) as MatrixRole[]) headers[role] = await authHeaders(app, users[role]);
  return { users, headers };
}
