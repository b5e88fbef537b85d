/**
 * Draws the installable app's icons from the logo (`src/assets/favicon.svg`) into
 * `public/icons/` (committed; run again after changing the logo): `node web/scripts/generate-icons.ts`.
 * Uses `sharp`, the server's image library. Maskable icons keep the face inside the central 80 %
 * safe zone on a full-bleed background, as launchers crop them to any shape.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(web, 'public/icons');
const logo = readFileSync(path.join(web, 'src/assets/favicon.svg'), 'utf8');
const GREEN = '#2f6f62';

/** The logo's face (no circle) on a square background, the face taking `share` of the side. */
function face(share: number): string {
  const inner = logo
    .replace(/<svg[^>]*>/, '')
    .replace('</svg>', '')
    .replace(/<title>.*?<\/title>/, '');
  const scale = share;
  const offset = (32 - 32 * scale) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${GREEN}"/><g transform="translate(${offset} ${offset}) scale(${scale})">${inner}</g></svg>`;
}

const HELP = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#6a4c93"/><path d="M16 25s-8-5-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 24 14c0 6-8 11-8 11z" fill="#fff"/></svg>`;

async function png(svg: string, size: number, file: string): Promise<void> {
  await sharp(Buffer.from(svg), { density: Math.ceil((72 * size) / 32) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(path.join(out, file));
}

mkdirSync(out, { recursive: true });
await png(logo, 192, 'icon-192.png');
await png(logo, 512, 'icon-512.png');
await png(face(0.7), 512, 'maskable-512.png');
await png(face(0.8), 180, 'apple-touch-icon.png');
await png(face(0.8), 96, 'shortcut-checkin-96.png');
await png(HELP, 96, 'shortcut-help-96.png');
console.log(`icons written to ${path.relative(process.cwd(), out)}`);
