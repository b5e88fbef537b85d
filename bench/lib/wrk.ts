/**
 * Drives load with wrk (a C load generator: far less CPU than autocannon, so on a small machine
 * the server keeps more of the cores). A scenario becomes a Lua script from bench/lib/wrk/
 * (cycle.lua for fixed requests, like.lua, refresh.lua) preceded by its data and followed by
 * report.lua, whose `done()` prints the figures as one JSON line.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadResult, ScenarioOptions } from './load.ts';

const LUA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wrk');

/** One fixed request. */
export interface WrkRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** A wrk scenario: a script of bench/lib/wrk/ and the data it reads (as the Lua table `DATA`). */
export interface WrkScript {
  script: 'cycle' | 'like' | 'refresh';
  data: Record<string, unknown>;
  /** Where the script's sequence starts (e.g. the measured run continues the warm-up's). */
  start?: number;
}

/** Whether `wrk` is on PATH. */
export function wrkAvailable(): boolean {
  return spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error === undefined;
}

/** A Lua literal for a string, number, boolean, array or object (non-ASCII as byte escapes). */
export function luaValue(value: unknown): string {
  if (typeof value === 'string') {
    let out = '"';
    for (const byte of Buffer.from(value, 'utf8')) {
      const c = String.fromCharCode(byte);
      out += byte < 32 || byte > 126 || c === '"' || c === '\\' ? `\\${byte}` : c;
    }
    return `${out}"`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `{${value.map(luaValue).join(', ')}}`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `[${luaValue(k)}] = ${luaValue(v)}`)
      .join(', ')}}`;
  return 'nil';
}

/**
 * The fixed requests of autocannon options that need no per-request code (a path or a list of
 * paths, headers, method, body); undefined when a request computes itself (`setupRequest`,
 * `onResponse`).
 */
export function fixedRequests(options: ScenarioOptions): WrkRequest[] | undefined {
  const base = {
    method: String(options.method ?? 'GET'),
    headers: { ...(options.headers as Record<string, string> | undefined) },
    body: typeof options.body === 'string' ? options.body : undefined,
  };
  if (options.requests === undefined) return [{ ...base, path: options.path ?? '/' }];
  const out: WrkRequest[] = [];
  for (const r of options.requests) {
    if (r.setupRequest !== undefined || r.onResponse !== undefined) return undefined;
    out.push({
      method: String(r.method ?? base.method),
      path: r.path ?? options.path ?? '/',
      headers: { ...base.headers, ...(r.headers as Record<string, string> | undefined) },
      body: typeof r.body === 'string' ? r.body : base.body,
    });
  }
  return out;
}

/** Cycles through fixed requests; `thinkMs` > 0 makes each connection pause before each request. */
export function cycle(requests: WrkRequest[], thinkMs = 0): WrkScript {
  return { script: 'cycle', data: { requests, think: thinkMs } };
}

interface WrkFigures {
  requests: number;
  duration_us: number;
  bytes: number;
  connect: number;
  read: number;
  write: number;
  status: number;
  timeout: number;
  p50_us: number;
  p90_us: number;
  p99_us: number;
}

/** wrk's own threads: one is plenty for these rates and leaves the cores to the server. */
const THREADS = 1;

/**
 * Runs wrk against `baseUrl` for `duration` s with `connections` connections. Non-2xx counts
 * wrk's `errors.status` (answers ≥ 400).
 */
export async function runWrk(
  name: string,
  baseUrl: string,
  script: WrkScript,
  options: { duration: number; connections: number },
): Promise<LoadResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mm-wrk-'));
  try {
    const file = path.join(dir, `${script.script}.lua`);
    writeFileSync(
      file,
      [
        `DATA = ${luaValue(script.data)}`,
        readFileSync(path.join(LUA_DIR, `${script.script}.lua`), 'utf8'),
        readFileSync(path.join(LUA_DIR, 'report.lua'), 'utf8'),
      ].join('\n'),
    );
    const threads = Math.min(THREADS, options.connections);
    const args = [
      `-t${threads}`,
      `-c${options.connections}`,
      `-d${options.duration}s`,
      '--timeout',
      '10s',
      '-s',
      file,
      `${baseUrl}/`,
      '--',
      String(script.start ?? 0),
      String(threads),
    ];
    const { code, stdout, stderr } = await run('wrk', args);
    const line = stdout.split('\n').find((l) => l.startsWith('WRK_JSON '));
    if (line === undefined)
      throw new Error(`wrk (${name}) exited ${code} without figures:\n${stdout}${stderr}`);
    const f = JSON.parse(line.slice('WRK_JSON '.length)) as WrkFigures;
    const ms = (us: number) => Math.round(us / 10) / 100;
    return {
      name,
      requestsPerSecond: Math.round(f.requests / Math.max(1e-6, f.duration_us / 1e6)),
      p50: ms(f.p50_us),
      p90: ms(f.p90_us),
      p99: ms(f.p99_us),
      errors: f.connect + f.read + f.write + f.timeout,
      non2xx: f.status,
      total: f.requests,
      bytes: f.requests === 0 ? 0 : Math.round(f.bytes / f.requests),
      generator: 'wrk',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(
  command: string,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
