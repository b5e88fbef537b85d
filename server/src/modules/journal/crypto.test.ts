import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { authHeaders, createUser } from '../../../test/helpers/auth.ts';
import { tempDir } from '../../../test/helpers/database.ts';
import { ConfigError, testConfig } from '../../config.ts';
import {
  fieldContext,
  JournalCipher,
  JournalDecryptionError,
  journalKey,
  keyFilePath,
  loadJournalCipher,
  loadKeySource,
} from './crypto.ts';

describe('JournalCipher', () => {
  const cipher = new JournalCipher([journalKey(randomBytes(32))]);
  const context = fieldContext('journal_checkins.note', 'a'.repeat(32));

  it('round-trips text, with a fresh nonce every time', () => {
    const one = cipher.encrypt('héllo 🌱', context);
    const two = cipher.encrypt('héllo 🌱', context);
    expect(one.ciphertext).not.toBe(two.ciphertext);
    expect(one.keyId).toBe(cipher.current.id);
    expect(cipher.decrypt(one.ciphertext, one.keyId, context)).toBe('héllo 🌱');
  });

  it('refuses a value moved to another row or field, tampered with, or under an unknown key', () => {
    const { ciphertext, keyId } = cipher.encrypt('private', context);
    expect(() =>
      cipher.decrypt(ciphertext, keyId, fieldContext('journal_checkins.note', 'b'.repeat(32))),
    ).toThrow(JournalDecryptionError);
    expect(() =>
      cipher.decrypt(ciphertext, keyId, fieldContext('journal_entries.body', 'a'.repeat(32))),
    ).toThrow(JournalDecryptionError);
    const bytes = Buffer.from(ciphertext, 'base64');
    bytes[14] = (bytes[14] ?? 0) ^ 1;
    expect(() => cipher.decrypt(bytes.toString('base64'), keyId, context)).toThrow(JournalDecryptionError);
    expect(() => cipher.decrypt(ciphertext, '0000000000000000', context)).toThrow(/not loaded/);
  });

  it('derives key ids from the key, so different keys never share one', () => {
    const a = journalKey(randomBytes(32));
    const b = journalKey(randomBytes(32));
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(a.id).not.toBe(b.id);
    expect(journalKey(Buffer.from(a.secret)).id).toBe(a.id);
  });
});

describe('key loading', () => {
  it('generates DATA_DIR/keys/journal.key with mode 0600 once, and reuses it', () => {
    const dataDir = tempDir();
    const first = loadJournalCipher({ dataDir, journalEncryptionKeys: [] });
    const file = keyFilePath(dataDir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toHaveLength(32);
    expect(loadJournalCipher({ dataDir, journalEncryptionKeys: [] }).current.id).toBe(first.current.id);
    expect(path.basename(path.dirname(file))).toBe('keys');
  });

  it('uses JOURNAL_ENCRYPTION_KEY (current first, older ones still decrypt) instead of the file', () => {
    const current = randomBytes(32).toString('base64');
    const old = randomBytes(32).toString('base64');
    const config = testConfig({ DATA_DIR: tempDir(), JOURNAL_ENCRYPTION_KEY: `${current}, ${old}` });
    expect(config.journalEncryptionKeys).toEqual([current, old]);
    const source = loadKeySource(config);
    expect(source.kind).toBe('config');
    expect(source.keys.map((k) => k.secret.toString('base64'))).toEqual([current, old]);
  });

  it('rejects a key that is not 32 bytes of base64 at start-up, naming the variable', () => {
    expect(() => testConfig({ JOURNAL_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(ConfigError);
    try {
      testConfig({ JOURNAL_ENCRYPTION_KEY: `${randomBytes(32).toString('base64')},nope` });
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        expect.stringMatching(/^JOURNAL_ENCRYPTION_KEY entry 2 /),
      ]);
    }
  });
});

describe('encryption at rest', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('stores no plaintext of notes, titles or bodies, only ciphertext and the key id', async () => {
    const headers = await authHeaders(t.app, await createUser(t.app));
    const note = 'NOTE-PLAINTEXT I feel hopeless today';
    const title = 'TITLE-PLAINTEXT my diary';
    const body = 'BODY-PLAINTEXT nobody else may read this';
    const checkin = (
      await t.app.inject({
        method: 'POST',
        url: '/api/journal/checkins/',
        headers,
        payload: { score: 2, note },
      })
    ).json();
    const entry = (
      await t.app.inject({ method: 'POST', url: '/api/journal/entries/', headers, payload: { title, body } })
    ).json();

    const keyId = loadJournalCipher(t.config).current.id;
    const checkinRow = await t.database.db
      .selectFrom('journal_checkins')
      .selectAll()
      .where('public_id', '=', checkin.id)
      .executeTakeFirstOrThrow();
    const entryRow = await t.database.db
      .selectFrom('journal_entries')
      .selectAll()
      .where('public_id', '=', entry.id)
      .executeTakeFirstOrThrow();
    const stored = JSON.stringify([checkinRow, entryRow]);
    for (const secret of [note, title, body, 'PLAINTEXT', 'hopeless', 'diary']) {
      expect(stored).not.toContain(secret);
      expect(stored).not.toContain(Buffer.from(secret).toString('base64'));
    }
    expect(checkinRow.key_id).toBe(keyId);
    expect(entryRow.key_id).toBe(keyId);
    expect(Buffer.from(checkinRow.note_ciphertext ?? '', 'base64').length).toBe(
      12 + Buffer.byteLength(note) + 16,
    );
    expect(entryRow.title_ciphertext).not.toBeNull();
  });
});
