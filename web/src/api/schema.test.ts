// @vitest-environment node
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('the generated API types match the server’s OpenAPI document (run `npm run generate:api -w web`)', () => {
  const output = execFileSync(process.execPath, ['scripts/generate-api.ts', '--check'], {
    cwd: web,
    encoding: 'utf8',
  });
  expect(output).toContain('up to date');
}, 60_000);
