/**
 * Debian's Chromium through playwright-core (never a downloaded browser), axe-core checks on
 * every page visited, screenshots, and a guard that fails on console errors (CSP violations,
 * uncaught exceptions) and on requests to any host but the server's.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Where Debian installs Chromium. */
export const CHROMIUM = '/usr/bin/chromium';

const here = path.dirname(fileURLToPath(import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Where screenshots go: `SCREENSHOT_DIR`, else `.test-results/screenshots` at the repo root. */
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR
  ? path.resolve(process.env.SCREENSHOT_DIR)
  : path.resolve(here, '../../.test-results/screenshots');

/** Launches headless Chromium with the flags the project uses. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Problems seen in a context: console errors, page errors, third-party requests. */
export interface Guard {
  problems: string[];
}

/** A new context (own cookies) whose pages are watched by a {@link Guard}. */
export async function newContext(
  browser: Browser,
  origin: string,
  options: { colorScheme?: 'light' | 'dark'; width?: number; height?: number } = {},
): Promise<{ context: BrowserContext; page: Page; guard: Guard }> {
  const context = await browser.newContext({
    baseURL: origin,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1100, height: options.height ?? 800 },
    reducedMotion: 'reduce',
  });
  const guard: Guard = { problems: [] };
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      guard.problems.push(`third-party request: ${url}`);
    }
  });
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      // Expected API refusals (a 401 while logged out, a 400 on a bad form) are logged by Chromium as resource errors.
      if (/Failed to load resource: the server responded with a status of (4\d\d)/.test(text)) return;
      guard.problems.push(`console error: ${text}`);
    });
    page.on('pageerror', (error) => guard.problems.push(`page error: ${error.message}`));
  };
  context.on('page', watch);
  const page = await context.newPage();
  return { context, page, guard };
}

/** One axe violation, summarised. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page; returns serious and critical violations. */
export async function axe(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } };
    return w.axe.run(document, { resultTypes: ['violations'] });
  })) as { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

/** Saves a full-page screenshot as `<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
