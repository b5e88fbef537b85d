/**
 * Marks a data directory as served: each `serve` process writes `DATA_DIR/run/serve-<pid>.pid`
 * and removes it when it stops, so `restore` can refuse while a server holds the database. A file
 * whose process has died (a crash, `kill -9`) does not count.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { processAlive, readPid } from './files.ts';

function runDir(dataDir: string): string {
  return path.join(dataDir, 'run');
}

/** Records this process as serving `dataDir`; returns the function that removes the record. */
export function markServing(dataDir: string): () => void {
  const dir = runDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `serve-${process.pid}.pid`);
  writeFileSync(file, `${process.pid}\n`, { mode: 0o600 });
  const release = () => rmSync(file, { force: true });
  process.once('exit', release);
  return release;
}

/** Process ids of live servers using `dataDir` (stale records are removed on the way). */
export function liveServers(dataDir: string): number[] {
  const dir = runDir(dataDir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const live: number[] = [];
  for (const name of names.filter((n) => /^serve-\d+\.pid$/.test(n))) {
    const file = path.join(dir, name);
    const pid = readPid(file);
    if (pid !== null && pid !== process.pid && processAlive(pid)) live.push(pid);
    else if (pid !== process.pid) rmSync(file, { force: true });
  }
  return live;
}
