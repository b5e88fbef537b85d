/**
 * The installation's HMAC secret: `SECRET_KEY` when set, else 48 random bytes generated once
 * into `DATA_DIR/secret_key` (0600). Processes sharing `DATA_DIR` race safely to create it: the
 * first link wins and everyone reads the winner.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';

/** Reads (or on first use generates) the secret; cached per data directory. */
export function loadSecretKey(config: Pick<Config, 'secretKey' | 'dataDir'>): string {
  if (config.secretKey !== null) return config.secretKey;
  const cached = generated.get(config.dataDir);
  if (cached !== undefined) return cached;
  const file = path.join(config.dataDir, 'secret_key');
  let secret = readIfPresent(file);
  if (secret === null) {
    mkdirSync(config.dataDir, { recursive: true });
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temp, randomBytes(48).toString('base64url'), { mode: 0o600 });
    try {
      linkSync(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(temp, { force: true });
    }
    secret = readIfPresent(file) ?? '';
  }
  if (secret.length < 32)
    throw new Error(`${file} holds fewer than 32 characters; delete it to generate a new one.`);
  generated.set(config.dataDir, secret);
  return secret;
}

const generated = new Map<string, string>();

function readIfPresent(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
