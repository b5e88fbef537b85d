/**
 * LOG_FORMAT: JSON for files and collectors, readable coloured lines for a person. The formatter
 * is checked line by line, and a real `serve` process is checked in both formats (its stdout is a
 * pipe, so `auto` must mean JSON there).
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MAIN_SCRIPT } from '../../test/helpers/cli.ts';
import { tempDir } from '../../test/helpers/database.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { formatLogLine, highlightLinks, palette, resolveLogFormat } from './pretty-log.ts';

const plain = palette({ NO_COLOR: '1' });
const coloured = palette({});

/** Starts `serve` with a log format, collects stdout until the server listens, then stops it. */
async function serveOutput(format: string): Promise<string> {
  const child = spawn(process.execPath, [MAIN_SCRIPT, 'serve'], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: tempDir(), PORT: '0', LOG_FORMAT: format },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  for (let i = 0; i < 1200 && !output.includes('Server listening'); i++)
    await new Promise((resolve) => setTimeout(resolve, 50));
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  return output;
}

describe('LOG_FORMAT', () => {
  it('auto is pretty on a terminal and JSON otherwise; bad values are refused', () => {
    expect(resolveLogFormat('auto', true)).toBe('pretty');
    expect(resolveLogFormat('auto', false)).toBe('json');
    expect(resolveLogFormat('json', true)).toBe('json');
    expect(resolveLogFormat('pretty', false)).toBe('pretty');
    expect(loadConfig({}).logFormat).toBe('auto');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(ConfigError);
  });

  it('a request line reads as time, level, method, url, status and duration', () => {
    const line = JSON.stringify({
      level: 30,
      time: Date.UTC(2026, 0, 15, 12, 3, 4, 567),
      pid: 1,
      hostname: 'h',
      reqId: 'abc',
      res: { statusCode: 404 },
      req: { method: 'GET', url: '/api/post/x/' },
      responseTime: 3.125,
      msg: 'request completed',
    });
    expect(formatLogLine(line, plain)).toBe('12:03:04.567 INFO  GET /api/post/x/ 404 3.1 ms');
  });

  it('other lines keep their message and extra fields; colour only without NO_COLOR; non-JSON passes', () => {
    const line = JSON.stringify({ level: 50, time: 0, msg: 'scheduled backup failed', dir: '/b', bytes: 12 });
    expect(formatLogLine(line, plain)).toBe('00:00:00.000 ERROR scheduled backup failed dir=/b bytes=12');
    expect(formatLogLine(line, coloured)).toContain('\u001b[31mERROR\u001b[0m');
    expect(formatLogLine('-----', plain)).toBe('-----');
  });

  it('links in console mail stand out', () => {
    const text = 'Confirm my e-mail address: http://127.0.0.1:8000/verify-email/abc123\nThanks';
    expect(highlightLinks(text, coloured)).toContain(
      '\u001b[1;4;36mhttp://127.0.0.1:8000/verify-email/abc123\u001b[0m',
    );
    expect(highlightLinks(text, plain)).toBe(
      'Confirm my e-mail address: ➜ http://127.0.0.1:8000/verify-email/abc123\nThanks',
    );
  });

  it('a real server writes JSON lines under auto (a pipe) and json, readable lines under pretty', {
    timeout: 90_000,
  }, async () => {
    const [auto, pretty] = await Promise.all([serveOutput('auto'), serveOutput('pretty')]);
    const autoLines = auto.split('\n').filter((line) => line !== '');
    expect(autoLines.length).toBeGreaterThan(0);
    for (const line of autoLines) expect(() => JSON.parse(line)).not.toThrow();
    const prettyLine = pretty.split('\n').find((line) => line.includes('Server listening')) ?? '';
    expect(prettyLine.startsWith('\u001b[90m')).toBe(true);
    expect(prettyLine).toContain('\u001b[32mINFO \u001b[0m Server listening');
    expect(() => JSON.parse(prettyLine)).toThrow();
  });
});
