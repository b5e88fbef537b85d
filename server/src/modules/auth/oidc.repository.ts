/**
 * SQL for sign-in with an OpenID Connect provider: pending flows (`oidc_flows`, consumed once)
 * and the provider identities linked to accounts (`user_identities`).
 */
import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { OidcFlowsTable, UserIdentitiesTable } from '../../db/schema.ts';
import { newPublicId } from '../../lib/ids.ts';

/** A pending flow as stored. */
export type OidcFlowRow = Selectable<OidcFlowsTable>;
/** A linked identity as stored. */
export type IdentityRow = Selectable<UserIdentitiesTable>;

/** Stores a new pending flow. */
export async function insertFlow(db: Executor, flow: Omit<OidcFlowRow, 'id'>): Promise<void> {
  await db.insertInto('oidc_flows').values(flow).execute();
}

/**
 * Removes and returns the flow with this state hash. Deleting first makes it single use: of two
 * callbacks carrying the same state, only the one whose delete removed the row goes on.
 */
export async function takeFlow(db: Executor, stateHash: string): Promise<OidcFlowRow | undefined> {
  return db.deleteFrom('oidc_flows').where('state_hash', '=', stateHash).returningAll().executeTakeFirst();
}

/** Forgets flows that expired before `now` (µs). */
export async function deleteExpiredFlows(db: Executor, now: number): Promise<void> {
  await db.deleteFrom('oidc_flows').where('expires', '<', now).execute();
}

/** The identity of a provider's subject, if linked. */
export function findIdentity(
  db: Executor,
  provider: string,
  subject: string,
): Promise<IdentityRow | undefined> {
  return db
    .selectFrom('user_identities')
    .selectAll()
    .where('provider', '=', provider)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

/** Links a provider's subject to an account. */
export async function insertIdentity(
  db: Executor,
  identity: { userId: number; provider: string; subject: string; email: string; now: number },
): Promise<IdentityRow> {
  return db
    .insertInto('user_identities')
    .values({
      public_id: newPublicId(),
      user_id: identity.userId,
      provider: identity.provider,
      subject: identity.subject,
      email: identity.email,
      created: identity.now,
      last_used: identity.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Records a sign-in through an identity. */
export async function touchIdentity(db: Executor, identityId: number, now: number): Promise<void> {
  await db.updateTable('user_identities').set({ last_used: now }).where('id', '=', identityId).execute();
}

/** A user's identities, oldest first. */
export function listIdentities(db: Executor, userId: number): Promise<IdentityRow[]> {
  return db
    .selectFrom('user_identities')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created')
    .orderBy('id')
    .execute();
}

/** Unlinks one of a user's identities; false when they have none with this public id. */
export async function deleteIdentity(db: Executor, userId: number, publicId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('user_identities')
    .where('user_id', '=', userId)
    .where('public_id', '=', publicId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
