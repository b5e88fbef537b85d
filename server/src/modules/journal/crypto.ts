/**
 * Encryption at rest for journal text (check-in notes, entry titles and bodies): AES-256-GCM with
 * a random 96-bit nonce per value, stored as base64(nonce ‖ ciphertext ‖ tag). The associated data
 * names the table, field and row (`journal_entries.body:<public id>`), so a ciphertext copied into
 * another row or field does not decrypt. Each row stores the id of its key: the first 16 hex
 * characters of a SHA-256 fingerprint of the key, so ids never collide and never reveal the key.
 *
 * Keys: `JOURNAL_ENCRYPTION_KEY` (comma-separated base64; the first encrypts, the others only
 * decrypt, for rotation), otherwise `DATA_DIR/keys/journal.key` (one base64 key per line, the first
 * current), generated with mode 0600 on first start. `mentalmuse journal rotate-key` re-encrypts.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.ts';

/** Length of an AES-256 key in bytes. */
export const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** A key and its id. */
export interface JournalKey {
  /** 16 hex characters, stored with every row the key encrypted. */
  id: string;
  /** The 32 key bytes. */
  secret: Buffer;
}

/** Where the keys of a configuration come from. */
export interface KeySource {
  /** `config` (`JOURNAL_ENCRYPTION_KEY`) or `file` (`DATA_DIR/keys/journal.key`). */
  kind: 'config' | 'file';
  /** The key file (for `file`), else null. */
  file: string | null;
  /** The keys, current first. */
  keys: JournalKey[];
}

/** Thrown when a stored value cannot be decrypted (unknown key, tampering, wrong row). */
export class JournalDecryptionError extends Error {
  constructor(keyId: string, reason: string) {
    super(`Cannot decrypt a journal value under key ${keyId}: ${reason}.`);
    this.name = 'JournalDecryptionError';
  }
}

/** The id of a key: a fingerprint of it, never the key itself. */
export function keyIdOf(secret: Buffer): string {
  return createHash('sha256').update('mentalmuse-journal-key\0').update(secret).digest('hex').slice(0, 16);
}

/** A key object for 32 raw bytes. */
export function journalKey(secret: Buffer): JournalKey {
  if (secret.length !== KEY_BYTES) throw new Error(`A journal key must be ${KEY_BYTES} bytes.`);
  return { id: keyIdOf(secret), secret };
}

/** Parses base64 keys; throws naming the first bad one. */
function parseKeys(values: string[], where: string): JournalKey[] {
  return values.map((value, index) => {
    const secret = Buffer.from(value.trim(), 'base64');
    if (secret.length !== KEY_BYTES) throw new Error(`${where}: key ${index + 1} is not 32 bytes of base64.`);
    return journalKey(secret);
  });
}

/** Every key this process has loaded, by id: lets export and deletion hooks decrypt any row. */
const loadedKeys = new Map<string, Buffer>();

function encryptWith(key: JournalKey, plaintext: string, context: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.secret, nonce);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64');
}

