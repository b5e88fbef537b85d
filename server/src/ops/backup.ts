/**
 * `mentalmuse backup`: a consistent copy of the database (SQLite online backup, or `pg_dump -Fc`)
 * with its row counts, and the list of files that are not inside it but are needed to read it
 * (the journal key above all) or to serve it (signing keys, media).
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { keyFilePath } from '../modules/journal/index.ts';
import { backupPostgres } from './postgres-backup.ts';
import { backupSqlite } from './sqlite-backup.ts';

/** A finished backup. */
export interface BackupReport {
  /** The file written. */
  file: string;
  /** `sqlite` (a SQLite database file) or `postgres` (a `pg_dump -Fc` archive). */
  format: 'sqlite' | 'postgres';
  /** Rows per table in the copy. */
  rowCounts: Record<string, number>;
  /** Size of the written file in bytes. */
  bytes: number;
  /** Where the journal key lives; it is not in the backup and the journal cannot be read without it. */
  journalKey: { source: 'config' | 'file'; file: string | null };
  /** Key files under `DATA_DIR/keys/` (token signing keys, journal key): not in the backup. */
  keyFiles: string[];
  /** Uploaded media (avatars) under `DATA_DIR/media/`: not in the backup. */
  media: { dir: string; files: number; bytes: number };
}

/** `mentalmuse-20260115T022800Z.sqlite3` (or `.pgdump`) for a moment and a dialect. */
export function backupFileName(dialect: 'sqlite' | 'postgres', now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `mentalmuse-${stamp}.${dialect === 'sqlite' ? 'sqlite3' : 'pgdump'}`;
}

function walk(dir: string): { files: number; bytes: number } {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

function keyFiles(dataDir: string): string[] {
  const dir = path.join(dataDir, 'keys');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.endsWith('.tmp'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Takes a backup of the configured database into `destination` (its folder is created). */
export async function takeBackup(config: Config, destination: string): Promise<BackupReport> {
  mkdirSync(path.dirname(destination), { recursive: true, mode: 0o700 });
  const rowCounts =
    config.database.dialect === 'sqlite'
      ? (await backupSqlite(config.database.path, destination)).rowCounts
      : await backupPostgres(config.database.url, destination);
  const mediaDir = path.join(config.dataDir, 'media');
  return {
    file: destination,
    format: config.database.dialect,
    rowCounts,
    bytes: statSync(destination).size,
    journalKey:
      config.journalEncryptionKeys.length > 0
        ? { source: 'config', file: null }
        : { source: 'file', file: keyFilePath(config.dataDir) },
    keyFiles: keyFiles(config.dataDir),
    media: { dir: mediaDir, ...walk(mediaDir) },
  };
}

/** The operator-facing summary of a backup, with the loud warning about the journal key. */
export function describeBackup(report: BackupReport): string {
  const lines = [
    `Backup written: ${report.file} (${report.format}, ${report.bytes} bytes)`,
    'Rows per table:',
  ];
  for (const [table, count] of Object.entries(report.rowCounts)) lines.push(`  ${table}: ${count}`);
  lines.push(
    '',
    '!!! The journal key is NOT in this backup. Without it the journal notes and entries in the',
    '!!! backup cannot be read by anyone, ever. Keep a copy of it somewhere safe, apart from the backup:',
    report.journalKey.source === 'config'
      ? '!!!   it comes from JOURNAL_ENCRYPTION_KEY in the environment: keep that value.'
      : `!!!   ${report.journalKey.file}`,
    '',
    'Also not in this file; copy them with it to serve the restored data as before:',
  );
  if (report.keyFiles.length === 0) lines.push('  (no key files under DATA_DIR/keys/)');
  for (const file of report.keyFiles) lines.push(`  ${file}`);
  lines.push(`  ${report.media.dir}/ (${report.media.files} media files, ${report.media.bytes} bytes)`);
  return `${lines.join('\n')}\n`;
}
