/**
 * Starts a MentalMuse server (or any script) as a child process for benchmarks, waits until it
 * answers, reports its resident memory, and stops it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A running child server. */
export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** Resident set size in MiB (from /proc). */
  rssMiB(): number;
  stop(): Promise<void>;
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

/** Polls a URL until it answers 2xx, for at most `ms`. */
export async function waitFor(url: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up within ${ms} ms`);
}

function rssOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}

/** Starts `node <script> <args>` with an environment and waits for `healthPath`. */
export async function startProcess(
  script: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  healthPath: string,
): Promise<RunningServer> {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}${healthPath}`);
  return {
    url,
    child,
    rssMiB: () => rssOf(child.pid),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Starts the MentalMuse server with benchmark-friendly settings plus `env`. */
export async function startMentalMuse(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  return startProcess(
    path.join(ROOT, 'server/src/main.ts'),
    ['serve'],
    {
      LOG_LEVEL: 'warn',
      RATE_LIMIT_ENABLED: 'false',
      EMAIL_VERIFICATION: 'none',
      ACCESS_TOKEN_LIFETIME: '3600',
      ...env,
    },
    port,
    '/api/health/',
  );
}
