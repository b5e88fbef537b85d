/**
 * Starts a MentalMuse server (or any script) as a child process for benchmarks, waits until it
 * answers, reports the resident memory of its whole process tree (a `--workers N` server is a
 * primary and N workers), and stops it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A running child server. */
export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** When the process was started (`performance.now()`, ms). */
  startedAt: number;
  /** Resident set size in MiB (from /proc) of the process and all its descendants. */
  rssMiB(): number;
  /** Resident set size in MiB of each process of the tree. */
  rssPerProcessMiB(): number[];
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

function rssKiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The pid and its descendants (from /proc/<pid>/stat parent ids). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []));
  return tree;
}

function rssPerProcess(pid: number | undefined): number[] {
  if (pid === undefined) return [];
  return processTree(pid).map((p) => Math.round(rssKiB(p) / 1024));
}

/**
 * Starts `node [nodeArgs] <script> <args>` with an environment and waits for `healthPath`
 * (`nodeArgs`: e.g. `--cpu-prof`).
 */
export async function startProcess(
  script: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  healthPath: string,
  nodeArgs: string[] = [],
): Promise<RunningServer> {
  const startedAt = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}${healthPath}`);
  return {
    url,
    child,
    startedAt,
    rssMiB: () => rssPerProcess(child.pid).reduce((a, b) => a + b, 0),
    rssPerProcessMiB: () => rssPerProcess(child.pid),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Environment the benchmarks run MentalMuse with (plus their own). */
export const BENCH_SERVER_ENV: Record<string, string> = {
  LOG_LEVEL: 'warn',
  RATE_LIMIT_ENABLED: 'false',
  // The write scenarios post thousands of times from freshly registered accounts.
  NEW_ACCOUNT_HOURS: '0',
  EMAIL_VERIFICATION: 'none',
  ACCESS_TOKEN_LIFETIME: '3600',
};

/**
 * The Node flags production runs the server with: those of the `serve` script in
 * server/package.json (kept in step with the systemd unit), so a benchmark measures the same
 * process (e.g. its young-generation size).
 */
export const SERVE_NODE_FLAGS: string[] = (() => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'server/package.json'), 'utf8')) as {
    scripts: { serve: string };
  };
  const words = manifest.scripts.serve.split(/\s+/);
  return words.slice(1, words.indexOf('src/main.ts')).filter((word) => word.startsWith('--'));
})();

/**
 * Starts the MentalMuse server with benchmark-friendly settings plus `env`; `args` replace the
 * default `serve` (e.g. `serve --no-migrate --workers 2`).
 */
export async function startMentalMuse(
  env: Record<string, string>,
  options: { args?: string[]; nodeArgs?: string[] } = {},
): Promise<RunningServer> {
  const port = await freePort();
  return startProcess(
    path.join(ROOT, 'server/src/main.ts'),
    options.args ?? ['serve'],
    { ...BENCH_SERVER_ENV, ...env },
    port,
    '/api/health/',
    [...SERVE_NODE_FLAGS, ...(options.nodeArgs ?? [])],
  );
}

/**
 * MentalMuse on an already migrated (seeded) database: `serve --no-migrate --workers N`, a
 * PostgreSQL pool of 10 per process, optionally under extra Node flags (`--cpu-prof`).
 */
export function startBenchServer(
  env: Record<string, string>,
  options: { dialect: 'sqlite' | 'postgres'; workers: number; nodeArgs?: string[] },
): Promise<RunningServer> {
  return startMentalMuse(
    { ...env, ...(options.dialect === 'postgres' ? { DATABASE_POOL_SIZE: '10' } : {}) },
    {
      args: ['serve', '--no-migrate', '--workers', String(options.workers)],
      nodeArgs: options.nodeArgs ?? [],
    },
  );
}

/** Samples a server's tree RSS every 200 ms until stopped; returns the peaks. */
export function sampleRss(server: RunningServer): () => { totalMiB: number; maxProcessMiB: number } {
  let totalMiB = 0;
  let maxProcessMiB = 0;
  const sample = () => {
    const each = server.rssPerProcessMiB();
    totalMiB = Math.max(
      totalMiB,
      each.reduce((a, b) => a + b, 0),
    );
    maxProcessMiB = Math.max(maxProcessMiB, ...each);
  };
  sample();
  const timer = setInterval(sample, 200);
  return () => {
    clearInterval(timer);
    sample();
    return { totalMiB, maxProcessMiB };
  };
}

/**
 * Starts the ceiling server (bench/ceiling.ts) verifying tokens of `server` (its JWKS) and answering
 * `bodyBytes` bytes by default.
 */
export async function startCeiling(server: RunningServer, bodyBytes: number): Promise<RunningServer> {
  const jwks = (await (await fetch(`${server.url}/.well-known/jwks.json`)).json()) as {
    keys: Record<string, unknown>[];
  };
  return startProcess(
    path.join(ROOT, 'bench/ceiling.ts'),
    [],
    { CEILING_JWK: JSON.stringify(jwks.keys[0]), CEILING_BODY_BYTES: String(bodyBytes) },
    await freePort(),
    '/health/',
  );
}
