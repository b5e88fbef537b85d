/**
 * The installable app and the offline journal of issue 21 in Debian's Chromium: install criteria
 * (manifest fields, icons that are real PNGs of their sizes, the service worker registered for the
 * whole origin and served uncached), then offline (`context.setOffline(true)`): two check-ins and
 * an entry, marked "Waiting to sync", still there after an offline reload, sent exactly once when
 * the network returns (the server's rows checked through the API); the recent check-ins readable
 * offline (older than 30 days never kept); the crisis page offline; logout warns while items
 * wait, then clears the caches and IndexedDB; reminder settings; no sideways scroll at 320 px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { call, createUser } from './api.ts';
import { launch, newContext, screenshot } from './browser.ts';
import { startServer, type TestServer } from './server.ts';
import { axeChecked, check, uiLogin } from './steps.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  console.log(`axe-core: ${axeChecked.length} page checks, 0 serious/critical violations`);
});

interface Page_<T> {
  count: number;
  results: T[];
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const databases = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
/** Problems the guard saw, minus the failed requests that going offline is expected to cause. */
const offlineNoise = /ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR_|NetworkError/;

describe('installable app and offline journal', () => {
  test('install criteria, offline check-ins and entry synced exactly once, crisis page offline, logout wipes', async () => {
    const token = await createUser(server, 'olive', 'quiet-harbour-lantern-42');
    const checkins = () =>
      call<Page_<{ id: string; score: number; occurred_at: string }>>(
        server,
        'GET',
        '/api/journal/checkins/?limit=100',
        undefined,
        token,
      );
    const entries = () =>
      call<Page_<{ title: string | null; body: string }>>(
        server,
        'GET',
        '/api/journal/entries/?limit=100',
        undefined,
        token,
      );
    const recent = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
    await call(server, 'POST', '/api/journal/checkins/', { score: 4, occurred_at: recent }, token);
    await call(server, 'POST', '/api/journal/checkins/', { score: 2, occurred_at: old }, token);

    // Install criteria: the manifest and what it points at, served as browsers and stores expect.
    const manifestResponse = await fetch(`${server.url}/manifest.webmanifest`);
    expect(manifestResponse.status).toBe(200);
    expect(manifestResponse.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect(manifestResponse.headers.get('cache-control')).toBe('no-cache');
    const manifest = (await manifestResponse.json()) as {
      name: string;
      short_name: string;
      display: string;
      start_url: string;
      scope: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
      shortcuts: { name: string; url: string }[];
    };
    expect(manifest).toMatchObject({ name: 'MentalMuse', short_name: 'MentalMuse', display: 'standalone' });
    expect(manifest.start_url).toBe('/journal');
    expect(manifest.scope).toBe('/');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.shortcuts.map((s) => [s.name, s.url])).toEqual([
      ['Check in', '/journal#checkin'],
      ['Need help now?', '/help'],
    ]);
    for (const want of ['192x192', '512x512']) {
      expect(manifest.icons.some((i) => i.sizes === want && (i.purpose ?? 'any').includes('any'))).toBe(true);
    }
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of [...manifest.icons, { src: '/icons/apple-touch-icon.png', sizes: '180x180' }]) {
      const response = await fetch(`${server.url}${icon.src}`);
      expect(response.status, icon.src).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      const [w, h] = pngSize(Buffer.from(await response.arrayBuffer()));
      expect(`${w}x${h}`, icon.src).toBe(icon.sizes);
    }
    const swResponse = await fetch(`${server.url}/sw.js`);
    expect(swResponse.status).toBe(200);
    expect(swResponse.headers.get('content-type')).toMatch(/javascript/);
    expect(swResponse.headers.get('cache-control')).toBe('no-cache');

    const { context, page, guard } = await newContext(browser, server.url, { width: 390, height: 844 });
    /** Forgets the failed requests going offline causes (anything else stays a problem). */
    const forgetOfflineNoise = () => {
      const kept = guard.problems.filter((p) => !offlineNoise.test(p));
      guard.problems.splice(0, guard.problems.length, ...kept);
    };
    await uiLogin(page, guard, 'olive');
    await page.goto('/journal');
    await check(page, guard, 'journal', 'Your journal');
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${server.url}/`);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // Under the worker's control the check-ins are fetched again and kept — the recent one only.
    await page.reload();
    await check(page, guard, 'journal (controlled)', 'Your journal');
    const history = page.getByRole('region', { name: 'Your check-ins' });
    await history.getByText('2 check-ins so far.').waitFor();
    expect(await cacheNames(page)).toContain('mentalmuse-journal');
    const kept = await page.evaluate(async () => {
      const cache = await caches.open('mentalmuse-journal');
      const bodies = await Promise.all(
        (await cache.keys()).map(
          async (r) => (await (await cache.match(r))?.json()) as { results: unknown[] },
        ),
      );
      return bodies.flatMap((b) => b.results) as { occurred_at: string }[];
    });
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((c) => Date.parse(c.occurred_at) > Date.now() - 30 * 86_400_000)).toBe(true);

    // Offline: two check-ins and an entry, kept on the device and marked.
    await context.setOffline(true);
    await page.getByRole('status').filter({ hasText: 'You are offline' }).waitFor();
    await page.getByRole('radio', { name: 'Good' }).click();
    await page.getByText('saved on this device, waiting to sync').waitFor();
    await page.getByRole('radio', { name: 'Low', exact: true }).click();
    const waiting = page.getByRole('list', { name: 'Waiting to sync' });
    await expect.poll(() => waiting.getByRole('listitem').count()).toBe(2);
    await page.getByRole('link', { name: 'Write an entry' }).click();
    await page.getByLabel('Title (optional)').fill('On the night bus');
    await page.getByLabel('Your entry').fill('No signal, but I wanted to write this down.');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your journal' }).waitFor();
    await expect.poll(() => waiting.getByRole('listitem').count()).toBe(3);
    expect(await waiting.getByText('Waiting to sync').count()).toBe(3);
    await waiting.getByText('Entry: On the night bus').waitFor();
    await screenshot(page, 'pwa-offline-waiting');

    // Reload while offline: the shell comes from the precache, the queue from IndexedDB.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your journal' }).waitFor();
    await expect.poll(() => waiting.getByRole('listitem').count()).toBe(3);
    expect(await waiting.getByText('Waiting to sync').count()).toBe(3);
    // The recent check-in is readable offline.
    await history.getByText('1 check-in so far.').waitFor();
    expect((await checkins()).count).toBe(2);
    expect((await entries()).count).toBe(0);

    // The crisis page works offline too.
    await page.goto('/help');
    await page.getByRole('heading', { level: 1, name: 'If you need help right now' }).waitFor();
    await page.getByText('Find A Helpline').waitFor();
    await screenshot(page, 'pwa-help-offline');
    await page.goto('/journal');
    await page.getByRole('heading', { level: 1, name: 'Your journal' }).waitFor();

    // Back online: sent, exactly once.
    await context.setOffline(false);
    await expect.poll(() => waiting.count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(async () => (await checkins()).count, { timeout: 10_000 }).toBe(4);
    const rows = (await checkins()).results.map((c) => c.score).sort();
    expect(rows).toEqual([2, 2, 4, 4]);
    expect((await entries()).results).toEqual([
      expect.objectContaining({
        title: 'On the night bus',
        body: 'No signal, but I wanted to write this down.',
      }),
    ]);
    forgetOfflineNoise();
    await page.reload();
    await check(page, guard, 'journal (synced)', 'Your journal');
    await history.getByText('4 check-ins so far.').waitFor();
    expect((await checkins()).count).toBe(4);
    expect((await entries()).count).toBe(1);

    // Phone polish: 44 px targets on the check-in, nothing sideways at 320 px.
    const moodBox = await page.getByRole('radio', { name: 'Good' }).boundingBox();
    expect(moodBox?.height ?? 0).toBeGreaterThanOrEqual(44);
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 390, height: 844 });

    // Reminder settings: time zone defaults to the browser's.
    await page.goto('/settings');
    await check(page, guard, 'settings', 'Your profile');
    const reminder = page.getByRole('region', { name: 'Check-in reminder' });
    await reminder.getByLabel('Send me a gentle reminder to check in').check();
    await reminder.getByLabel('Time', { exact: true }).fill('21:30');
    await reminder.getByLabel('Saturday').uncheck();
    await reminder.getByRole('button', { name: 'Save reminder' }).click();
    await reminder.getByText(/Saved\. Next reminder/).waitFor();
    const saved = await call<{ enabled: boolean; time: string; tz: string; days: string[] }>(
      server,
      'GET',
      '/api/journal/reminders/',
      undefined,
      token,
    );
    expect(saved).toMatchObject({ enabled: true, time: '21:30' });
    expect(saved.days).not.toContain('sat');
    expect(saved.tz).toBe(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone));
    await reminder.scrollIntoViewIfNeeded();
    await screenshot(page, 'pwa-reminders');

    // Logout warns while something waits to sync; cancelling keeps it, and it syncs.
    await context.setOffline(true);
    await page.getByRole('link', { name: 'Journal' }).click();
    await page.getByRole('radio', { name: 'Great' }).click();
    await page.getByText('saved on this device, waiting to sync').waitFor();
    await page.getByRole('link', { name: 'Account' }).click();
    await page.getByRole('button', { name: 'Log out' }).click();
    const dialog = page.getByRole('dialog', { name: 'Some of your journal has not been sent yet' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await context.setOffline(false);
    await expect.poll(async () => (await checkins()).count, { timeout: 20_000 }).toBe(5);

    // Logout (nothing waiting): no question, and nothing private left behind.
    expect(await databases(page)).toContain('mentalmuse-offline');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
    await expect.poll(() => cacheNames(page)).not.toContain('mentalmuse-journal');
    expect(await databases(page)).not.toContain('mentalmuse-offline');
    // The app shell stays precached: the crisis page still opens offline after logout.
    await context.setOffline(true);
    await page.goto('/help');
    await page.getByRole('heading', { level: 1, name: 'If you need help right now' }).waitFor();
    await context.setOffline(false);

    forgetOfflineNoise();
    expect(guard.problems).toEqual([]);
    await context.close();
  });

  test('a logout made offline is finished on the server at the next start; nobody is signed back in', async () => {
    await createUser(server, 'wren', 'quiet-harbour-lantern-42');
    const { context, page, guard } = await newContext(browser, server.url);
    await uiLogin(page, guard, 'wren');
    await page.getByRole('link', { name: 'Account' }).click();
    const logout = page.getByRole('button', { name: 'Log out' });
    await logout.waitFor();
    const cookies = await context.cookies();
    const refresh = cookies.find((c) => c.name === 'refresh_token')?.value;
    const csrf = cookies.find((c) => c.name === 'csrftoken')?.value;
    expect(refresh).toBeDefined();
    await context.setOffline(true);
    await logout.click();
    await page.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
    const pending = () => page.evaluate(() => localStorage.getItem('mentalmuse.logout-pending'));
    expect(await pending()).toBe('1');
    await context.setOffline(false);
    await page.goto('/');
    await expect.poll(pending, { timeout: 10_000 }).toBeNull();
    await page.getByRole('navigation').getByRole('link', { name: 'Log in' }).waitFor();
    // The server heard it: the session's refresh cookie no longer works anywhere.
    const replay = await fetch(`${server.url}/api/auth/refresh/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-auth-mode': 'cookie',
        'x-csrftoken': csrf ?? '',
        cookie: `refresh_token=${refresh}; csrftoken=${csrf}`,
      },
      body: '{}',
    });
    expect(replay.status).toBe(401);
    const kept = guard.problems.filter((p) => !offlineNoise.test(p));
    expect(kept).toEqual([]);
    await context.close();
  });
});
