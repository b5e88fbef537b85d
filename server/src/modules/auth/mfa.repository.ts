/**
 * SQL for second factors: the authenticator-app secret (`mfa_totp`), the TOTP steps already used
 * (`mfa_totp_steps`), recovery codes (`mfa_recovery_codes`) and the pending second step of a login
 * (`mfa_login_tokens`). Every query names the account it concerns.
 */
import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { MfaLoginTokensTable, MfaTotpTable } from '../../db/schema.ts';

/** An authenticator-app secret as stored (encrypted). */
export type TotpRow = Selectable<MfaTotpTable>;
/** A pending login second step as stored. */
export type MfaLoginTokenRow = Selectable<MfaLoginTokensTable>;

/** The account's authenticator secret (confirmed or pending), if any. */
export function findTotp(db: Executor, userId: number): Promise<TotpRow | undefined> {
  return db.selectFrom('mfa_totp').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Replaces any pending (unconfirmed) secret with a new one; a confirmed secret is left alone. */
export async function savePendingTotp(
  db: Executor,
  row: { userId: number; ciphertext: string; keyId: string; now: number },
): Promise<void> {
  await db.deleteFrom('mfa_totp').where('user_id', '=', row.userId).where('confirmed', '=', false).execute();
  await db
    .insertInto('mfa_totp')
    .values({
      user_id: row.userId,
      secret_ciphertext: row.ciphertext,
      key_id: row.keyId,
      confirmed: false,
      created: row.now,
    })
    .execute();
}

/** Marks the pending secret confirmed; false when there was none pending (a concurrent confirm). */
export async function confirmTotp(db: Executor, userId: number): Promise<boolean> {
  const row = await db
    .updateTable('mfa_totp')
    .set({ confirmed: true })
    .where('user_id', '=', userId)
    .where('confirmed', '=', false)
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes the account's authenticator secret and its used steps. */
export async function deleteTotp(db: Executor, userId: number): Promise<boolean> {
  await db.deleteFrom('mfa_totp_steps').where('user_id', '=', userId).execute();
  const row = await db
    .deleteFrom('mfa_totp')
    .where('user_id', '=', userId)
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Records a TOTP step as used; false when it was used already (the replay is refused). The primary
 * key decides between two concurrent requests with the same code. Steps older than the window are
 * forgotten on the way.
 */
export async function useTotpStep(db: Executor, userId: number, step: number): Promise<boolean> {
  await db
    .deleteFrom('mfa_totp_steps')
    .where('user_id', '=', userId)
    .where('step', '<', step - 4)
    .execute();
  const row = await db
    .insertInto('mfa_totp_steps')
    .values({ user_id: userId, step })
    .onConflict((oc) => oc.columns(['user_id', 'step']).doNothing())
    .returning('step')
    .executeTakeFirst();
  return row !== undefined;
}

/** Replaces the account's recovery codes with new hashes (the old ones die). */
export async function replaceRecoveryCodes(
  db: Executor,
  userId: number,
  hashes: readonly string[],
  now: number,
): Promise<void> {
  await db.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('mfa_recovery_codes')
    .values(hashes.map((code_hash) => ({ user_id: userId, code_hash, created: now, used_at: null })))
    .execute();
}

/** Uses up an unused recovery code; false when it is unknown or used already. */
export async function useRecoveryCode(
  db: Executor,
  userId: number,
  hash: string,
  now: number,
): Promise<boolean> {
  const row = await db
    .updateTable('mfa_recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** How many unused recovery codes the account has. */
export async function countRecoveryCodes(db: Executor, userId: number): Promise<number> {
  const row = await db
    .selectFrom('mfa_recovery_codes')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Removes every recovery code of the account. */
export async function deleteRecoveryCodes(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).execute();
}

/** Stores a new pending second step. */
export async function insertLoginToken(
  db: Executor,
  row: { tokenHash: string; userId: number; identifier: string; now: number; expires: number },
): Promise<void> {
  await db
    .insertInto('mfa_login_tokens')
    .values({
      token_hash: row.tokenHash,
      user_id: row.userId,
      identifier: row.identifier,
      created: row.now,
      expires: row.expires,
      used_at: null,
    })
    .execute();
}

/** The pending second step of a token hash, if it is still alive (unused, unexpired, < 5 failures). */
export function findLiveLoginToken(
  db: Executor,
  tokenHash: string,
  now: number,
  maxFailures: number,
): Promise<MfaLoginTokenRow | undefined> {
  return db
    .selectFrom('mfa_login_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires', '>', now)
    .where('failures', '<', maxFailures)
    .executeTakeFirst();
}

/** Counts one wrong code against a token. */
export async function failLoginToken(db: Executor, id: number): Promise<void> {
  await db
    .updateTable('mfa_login_tokens')
    .set((eb) => ({ failures: eb('failures', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** Uses a token up; false when another request used it first. */
export async function consumeLoginToken(db: Executor, id: number, now: number): Promise<boolean> {
  const row = await db
    .updateTable('mfa_login_tokens')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Forgets tokens that expired before `now` (µs). */
export async function deleteExpiredLoginTokens(db: Executor, now: number): Promise<void> {
  await db.deleteFrom('mfa_login_tokens').where('expires', '<', now).execute();
}

/** Every pending login step of an account dies (factors reset or removed). */
export async function deleteLoginTokens(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('mfa_login_tokens').where('user_id', '=', userId).execute();
}

/** The key ids authenticator secrets are encrypted under. */
export async function totpKeyIds(db: Executor): Promise<Set<string>> {
  const rows = await db.selectFrom('mfa_totp').select('key_id').distinct().execute();
  return new Set(rows.map((r) => r.key_id));
}

/** Up to `limit` secrets not under `keyId`, with their account's public id (the encryption context). */
export function staleTotpSecrets(db: Executor, keyId: string, limit: number) {
  return db
    .selectFrom('mfa_totp')
    .innerJoin('users', 'users.id', 'mfa_totp.user_id')
    .select(['mfa_totp.user_id', 'mfa_totp.secret_ciphertext', 'mfa_totp.key_id', 'users.public_id'])
    .where('mfa_totp.key_id', '!=', keyId)
    .limit(limit)
    .execute();
}

/** Replaces a secret's ciphertext if it is still under `oldKeyId`; false when it changed meanwhile. */
export async function replaceTotpCiphertext(
  db: Executor,
  userId: number,
  oldKeyId: string,
  sealed: { ciphertext: string; keyId: string },
): Promise<boolean> {
  const row = await db
    .updateTable('mfa_totp')
    .set({ secret_ciphertext: sealed.ciphertext, key_id: sealed.keyId })
    .where('user_id', '=', userId)
    .where('key_id', '=', oldKeyId)
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}
