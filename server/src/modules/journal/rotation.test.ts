import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { authHeaders, createUser } from '../../../test/helpers/auth.ts';
import { RUN_DIALECT, tempDir, testDatabase } from '../../../test/helpers/database.ts';
import { buildApp } from '../../app.ts';
import { testConfig } from '../../config.ts';
import { run } from '../../main.ts';
import { keyFilePath, loadKeySource } from './crypto.ts';
import { describeRotation, rotateJournalKey } from './key-rotation.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function seed(headers: Awaited<ReturnType<typeof authHeaders>>, n: number) {
  const ids: { checkin: string; entry: string }[] = [];
  for (let i = 0; i < n; i++) {
    const checkin = (
      await t.app.inject({
        method: 'POST',
        url: '/api/journal/checkins/',
        headers,
        payload: { score: 3, note: `note ${i}` },
      })
    ).json().id;
    const entry = (
      await t.app.inject({
        method: 'POST',
        url: '/api/journal/entries/',
        headers,
        payload: { title: i % 2 === 0 ? `title ${i}` : null, body: `body ${i}` },
      })
    ).json().id;
    ids.push({ checkin, entry });
  }
  return ids;
}

async function storedKeyIds(): Promise<string[]> {
  const a = await t.database.db.selectFrom('journal_checkins').select('key_id').execute();
  const b = await t.database.db.selectFrom('journal_entries').select('key_id').execute();
  return [...new Set([...a, ...b].map((r) => r.key_id).filter((k) => k !== null))];
}

describe('journal key rotation', () => {
  it('generates a new key, re-encrypts every row under it, and everything still reads back', async () => {
    const headers = await authHeaders(t.app, await createUser(t.app));
    const ids = await seed(headers, 5);
    await t.app.inject({ method: 'POST', url: '/api/journal/checkins/', headers, payload: { score: 4 } });
    const oldKey = loadKeySource(t.config).keys[0]?.id;
    const rawBefore = await t.database.db.selectFrom('journal_entries').select('body_ciphertext').execute();

    const result = await rotateJournalKey(t.config, t.database);
    expect(result).toMatchObject({ source: 'file', generated: true, checkins: 5, entries: 5, pruned: false });
    expect(result.keyId).not.toBe(oldKey);
    expect(result.unusedKeys).toEqual([oldKey]);
    expect(await storedKeyIds()).toEqual([result.keyId]);
    const rawAfter = await t.database.db.selectFrom('journal_entries').select('body_ciphertext').execute();
    expect(rawAfter.map((r) => r.body_ciphertext)).not.toContain(rawBefore[0]?.body_ciphertext);
    expect(readFileSync(keyFilePath(t.config.dataDir), 'utf8').trim().split('\n')).toHaveLength(2);

    // The running app was built with the old ring only, as a server not yet restarted: it picks
    // up the new key from the file when it meets it, and then encrypts with it.
    for (const [i, { checkin, entry }] of ids.entries()) {
      const c = await t.app.inject({ method: 'GET', url: `/api/journal/checkins/${checkin}/`, headers });
      expect(c.json().note).toBe(`note ${i}`);
      const e = await t.app.inject({ method: 'GET', url: `/api/journal/entries/${entry}/`, headers });
      expect(e.json()).toMatchObject({ title: i % 2 === 0 ? `title ${i}` : null, body: `body ${i}` });
    }
    await t.app.inject({ method: 'POST', url: '/api/journal/entries/', headers, payload: { body: 'after' } });
    expect(await storedKeyIds()).toEqual([result.keyId]);
  });

  it('prunes old keys no row uses only when asked, and refuses rows under unknown keys', async () => {
    const pruned = await rotateJournalKey(t.config, t.database, { newKey: false, prune: true });
    expect(pruned).toMatchObject({ generated: false, checkins: 0, entries: 0, pruned: true });
    expect(loadKeySource(t.config).keys.map((k) => k.id)).toEqual([pruned.keyId]);
    expect(describeRotation(pruned)).toMatch(/Removed unused key/);

    await t.database.db.updateTable('journal_entries').set({ key_id: 'ffffffffffffffff' }).execute();
    await expect(rotateJournalKey(t.config, t.database)).rejects.toThrow(/ffffffffffffffff.*not configured/);
    expect(loadKeySource(t.config).keys).toHaveLength(1);
    await t.database.db.updateTable('journal_entries').set({ key_id: pruned.keyId }).execute();
  });

  it('re-encrypts under the first JOURNAL_ENCRYPTION_KEY, keeping older configured keys usable', async () => {
    const fileKey = loadKeySource(t.config).keys[0];
    if (fileKey === undefined) throw new Error('no key');
    const next = randomBytes(32).toString('base64');
    const config = { ...t.config, journalEncryptionKeys: [next, fileKey.secret.toString('base64')] };
    const result = await rotateJournalKey(config, t.database);
    expect(result).toMatchObject({ source: 'config', generated: false, checkins: 5, entries: 6 });
    expect(result.unusedKeys).toEqual([fileKey.id]);
    expect(describeRotation(result)).toMatch(/remove them from JOURNAL_ENCRYPTION_KEY/);
    expect(await storedKeyIds()).toEqual([result.keyId]);
  });

  it('runs as `mentalmuse journal rotate-key`', async () => {
    const {
      database,
      config: dbConfig,
      dispose,
    } = await testDatabase(RUN_DIALECT === 'postgres' ? 'postgres' : 'sqlite-file');
    const dataDir = tempDir();
    const app = await buildApp(testConfig({ DATA_DIR: dataDir }), { database });
    const headers = await authHeaders(app, await createUser(app));
    await app.inject({ method: 'POST', url: '/api/journal/entries/', headers, payload: { body: 'cli' } });
    await app.close();
    const databaseUrl = dbConfig.dialect === 'postgres' ? dbConfig.url : `sqlite:${dbConfig.path}`;

    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const code = await run(['journal', 'rotate-key'], {
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'silent',
    });
    const printed = out.mock.calls.map((c) => String(c[0])).join('');
    out.mockRestore();
    await dispose();
    expect(code).toBe(0);
    expect(loadKeySource({ dataDir, journalEncryptionKeys: [] }).keys).toHaveLength(2);
    expect(printed).toMatch(
      /New journal key [0-9a-f]{16} generated\.\nRe-encrypted 0 check-in note\(s\) and 1 entry\./,
    );
  });
});
