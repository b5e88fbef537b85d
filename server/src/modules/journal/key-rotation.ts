/**
 * `mentalmuse journal rotate-key`: re-encrypts every journal value under the current key.
 *
 * With the generated key file it first makes a new key current (the old ones stay in the file,
 * still accepted, so a server still running with the old key keeps working); with
 * `JOURNAL_ENCRYPTION_KEY` the operator puts the new key first in the variable and keeps the old
 * ones after it. `--prune` then drops keys no row uses any more (file mode), or names them so the
 * operator can remove them from the variable. Rows are rewritten in small transactions, each only
 * if still under the key it was read with, so the command is safe to rerun and to interrupt.
 */
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { fieldContext, generateJournalKey, JournalCipher, loadKeySource, writeKeyFile } from './crypto.ts';
import {
  keyUsage,
  replaceCheckinNote,
  replaceEntryCiphertexts,
  staleCheckinNotes,
  staleEntries,
} from './rotation.repository.ts';

const BATCH = 200;

/** What a rotation did. */
export interface RotationResult {
  /** Where the keys live. */
  source: 'config' | 'file';
  /** The key everything is now encrypted with. */
  keyId: string;
  /** True when a new key was generated (file mode). */
  generated: boolean;
  /** Check-in notes re-encrypted. */
  checkins: number;
  /** Entries re-encrypted. */
  entries: number;
  /** Retired keys no row uses any more (removed from the file with `prune` in file mode). */
  unusedKeys: string[];
  /** True when unused keys were removed from the key file. */
  pruned: boolean;
}

/** Options of {@link rotateJournalKey}. */
export interface RotationOptions {
  /** Generate a new current key first (file mode only; default true). */
  newKey?: boolean;
  /** Remove keys no row uses from the key file afterwards. */
  prune?: boolean;
  /** Other modules' values under the same key ring (second-factor secrets), rotated and counted too. */
  keyUsers?: readonly JournalKeyUser[];
}

/**
 * Another module that encrypts with the journal's key ring: it re-encrypts its own rows under the
 * current key and says which key ids its rows still use, so `--prune` never drops a key they need.
 */
export interface JournalKeyUser {
  /** Re-encrypts every value not under `cipher.current`; answers how many. */
  reencrypt(database: Database, cipher: JournalCipher): Promise<number>;
  /** The key ids its rows use. */
  keysInUse(database: Database): Promise<Set<string>>;
}

async function usage(database: Database, users: readonly JournalKeyUser[]): Promise<Set<string>> {
  const ids = new Set((await keyUsage(database.db)).keys());
  for (const user of users) for (const id of await user.keysInUse(database)) ids.add(id);
  return ids;
}

async function reencryptCheckins(database: Database, cipher: JournalCipher): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await staleCheckinNotes(database.db, cipher.current.id, BATCH);
    if (rows.length === 0) return done;
    await database.db.transaction().execute(async (trx) => {
      for (const row of rows) {
        if (row.note_ciphertext === null || row.key_id === null) continue;
        const context = fieldContext('journal_checkins.note', row.public_id);
        const note = cipher.encrypt(cipher.decrypt(row.note_ciphertext, row.key_id, context), context);
        if (await replaceCheckinNote(trx, row.id, row.key_id, note.ciphertext, note.keyId)) done += 1;
      }
    });
  }
}

async function reencryptEntries(database: Database, cipher: JournalCipher): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await staleEntries(database.db, cipher.current.id, BATCH);
    if (rows.length === 0) return done;
    await database.db.transaction().execute(async (trx) => {
      for (const row of rows) {
        const again = (value: string, field: 'journal_entries.title' | 'journal_entries.body') => {
          const context = fieldContext(field, row.public_id);
          return cipher.encrypt(cipher.decrypt(value, row.key_id, context), context).ciphertext;
        };
        const values = {
          title_ciphertext:
            row.title_ciphertext === null ? null : again(row.title_ciphertext, 'journal_entries.title'),
          body_ciphertext: again(row.body_ciphertext, 'journal_entries.body'),
          key_id: cipher.current.id,
        };
        if (await replaceEntryCiphertexts(trx, row.id, row.key_id, values)) done += 1;
      }
    });
  }
}

/** Rotates the journal key of a configuration and re-encrypts every row under it. */
export async function rotateJournalKey(
  config: Pick<Config, 'dataDir' | 'journalEncryptionKeys'>,
  database: Database,
  options: RotationOptions = {},
): Promise<RotationResult> {
  const source = loadKeySource(config);
  const users = options.keyUsers ?? [];
  const before = await usage(database, users);
  const unknown = [...before].filter((id) => !source.keys.some((k) => k.id === id));
  if (unknown.length > 0) {
    throw new Error(
      `Journal rows are encrypted with key(s) ${unknown.join(', ')}, which are not configured; ` +
        'restore them (in the key file or JOURNAL_ENCRYPTION_KEY) before rotating.',
    );
  }
  let keys = source.keys;
  const generated = source.kind === 'file' && options.newKey !== false;
  if (generated && source.file !== null) {
    keys = [generateJournalKey(), ...keys];
    writeKeyFile(source.file, keys);
  }
  const cipher = new JournalCipher(keys);
  const checkins = await reencryptCheckins(database, cipher);
  const entries = await reencryptEntries(database, cipher);
  for (const user of users) await user.reencrypt(database, cipher);
  const after = await usage(database, users);
  const unusedKeys = keys.slice(1).filter((k) => !after.has(k.id));
  const pruned = options.prune === true && source.kind === 'file' && source.file !== null;
  if (pruned && source.file !== null) {
    writeKeyFile(
      source.file,
      keys.filter((k) => !unusedKeys.includes(k)),
    );
  }
  return {
    source: source.kind,
    keyId: cipher.current.id,
    generated,
    checkins,
    entries,
    unusedKeys: unusedKeys.map((k) => k.id),
    pruned,
  };
}

/** The CLI report of a rotation. */
export function describeRotation(result: RotationResult): string {
  const lines = [
    result.generated ? `New journal key ${result.keyId} generated.` : `Current journal key: ${result.keyId}.`,
    `Re-encrypted ${result.checkins} check-in note(s) and ${result.entries} entr${result.entries === 1 ? 'y' : 'ies'}.`,
  ];
  if (result.generated)
    lines.push(
      'Restart running servers so they encrypt with the new key; until then the old key still decrypts.',
    );
  if (result.unusedKeys.length > 0) {
    lines.push(
      result.pruned
        ? `Removed unused key(s): ${result.unusedKeys.join(', ')}.`
        : result.source === 'file'
          ? `Unused old key(s): ${result.unusedKeys.join(', ')} (remove with --prune once every server has restarted).`
          : `Unused old key(s): ${result.unusedKeys.join(', ')} (you may remove them from JOURNAL_ENCRYPTION_KEY).`,
    );
  }
  return `${lines.join('\n')}\n`;
}
