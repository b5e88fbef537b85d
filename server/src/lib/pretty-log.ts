/**
 * Readable log lines for a person at a terminal (`LOG_FORMAT=pretty`, or `auto` on a TTY):
 * pino's JSON lines become `12:03:04.567 INFO  GET /api/post/ 200 3.1 ms` in colour, and links in
 * the console mail backend's output stand out. Files and log collectors keep getting JSON.
 */

/** What `LOG_FORMAT` asks for. */
export type LogFormat = 'auto' | 'json' | 'pretty';

/** `auto` → pretty exactly when the output is a terminal. */
export function resolveLogFormat(format: LogFormat, isTty: boolean): 'json' | 'pretty' {
  if (format === 'auto') return isTty ? 'pretty' : 'json';
  return format;
}

/** ANSI colours, or none when `NO_COLOR` is set (https://no-color.org). */
export interface Palette {
  paint(code: string, text: string): string;
}

/** The palette for an environment. */
export function palette(env: Record<string, string | undefined> = process.env): Palette {
  const plain = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return { paint: (code, text) => (plain ? text : `\u001b[${code}m${text}\u001b[0m`) };
}

const LEVELS: Record<number, [string, string]> = {
  10: ['TRACE', '90'],
  20: ['DEBUG', '36'],
  30: ['INFO ', '32'],
  40: ['WARN ', '33'],
  50: ['ERROR', '31'],
  60: ['FATAL', '41;97'],
};

/** Fields pino and Fastify add to every line; they are shown in the fixed part or not at all. */
const HIDDEN = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'reqId', 'req', 'res', 'responseTime']);

function clock(time: unknown): string {
  const date = typeof time === 'number' ? new Date(time) : new Date();
  return date.toISOString().slice(11, 23);
}

function fieldText(value: unknown): string {
  if (typeof value === 'string') return /\s/.test(value) ? JSON.stringify(value) : value;
  if (value instanceof Object && 'stack' in value && typeof value.stack === 'string')
    return `\n${value.stack}`;
  return JSON.stringify(value);
}

/** One pino JSON line as one readable line (anything that is not JSON passes through unchanged). */
export function formatLogLine(line: string, colours: Palette = palette()): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  if (entry === null || typeof entry !== 'object') return line;
  const [label, colour] = LEVELS[Number(entry.level)] ?? ['LOG  ', '0'];
  const parts = [colours.paint('90', clock(entry.time)), colours.paint(colour, label)];
  const req = entry.req as { method?: string; url?: string } | undefined;
  const res = entry.res as { statusCode?: number } | undefined;
  if (req?.method !== undefined) parts.push(colours.paint('1', `${req.method} ${req.url ?? ''}`));
  if (res?.statusCode !== undefined) {
    const status = res.statusCode;
    parts.push(colours.paint(status >= 500 ? '31' : status >= 400 ? '33' : '32', String(status)));
  }
  if (typeof entry.responseTime === 'number') parts.push(`${entry.responseTime.toFixed(1)} ms`);
  if (
    typeof entry.msg === 'string' &&
    !(req !== undefined && /^(incoming request|request completed)$/.test(entry.msg))
  )
    parts.push(entry.msg);
  for (const [key, value] of Object.entries(entry))
    if (!HIDDEN.has(key)) parts.push(colours.paint('90', `${key}=`) + fieldText(value));
  return parts.join(' ');
}

/** A stream for pino that writes formatted lines to `out`. */
export function prettyLogStream(out: { write(chunk: string): unknown }, colours: Palette = palette()) {
  return {
    write(chunk: string): void {
      for (const line of chunk.split('\n')) if (line !== '') out.write(`${formatLogLine(line, colours)}\n`);
    },
  };
}

/** Makes every http(s) link in `text` bold, underlined and cyan, with an arrow before it. */
export function highlightLinks(text: string, colours: Palette = palette()): string {
  return text.replace(
    /https?:\/\/[^\s<>"']+/g,
    (url) => `${colours.paint('1;33', '➜')} ${colours.paint('1;4;36', url)}`,
  );
}
