/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): where the samples' self time went, by
 * function and by origin (our server code, each npm package, Node's internals, GC, idle).
 *
 *   npm run bench:profile -- <file.cpuprofile> [--top 25] [--from 5000 --to 15000]
 *
 * `--from`/`--to` (ms since the profile began) keep only the samples of that window — bench/run.ts
 * passes the measured run's, so start-up, logins and warm-up do not count.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Where a frame's code comes from: `server/src/…`, an npm package, `node:…`, or a V8 pseudo-frame. */
export function origin(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native / V8 builtins)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg !== null) return `npm:${pkg[1]}`;
  if (url.startsWith('node:')) return 'node: internals';
  const ours = /\/(server\/src|bench)\/(.*)$/.exec(url);
  if (ours !== null) return `ours:${ours[1]}/${(ours[2] ?? '').split('/').slice(0, -1).join('/') || '.'}`;
  return url;
}

function shortUrl(url: string): string {
  return url.replace(/^file:\/\/.*?\/(node_modules|server\/src|bench)\//, '$1/');
}

/** A time window of a profile, in ms since it began. */
export interface ProfileWindow {
  fromMs: number;
  toMs: number;
}

/** A markdown summary: total and active time, top origins, top functions by self time. */
export function summariseProfile(file: string, top = 25, window?: ProfileWindow): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let at = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (window !== undefined && (at < window.fromMs * 1000 || at > window.toMs * 1000)) continue;
    const id = profile.samples[i] as number;
    self.set(id, (self.get(id) ?? 0) + delta);
  }
  const functions = new Map<string, number>();
  const origins = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, micros] of self) {
    const frame = byId.get(id)?.callFrame;
    if (frame === undefined) continue;
    total += micros;
    if (frame.functionName === '(idle)') idle += micros;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url === '' ? '' : `${shortUrl(frame.url)}:${frame.lineNumber + 1}`}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
    const from = origin(frame.url, frame.functionName);
    origins.set(from, (origins.get(from) ?? 0) + micros);
  }
  const active = Math.max(1, total - idle);
  const rows = (map: Map<string, number>, n: number) =>
    [...map]
      .filter(([k]) => k !== '(idle)' && !k.startsWith('(idle) '))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([k, v]) =>
          `| ${k.replaceAll('|', '\\|')} | ${(v / 1000).toFixed(0)} | ${((100 * v) / active).toFixed(1)}% |`,
      );
  return [
    `Profile${window === undefined ? '' : ` (${(window.fromMs / 1000).toFixed(1)}–${(window.toMs / 1000).toFixed(1)} s after start: the measured run)`}: ${(total / 1e6).toFixed(1)} s sampled, ${(idle / 1e6).toFixed(1)} s idle, ${(active / 1e6).toFixed(1)} s busy (percentages are of busy time).`,
    '',
    '| origin | self ms | share |',
    '|---|---:|---:|',
    ...rows(origins, 15),
    '',
    '| function | self ms | share |',
    '|---|---:|---:|',
    ...rows(functions, top),
  ].join('\n');
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' }, from: { type: 'string' }, to: { type: 'string' } },
  });
  const window =
    values.from === undefined && values.to === undefined
      ? undefined
      : { fromMs: Number(values.from ?? 0), toMs: Number(values.to ?? Number.POSITIVE_INFINITY) };
  if (positionals.length === 0) {
    process.stderr.write('Usage: npm run bench:profile -- <file.cpuprofile> [--top 25]\n');
    process.exit(2);
  }
  for (const file of positionals)
    process.stdout.write(`## ${file}\n\n${summariseProfile(file, Number(values.top), window)}\n\n`);
}
