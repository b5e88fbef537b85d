/**
 * Steps shared by the e2e files: wait for a page's heading and check it (axe-core, console,
 * third-party requests, optional screenshot), and log in through the form.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axe, type Guard, screenshot } from './browser.ts';

/** The password every e2e member uses. */
export const PASSWORD = 'quiet-harbour-lantern-42';

/** Names of the pages checked with axe so far in this file (for the closing summary). */
export const axeChecked: string[] = [];

/** Waits for the page's `<h1>`, runs axe, checks the guard and optionally saves a screenshot. */
export async function check(
  page: Page,
  guard: Guard,
  name: string,
  heading: RegExp | string,
  shot = false,
): Promise<void> {
  try {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 15_000 });
  } catch (error) {
    await screenshot(page, `failed-${name}`);
    const text = await page.locator('body').textContent();
    throw new Error(`${name}: heading ${heading} not shown at ${page.url()}. Page says:\n${text}`, {
      cause: error,
    });
  }
  await page.waitForLoadState('networkidle');
  await page
    .locator('[role="status"] .spinner')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  const violations = await axe(page);
  expect(violations, `axe on ${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  expect(guard.problems, `console/network on ${name}`).toEqual([]);
  axeChecked.push(name);
  if (shot) await screenshot(page, name);
}

/** Logs in through the login form and waits for the feed's greeting. */
export async function uiLogin(
  page: Page,
  guard: Guard,
  username: string,
  password = PASSWORD,
): Promise<void> {
  await page.goto('/login');
  await check(page, guard, 'login', 'Welcome back');
  await page.getByLabel('Username or e-mail').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`Hello, ${username}`) }).waitFor();
}
