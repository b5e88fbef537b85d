/**
 * Measures the JavaScript a first visit to `/` downloads (gzipped): the entry chunk, its static
 * imports, and the feed page's lazy chunk with its imports. Reads `web/dist/.vite/manifest.json`
 * (run `npm run build -w web` first). Prints a Markdown table for docs/performance.md.
 *
 *   npm run size -w web [-- --max-kb 200]   exits 1 when the first route is over the budget
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  Chunk
>;
const gz = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
const raw = (file: string) => readFileSync(path.join(dist, file)).length;

function closure(keys: string[], into = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (into.has(key)) continue;
    into.add(key);
    closure(manifest[key]?.imports ?? [], into);
  }
  return into;
}

const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (entry === undefined) throw new Error('no entry in the manifest');
const feed = Object.keys(manifest).find((key) => key.endsWith('pages/FeedPage.tsx'));
const shell = closure([entry]);
const firstRoute = closure(feed ? [feed] : [], new Set(shell));

const kb = (n: number) => (n / 1024).toFixed(1);
const sum = (keys: Set<string>, f: (file: string) => number) =>
  [...keys].reduce((total, key) => total + f(manifest[key]?.file ?? ''), 0);
const rows = [...firstRoute].map((key) => {
  const file = manifest[key]?.file ?? '';
  return `| ${file} | ${kb(raw(file))} | ${kb(gz(file))} |`;
});
const allJs = Object.values(manifest).filter((c) => c.file.endsWith('.js'));
const totalGz = allJs.reduce((t, c) => t + gz(c.file), 0);
const css = [...new Set(Object.values(manifest).flatMap((c) => c.css ?? []))];

const firstGz = sum(firstRoute, gz);
console.log('| file (first route `/`) | raw KB | gzip KB |\n|---|---|---|');
console.log(rows.join('\n'));
console.log(`| **first route total** | ${kb(sum(firstRoute, raw))} | **${kb(firstGz)}** |`);
console.log(`\nShell only (entry + static imports): ${kb(sum(shell, gz))} KB gzip.`);
console.log(`All JavaScript, every page: ${kb(totalGz)} KB gzip in ${allJs.length} files.`);
console.log(`CSS: ${css.map((f) => `${f} ${kb(gz(f))} KB gzip`).join(', ')}.`);

const at = process.argv.indexOf('--max-kb');
if (at > 0) {
  const max = Number(process.argv[at + 1]);
  if (firstGz / 1024 > max) {
    console.error(`first route is ${kb(firstGz)} KB gzip, over the ${max} KB budget`);
    process.exit(1);
  }
}
