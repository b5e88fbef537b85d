/**
 * Running the `mentalmuse` command as an operator does, for CLI suites: a real process with its
 * own DATA_DIR and database (a SQLite file, or a fresh PostgreSQL database on the postgres run).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { createPostgresDatabase, RUN_DIALECT, tempDir } from './database.ts';

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/main.ts');

/** What a command printed and how it exited. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** A fresh environment: its own DATA_DIR and, on the postgres run, its own database (dropped after the test). */
export async function freshEnv(): Promise<Record<string, string>> {
  const env: Record<string, string> = {
    DATA_DIR: tempDir(),
    LOG_LEVEL: 'warn',
    PATH: process.env.PATH ?? '',
  };
  if (RUN_DIALECT === 'postgres') {
    const created = await createPostgresDatabase();
    cleanups.push(created.drop);
    env.DATABASE_URL = created.url;
  }
  return env;
}

/** Runs `mentalmuse <args>` with `env`, feeding `input` on stdin. */
export function cli(args: string[], env: Record<string, string>, input?: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** Opens the database an environment from {@link freshEnv} points at (close it after use). */
export function openEnvDatabase(env: Record<string, string>): Database {
  return openDatabase(
    env.DATABASE_URL
      ? { dialect: 'postgres', url: env.DATABASE_URL }
      : { dialect: 'sqlite', path: path.join(env.DATA_DIR ?? '', 'mentalmuse.sqlite3') },
  );
}

/** The path of `main.ts`, for tests that spawn long-running commands themselves. */
export const MAIN_SCRIPT = MAIN;
