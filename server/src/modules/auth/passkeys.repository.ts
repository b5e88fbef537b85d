/**
 * SQL for passkeys (`passkeys`: WebAuthn credentials) and the WebAuthn challenges waiting for an
 * answer (`webauthn_challenges`, taken once). Queries on someone's passkeys name the owner.
 */
import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { PasskeysTable, WebauthnChallengesTable } from '../../db/schema.ts';

/** A passkey as stored. */
export type PasskeyRow = Selectable<PasskeysTable>;
/** A pending challenge as stored. */
export type ChallengeRow = Selectable<WebauthnChallengesTable>;

/** The account's passkeys, oldest first. */
export function listPasskeys(db: Executor, userId: number): Promise<PasskeyRow[]> {
  return db
    .selectFrom('passkeys')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

/** How many passkeys the account has. */
export async function countPasskeys(db: Executor, userId: number): Promise<number> {
  const row = await db
    .selectFrom('passkeys')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One of the account's passkeys by public id. */
export function findOwnPasskey(
  db: Executor,
  userId: number,
  publicId: string,
): Promise<PasskeyRow | undefined> {
  return db
    .selectFrom('passkeys')
    .selectAll()
    .where('user_id', '=', userId)
    .where('public_id', '=', publicId)
    .executeTakeFirst();
}

/** The passkey with a credential id (whoever owns it: a passwordless login finds the account by it). */
export function findPasskeyByCredentialId(
  db: Executor,
  credentialId: string,
): Promise<PasskeyRow | undefined> {
  return db.selectFrom('passkeys').selectAll().where('credential_id', '=', credentialId).executeTakeFirst();
}

/** Stores a new passkey. */
export async function insertPasskey(db: Executor, row: Omit<PasskeyRow, 'id'>): Promise<PasskeyRow> {
  return db.insertInto('passkeys').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Records a sign-in: the new counter, backup state and time. */
export async function markPasskeyUsed(
  db: Executor,
  id: number,
  update: { counter: number; backupState: boolean; now: number },
): Promise<void> {
  await db
    .updateTable('passkeys')
    .set({ counter: update.counter, backup_state: update.backupState, last_used: update.now })
    .where('id', '=', id)
    .execute();
}

/** Renames one of the account's passkeys; false when it is not theirs. */
export async function renamePasskey(
  db: Executor,
  userId: number,
  publicId: string,
  name: string,
): Promise<boolean> {
  const row = await db
    .updateTable('passkeys')
    .set({ name })
    .where('user_id', '=', userId)
    .where('public_id', '=', publicId)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Deletes one of the account's passkeys; the deleted row, or undefined when it is not theirs. */
export function deletePasskey(
  db: Executor,
  userId: number,
  publicId: string,
): Promise<PasskeyRow | undefined> {
  return db
    .deleteFrom('passkeys')
    .where('user_id', '=', userId)
    .where('public_id', '=', publicId)
    .returningAll()
    .executeTakeFirst();
}

/** Deletes every passkey of the account; how many there were. */
export async function deleteAllPasskeys(db: Executor, userId: number): Promise<number> {
  const rows = await db.deleteFrom('passkeys').where('user_id', '=', userId).returning('id').execute();
  return rows.length;
}

/** Stores a challenge handed to a browser (and forgets expired ones). */
export async function insertChallenge(db: Executor, row: Omit<ChallengeRow, 'id'>): Promise<void> {
  await db.deleteFrom('webauthn_challenges').where('expires', '<', row.created).execute();
  await db.insertInto('webauthn_challenges').values(row).execute();
}

/**
 * Removes and returns a live challenge of a purpose (and account, for registration). Deleting first
 * makes it single use: of two answers carrying it, only one goes on.
 */
export function takeChallenge(
  db: Executor,
  challenge: string,
  purpose: 'register' | 'login',
  userId: number | null,
  now: number,
): Promise<ChallengeRow | undefined> {
  let query = db
    .deleteFrom('webauthn_challenges')
    .where('challenge', '=', challenge)
    .where('purpose', '=', purpose)
    .where('expires', '>', now);
  query = userId === null ? query.where('user_id', 'is', null) : query.where('user_id', '=', userId);
  return query.returningAll().executeTakeFirst();
}
