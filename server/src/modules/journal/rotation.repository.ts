/**
 * SQL for key rotation, the one journal job that spans every owner (run by the operator's
 * `mentalmuse journal rotate-key`, never by a request). It reads and rewrites ciphertexts only,
 * and leaves `updated` alone: a rotation is not an edit.
 */
import type { Executor } from '../../db/database.ts';

/** Number of encrypted rows under each key id, over check-ins and entries. */
export async function keyUsage(db: Executor): Promise<Map<string, number>> {
  const usage = new Map<string, number>();
  const checkins = await db
    .selectFrom('journal_checkins')
    .select(['key_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('key_id', 'is not', null)
    .groupBy('key_id')
    .execute();
  const entries = await db
    .selectFrom('journal_entries')
    .select(['key_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('key_id')
    .execute();
  for (const row of [...checkins, ...entries]) {
    if (row.key_id !== null) usage.set(row.key_id, (usage.get(row.key_id) ?? 0) + Number(row.n));
  }
  return usage;
}

/** Up to `limit` check-ins whose note is under a key other than `keyId`. */
export async function staleCheckinNotes(db: Executor, keyId: string, limit: number) {
  return db
    .selectFrom('journal_checkins')
    .select(['id', 'public_id', 'note_ciphertext', 'key_id'])
    .where('key_id', 'is not', null)
    .where('key_id', '!=', keyId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Replaces a note's ciphertext if the row is still under `oldKeyId`; false otherwise. */
export async function replaceCheckinNote(
  db: Executor,
  id: number,
  oldKeyId: string,
  ciphertext: string,
  keyId: string,
): Promise<boolean> {
  const result = await db
    .updateTable('journal_checkins')
    .set({ note_ciphertext: ciphertext, key_id: keyId })
    .where('id', '=', id)
    .where('key_id', '=', oldKeyId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Up to `limit` entries under a key other than `keyId`. */
export async function staleEntries(db: Executor, keyId: string, limit: number) {
  return db
    .selectFrom('journal_entries')
    .select(['id', 'public_id', 'title_ciphertext', 'body_ciphertext', 'key_id'])
    .where('key_id', '!=', keyId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Replaces an entry's ciphertexts if the row is still under `oldKeyId`; false otherwise. */
export async function replaceEntryCiphertexts(
  db: Executor,
  id: number,
  oldKeyId: string,
  values: { title_ciphertext: string | null; body_ciphertext: string; key_id: string },
): Promise<boolean> {
  const result = await db
    .updateTable('journal_entries')
    .set(values)
    .where('id', '=', id)
    .where('key_id', '=', oldKeyId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