function decryptWith(secret: Buffer | undefined, keyId: string, stored: string, context: string): string {
  if (secret === undefined) throw new JournalDecryptionError(keyId, 'the key is not loaded');
  const data = Buffer.from(stored, 'base64');
  if (data.length < NONCE_BYTES + TAG_BYTES) throw new JournalDecryptionError(keyId, 'value too short');
  const decipher = createDecipheriv('aes-256-gcm', secret, data.subarray(0, NONCE_BYTES));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(data.subarray(NONCE_BYTES, data.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new JournalDecryptionError(keyId, 'authentication failed');
  }
}

/** The associated data binding a value to its table, field and row. */
export function fieldContext(
  field: 'journal_checkins.note' | 'journal_entries.title' | 'journal_entries.body',
  publicId: string,
): string {
  return `${field}:${publicId}`;
}

/**
 * Encrypts with the current key and decrypts with any key of a ring. Given a `reload` function (the
 * key file), a ring that meets a key id it does not know re-reads its keys (at most once a second)
 * and adopts the file's current key: a running server keeps working through `rotate-key`.
 */
export class JournalCipher {
  private ring: JournalKey[];
  private keys: Map<string, Buffer>;
  private readonly reload: (() => JournalKey[]) | null;
  private nextReload = 0;

  /** @param keys the ring, current key first; @param reload re-reads the ring from its source. */
  constructor(keys: JournalKey[], reload: (() => JournalKey[]) | null = null) {
    this.ring = [];
    this.keys = new Map();
    this.reload = reload;
    this.adopt(keys);
  }

  private adopt(keys: JournalKey[]): void {
    if (keys.length === 0) throw new Error('A journal key ring needs at least one key.');
    this.ring = keys;
    this.keys = new Map(keys.map((k) => [k.id, k.secret]));
    for (const key of keys) loadedKeys.set(key.id, key.secret);
  }

  /** The key new values are encrypted with. */
  get current(): JournalKey {
    return this.ring[0] as JournalKey;
  }

  /** Ids of every key in the ring, current first. */
  get keyIds(): string[] {
    return this.ring.map((k) => k.id);
  }

  /** Encrypts under the current key; returns the stored value and the key id to store with it. */
  encrypt(plaintext: string, context: string): { ciphertext: string; keyId: string } {
    return { ciphertext: encryptWith(this.current, plaintext, context), keyId: this.current.id };
  }

  /** Decrypts a stored value with the ring's key of that id. */
  decrypt(stored: string, keyId: string, context: string): string {
    if (!this.keys.has(keyId) && this.reload !== null && Date.now() >= this.nextReload) {
      this.nextReload = Date.now() + 1000;
      this.adopt(this.reload());
    }
    return decryptWith(this.keys.get(keyId), keyId, stored, context);
  }
}

/** Decrypts with any key loaded in this process (export and deletion hooks have no app context). */
export function decryptWithLoadedKey(stored: string, keyId: string, context: string): string {
  return decryptWith(loadedKeys.get(keyId), keyId, stored, context);
}

/** `DATA_DIR/keys/journal.key`. */
export function keyFilePath(dataDir: string): string {
  return path.join(dataDir, 'keys', 'journal.key');
}

function readKeyFile(file: string): JournalKey[] {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (lines.length === 0) throw new Error(`${file} holds no key.`);
  return parseKeys(lines, file);
}

/** Writes a key file atomically (temp file with mode 0600, then rename). */
export function writeKeyFile(file: string, keys: JournalKey[]): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const text = `${keys.map((k) => k.secret.toString('base64')).join('\n')}\n`;
  writeFileSync(temp, text, { mode: 0o600 });
  renameSync(temp, file);
}

/** Creates the key file with one new key unless it exists; safe when processes start together. */
function createKeyFileOnce(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { mode: 0o600 });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Loads (or on first start generates) the journal keys a configuration describes. */
export function loadKeySource(config: Pick<Config, 'dataDir' | 'journalEncryptionKeys'>): KeySource {
  if (config.journalEncryptionKeys.length > 0) {
    return {
      kind: 'config',
      file: null,
      keys: parseKeys(config.journalEncryptionKeys, 'JOURNAL_ENCRYPTION_KEY'),
    };
  }
  const file = keyFilePath(config.dataDir);
  if (!existsSync(file)) createKeyFileOnce(file);
  chmodSync(file, 0o600);
  return { kind: 'file', file, keys: readKeyFile(file) };
}

/** The cipher for a configuration's keys. */
export function loadJournalCipher(config: Pick<Config, 'dataDir' | 'journalEncryptionKeys'>): JournalCipher {
  const source = loadKeySource(config);
  return new JournalCipher(source.keys, source.kind === 'file' ? () => loadKeySource(config).keys : null);
}

/** A fresh random key. */
export function generateJournalKey(): JournalKey {
  return journalKey(randomBytes(KEY_BYTES));
}
