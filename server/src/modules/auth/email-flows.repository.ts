/**
 * SQL of the e-mail flows: single-use keys (by hash only) and the two user columns these flows
 * own, `email` and `email_verified`. Keys are consumed with a conditional update, so a key used
 * twice at the same moment still works only once.
 */
import type { Executor } from '../../db/database.ts';
import type { EmailKeyPurpose } from '../../db/schema.ts';
import { nowMicros } from '../../lib/time.ts';

/** A new key row. */
export interface NewEmailKey {
  userId: number;
  purpose: EmailKeyPurpose;
  keyHash: string;
  email: string;
  passwordFingerprint: string | null;
  expires: number;
}

/** A usable key with the facts about its user that the flows check. */
export interface UsableKey {
  id: number;
  userId: number;
  userPublicId: string;
  username: string;
  firstName: string;
  userEmail: string;
  userEmailNormalized: string;
  userActive: boolean;
  email: string;
  passwordFingerprint: string | null;
}

/** Stores a key (its hash). */
export async function insertEmailKey(db: Executor, key: NewEmailKey): Promise<void> {
  await db
    .insertInto('email_keys')
    .values({
      user_id: key.userId,
      purpose: key.purpose,
      key_hash: key.keyHash,
      email: key.email,
      password_fingerprint: key.passwordFingerprint,
      created: nowMicros(),
      expires: key.expires,
      used_at: null,
    })
    .execute();
}

/** The unused, unexpired key of a purpose with this hash, and its user. */
export async function findUsableKey(
  db: Executor,
  purpose: EmailKeyPurpose,
  keyHash: string,
  now: number,
): Promise<UsableKey | undefined> {
  return db
    .selectFrom('email_keys as k')
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .select([
      'k.id as id',
      'k.user_id as userId',
      'u.public_id as userPublicId',
      'u.username as username',
      'u.first_name as firstName',
      'u.email as userEmail',
      'u.email_normalized as userEmailNormalized',
      'u.is_active as userActive',
      'k.email as email',
      'k.password_fingerprint as passwordFingerprint',
    ])
    .where('k.key_hash', '=', keyHash)
    .where('k.purpose', '=', purpose)
    .where('k.used_at', 'is', null)
    .where('k.expires', '>', now)
    .executeTakeFirst();
}

/** Uses a key up; false when it was already used (a concurrent request won). */
export async function consumeKey(db: Executor, keyId: number, now: number): Promise<boolean> {
  const result = await db
    .updateTable('email_keys')
    .set({ used_at: now })
    .where('id', '=', keyId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Voids a user's unused keys of some purposes (a newer request or a change supersedes them). */
export async function voidKeys(
  db: Executor,
  userId: number,
  purposes: readonly EmailKeyPurpose[],
  now: number,
): Promise<void> {
  await db
    .updateTable('email_keys')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('purpose', 'in', purposes)
    .where('used_at', 'is', null)
    .execute();
}
