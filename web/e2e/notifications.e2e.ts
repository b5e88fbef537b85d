/**
 * Issue 16 in Chromium: user B comments on user A's post through the API and A's bell changes
 * without a reload (live events), the notifications page lists it under "Today" and links to the
 * comment, "Mark all as read" clears the badge; the feed's "N new posts" button; a post page's
 * live comment count; the notification settings (digest with the browser's time zone).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { call, createUser } from './api.ts';
import { launch, newContext } from './browser.ts';
import { startServer, type TestServer } from './server.ts';
import { axeChecked, check, PASSWORD, uiLogin } from './steps.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ EMAIL_VERIFICATION: 'mandatory' });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  console.log(`axe-core: ${axeChecked.length} page checks, 0 serious/critical violations`);
});

describe('notifications and live updates', () => {
  test('a comment reaches the bell without a reload; the page lists it; mark all read', async () => {
    const ana = await createUser(server, 'ana', PASSWORD);
    const ben = await createUser(server, 'ben', PASSWORD);
    const post = await call<{ id: string }>(
      server,
      'POST',
      '/api/post/',
      { body: 'A long week, finally over.' },
      ana,
    );

    const a = await newContext(browser, server.url);
    await uiLogin(a.page, a.guard, 'ana');
    const bell = a.page.getByRole('link', { name: /^Notifications/ });
    await bell.waitFor();
    await a.page.waitForLoadState('networkidle');
    // The browser sign-in is a new device for ana's account: that notice may already be there.
    const before = Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1] ?? 0);
    const after = before + 1;

    const comment = await call<{ id: string }>(
      server,
      'POST',
      `/api/post/${post.id}/comment/`,
      { body: 'Well done for getting through it.' },
      ben,
    );
    // No reload: the live stream brings the new count.
    await a.page.getByRole('link', { name: `Notifications, ${after} unread` }).waitFor({ timeout: 5000 });
    expect(await a.page.locator('.bell__badge').textContent()).toBe(String(after));
    // Announced politely, once, after a short pause.
    await a.page.waitForFunction(
      () => document.querySelector('.bell ~ [aria-live="polite"]')?.textContent === '1 new notification',
      undefined,
      { timeout: 6000 },
    );

    // The feed: another member's new post comes as a button, not as jumping content.
    await call(server, 'POST', '/api/post/', { body: 'Morning tea in the garden.' }, ben);
    const pill = a.page.getByRole('button', { name: '1 new post — show' });
    await pill.waitFor({ timeout: 5000 });
    expect(await a.page.getByText('Morning tea in the garden.').count()).toBe(0);
    await pill.click();
    await a.page.getByText('Morning tea in the garden.').waitFor();
    expect(await pill.count()).toBe(0);

    await a.page.getByRole('link', { name: `Notifications, ${after} unread` }).click();
    await check(a.page, a.guard, 'notifications', 'Notifications', true);
    const today = a.page.getByRole('region', { name: 'Today' });
    const entry = today.getByRole('link', { name: /commented on your post/i });
    expect(await entry.getAttribute('href')).toBe(`/post/${post.id}#comment-${comment.id}`);
    await a.page.getByRole('button', { name: 'Mark all as read' }).click();
    await a.page.getByText('every notification is marked as read').waitFor();
    await a.page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    expect(await a.page.locator('.bell__badge').count()).toBe(0);
    await a.page.getByLabel('Only unread').check();
    await a.page.getByText('Nothing unread').waitFor();
    await a.page.getByLabel('Only unread').uncheck();

    // The entry leads to the comment.
    await a.page.getByRole('link', { name: /commented on your post/i }).click();
    await a.page.getByText('Well done for getting through it.').waitFor();
    await a.page.waitForFunction((id) => document.activeElement?.id === `comment-${id}`, comment.id);

    // On the post page, a new comment updates the count and the list by itself.
    await a.page.getByText('1 comment', { exact: true }).waitFor();
    await call(server, 'POST', `/api/post/${post.id}/comment/`, { body: 'Rest well this weekend.' }, ben);
    await a.page.getByText('Rest well this weekend.').waitFor({ timeout: 5000 });
    await a.page.getByText('2 comments', { exact: true }).waitFor();

    // Preferences: a digest goes out in the browser's time zone.
    await a.page.goto('/settings/notifications');
    await check(a.page, a.guard, 'settings-notifications', 'Notifications', true);
    const zone = await a.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const locked = a.page.getByRole('checkbox', { name: 'A sign-in from a new device: by e-mail' });
    expect(await locked.isChecked()).toBe(true);
    expect(await locked.isDisabled()).toBe(true);
    await a.page.getByRole('checkbox', { name: 'Someone likes your post: in the app' }).uncheck();
    await a.page.getByLabel('Every morning').check();
    await a.page.getByRole('button', { name: 'Save notification settings' }).click();
    await a.page.getByText('Your notification settings are saved.').waitFor();
    const prefs = await call<{
      email_digest: string;
      timezone: string;
      types: Record<string, { in_app: boolean; email: boolean }>;
    }>(server, 'GET', '/api/notifications/preferences/', undefined, ana);
    expect(prefs.email_digest).toBe('daily');
    expect(prefs.timezone).toBe(zone);
    expect(prefs.types['post.liked']?.in_app).toBe(false);
    expect(prefs.types['security.new_login']?.email).toBe(true);

    // A 320 px screen: the bell and the list fit.
    await a.page.setViewportSize({ width: 320, height: 700 });
    await a.page.goto('/notifications');
    await check(a.page, a.guard, 'notifications-320', 'Notifications', true);
    const overflow = await a.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await a.context.close();

    // Dark theme: the new pages keep their contrast.
    const dark = await newContext(browser, server.url, { colorScheme: 'dark' });
    await uiLogin(dark.page, dark.guard, 'ana');
    for (const [path, name, heading] of [
      ['/notifications', 'notifications-dark', 'Notifications'],
      ['/settings/notifications', 'settings-notifications-dark', 'Notifications'],
      ['/settings/safety', 'settings-safety-dark', 'Safety'],
    ] as const) {
      await dark.page.goto(path);
      await check(dark.page, dark.guard, name, heading, true);
    }
    await dark.context.close();
  });
});
