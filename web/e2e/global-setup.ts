/**
 * Once before the e2e files run: builds the SPA when it is missing or stale, then holds the
 * first route to its budget (≤ 200 KB of gzipped JavaScript).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default function setup(): void {
  execFileSync('bash', [path.join(repo, 'scripts/build-web-if-needed.sh')], { stdio: 'inherit', cwd: repo });
  execFileSync(process.execPath, [path.join(repo, 'web/scripts/bundle-size.ts'), '--max-kb', '200'], {
    stdio: 'inherit',
    cwd: repo,
  });
}
