/**
 * The admin console in a real Chromium against the real server: an admin finds a member in the
 * users table and deactivates them — the member's open session stops working at once — then
 * visits every admin page (axe-checked: no serious or critical violations, no console errors).
 * A moderator resolving a report is in journeys.e2e.ts; here a moderator sees the console
 * without the admin-only sections.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { call, createUser, login } from './api.ts';
import { axe, type Guard, launch, newContext, screenshot } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;
const PASSWORD = 'quiet-harbour-lantern-42';

beforeAll(async () => {
  server = await startServer({ EMAIL_VERIFICATION: 'mandatory' });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function check(page: Page, guard: Guard, name: string, heading: RegExp | string): Promise<void> {
  try {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 15_000 });
  } catch (error) {
    await screenshot(page, `failed-${name}`);
    throw new Error(
      `${name}: heading ${heading} not shown at ${page.url()}:\n${await page.locator('body').innerText()}`,
      {
        cause: error,
      },
    );
  }
  await page.waitForLoadState('networkidle');
  const violations = await axe(page);
  expect(violations, `axe on ${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  expect(guard.problems, `console/network on ${name}`).toEqual([]);
}

async function uiLogin(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Username or e-mail').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`Hello, ${username}`) }).waitFor();
}

describe('admin console', () => {
  test('an admin deactivates a member from the users table; the member’s open session stops working', async () => {
    server.cli(
      'createsuperuser',
      '--no-input',
      '--username',
      'root',
      '--email',
      'root@example.com',
      '--password',
      PASSWORD,
    );
    const daveToken = await createUser(server, 'dave', PASSWORD);
    await call(server, 'POST', '/api/post/', { body: 'Dave says hello' }, daveToken);
    expect(await call(server, 'GET', '/api/auth/user/', undefined, daveToken)).toMatchObject({
      username: 'dave',
    });

    const { context, page, guard } = await newContext(browser, server.url);
    await uiLogin(page, 'root');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await check(page, guard, 'admin-dashboard', 'Admin dashboard');
    await screenshot(page, 'admin-dashboard');

    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Users' }).click();
    await check(page, guard, 'admin-users', 'Users');
    // On a phone the users table fits without scrolling sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect
      .poll(() =>
        page.evaluate(() => {
          const wrap = document.querySelector('.admin-table-wrap');
          return Math.max(
            document.documentElement.scrollWidth - window.innerWidth,
            wrap ? wrap.scrollWidth - wrap.clientWidth : 0,
          );
        }),
      )
      .toBeLessThanOrEqual(0);
    await screenshot(page, 'admin-users-390');
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.getByLabel('Search name, username or e-mail').fill('dav');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'dave', exact: true }).click();
    await check(page, guard, 'admin-user', 'User dave');
    await expect.poll(() => page.getByText(/Journal: 0 check-ins/).count()).toBe(1);
    await page.getByRole('button', { name: 'Deactivate account' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Deactivate account' }).click();
    await page.getByText('Deactivate account: done.').waitFor();
    await page.getByRole('button', { name: 'Reactivate account' }).waitFor();

    await expect(call(server, 'GET', '/api/auth/user/', undefined, daveToken)).rejects.toThrow(/→ 401/);
    await expect(login(server, 'dave', PASSWORD)).rejects.toThrow(/→ 401/);

    for (const [link, heading] of [
      ['Content', 'Content'],
      ['Audit log', 'Audit log'],
      ['Outbox', 'Outbox'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: link }).click();
      await check(page, guard, `admin-${link}`, heading);
      if (link === 'Audit log') await page.getByRole('cell', { name: 'admin.deactivate' }).first().waitFor();
    }
    await context.close();
  });

  test('a moderator sees the console without the admin-only sections', async () => {
    await createUser(server, 'mona', PASSWORD);
    server.cli('users', 'set-role', 'mona', 'moderator');
    const { context, page, guard } = await newContext(browser, server.url);
    await uiLogin(page, 'mona');
    await page.goto('/admin/content');
    await check(page, guard, 'admin-content-moderator', 'Content');
    await page.getByRole('cell', { name: 'Dave says hello', exact: true }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Admin' });
    expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Reports' }).count()).toBe(1);
    await context.close();
  });
});
