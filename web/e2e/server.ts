/**
 * Starts the real MentalMuse server for e2e: a temporary DATA_DIR, a free port, e-mail written
 * to files (`EMAIL_BACKEND=file`), and helpers to read those e-mails and run the CLI.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const main = path.join(repo, 'server/src/main.ts');

/** A running server. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `http://localhost:<port>`: the same server under a host name, as passkeys need (never an IP). */
  localUrl: string;
  /** Its DATA_DIR. */
  dataDir: string;
  /** Its environment (for the CLI). */
  env: NodeJS.ProcessEnv;
  /** Runs `mentalmuse <args>` against the same data. */
  cli(...args: string[]): string;
  /** The e-mails written so far (raw .eml text), oldest first. */
  mails(): string[];
  /** Stops the server and removes its data. */
  stop(): Promise<void>;
}

/** A free TCP port on the loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`);
    try {
      const response = await fetch(`${url}/api/health/`);
      if (response.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become healthy:\n${log()}`);
}

/** Starts a server (on `port` when given); extra environment variables override the defaults. */
export async function startServer(extra: Record<string, string> = {}, port?: number): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mm-e2e-'));
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    EMAIL_BACKEND: 'file',
    FRONTEND_URL: url,
    RATE_LIMIT_ENABLED: 'false',
    // Journeys post from brand-new accounts; the posting limits have their own server tests.
    NEW_ACCOUNT_HOURS: '0',
    // Browsers refuse an IP address as the WebAuthn relying party: passkey journeys use localhost.
    WEBAUTHN_ORIGIN: `http://localhost:${port}`,
    ...extra,
  };
  let output = '';
  const child = spawn(process.execPath, [main, 'serve'], {
    cwd: repo,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  await waitForHealth(url, child, () => output);
  const mailDir = path.join(dataDir, 'mail');
  return {
    url,
    localUrl: `http://localhost:${port}`,
    dataDir,
    env,
    cli: (...args) => execFileSync(process.execPath, [main, ...args], { cwd: repo, env, encoding: 'utf8' }),
    mails: () => {
      try {
        return readdirSync(mailDir)
          .map((name) => path.join(mailDir, name))
          .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs || a.localeCompare(b))
          .map((file) => readFileSync(file, 'utf8'));
      } catch {
        return [];
      }
    },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Decodes quoted-printable soft breaks and `=3D`, enough to find links in an e-mail. */
export function mailText(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
}

/** The first link in an e-mail that starts with `prefix`. */
export function linkIn(raw: string, prefix: string): string | null {
  const text = mailText(raw);
  const at = text.indexOf(prefix);
  if (at < 0) return null;
  const match = /^[^\s"'<>)\]]+/.exec(text.slice(at));
  return match ? match[0] : null;
}
