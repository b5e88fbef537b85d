/**
 * The four defects of issue 15, each as a journey in Chromium that failed before its fix:
 * the keyboard check-in (keyboard only), unsaved writing kept across "Need help now?", focus
 * after posting, and insights charts that are legible at 320 px, show gaps, diverge around
 * zero and name moods.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { call, createUser, login } from './api.ts';
import { launch, newContext, screenshot } from './browser.ts';
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

interface CheckinList {
  count: number;
  results: { id: string; score: number }[];
}

const checkins = async (token: string) =>
  call<CheckinList>(server, 'GET', '/api/journal/checkins/?limit=100', undefined, token);

/** Presses Tab until the focused element is the radio called `name` (keyboard only). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLInputElement && el.type === 'radio' ? (el.labels?.[0]?.textContent ?? '') : '';
    });
    if (focused.includes(name)) return;
  }
  throw new Error(`Tab never reached the ${name} radio`);
}

describe('issue 15 defects', () => {
  test('1. keyboard check-in: arrows only select, Space saves once, a later change is confirmed', async () => {
    await createUser(server, 'kim', PASSWORD);
    const token = await login(server, 'kim', PASSWORD);
    const { context, page, guard } = await newContext(browser, server.url);
    await uiLogin(page, guard, 'kim');
    await page.goto('/journal');
    await check(page, guard, 'journal-keyboard', 'Your journal');

    await tabTo(page, 'Very low');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    expect((await checkins(token)).count, 'moving with arrows must not save').toBe(0);

    // Passing over "Very low" neither records it nor shows the crisis message.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
    await page.waitForLoadState('networkidle');
    expect((await checkins(token)).count).toBe(0);
    expect(await page.getByText('See people you can talk to right now').count()).toBe(0);

    // Space saves the focused mood once, even pressed again while the save runs.
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await page.getByText('Checked in: good.').waitFor();
    await page.waitForLoadState('networkidle');
    const first = await checkins(token);
    expect(first.results.map((c) => c.score)).toEqual([4]);

    // Choosing another mood later asks before rewriting the saved check-in.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const prompt = page.getByRole('group', { name: /You already checked in/ });
    await prompt.waitFor();
    await check(page, guard, 'journal-change-prompt', 'Your journal', true);
    expect((await checkins(token)).results.map((c) => c.score)).toEqual([4]);
    await prompt.getByRole('button', { name: 'Change it to great' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Checked in: great.').waitFor();
    const after = await checkins(token);
    expect(after.results.map((c) => [c.id, c.score])).toEqual([[first.results[0]?.id, 5]]);
    await context.close();
  });

  test('2. writing survives "Need help now?": a help panel over the page, drafts kept locally', async () => {
    await createUser(server, 'lee', PASSWORD);
    const { context, page, guard } = await newContext(browser, server.url);
    await uiLogin(page, guard, 'lee');
    const words = 'It has been a long week and I am tired of pretending.';
    const composer = page.getByRole('region', { name: 'Share something' }).getByLabel('What’s on your mind?');
    await composer.fill(words);

    await page.getByRole('banner').getByRole('button', { name: 'Need help now?' }).click();
    const help = page.getByRole('dialog', { name: 'If you need help right now' });
    await help.getByText('Call 988').waitFor();
    await check(page, guard, 'help-panel', /Hello, lee/, true);
    expect(await composer.inputValue()).toBe(words);
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
    expect(await composer.inputValue()).toBe(words);

    // The full page is one tap away; coming back restores the draft.
    await page.getByRole('banner').getByRole('button', { name: 'Need help now?' }).click();
    await help.getByRole('link', { name: 'Open the full help page' }).click();
    await check(page, guard, 'help-page', 'If you need help right now');
    await page.goBack();
    await check(page, guard, 'feed-draft-restored', /Hello, lee/);
    await expect.poll(() => composer.inputValue()).toBe(words);

    // A journal entry draft survives a reload too.
    await page.goto('/journal/entries/new');
    await check(page, guard, 'entry-new', 'New journal entry');
    await page.getByLabel('Your entry').fill('Only for me: I cried at lunch.');
    await page.waitForTimeout(800);
    await page.goto('/help');
    await check(page, guard, 'help-page-2', 'If you need help right now');
    await page.goto('/journal/entries/new');
    await check(page, guard, 'entry-restored', 'New journal entry');
    await expect
      .poll(() => page.getByLabel('Your entry').inputValue())
      .toBe('Only for me: I cried at lunch.');

    // Sent words leave the draft store.
    await page.goto('/');
    await check(page, guard, 'feed-before-post', /Hello, lee/);
    await page.getByRole('region', { name: 'Share something' }).getByRole('button', { name: 'Post' }).click();
    await page.getByRole('article').filter({ hasText: words }).waitFor();
    await page.reload();
    await check(page, guard, 'feed-after-post', /Hello, lee/);
    expect(await composer.inputValue()).toBe('');

    // Logging out forgets every draft on the device.
    await composer.fill('Not finished yet.');
    await page.waitForTimeout(300);
    await page.goto('/settings');
    await check(page, guard, 'settings-before-logout', 'Your profile');
    await page.getByRole('button', { name: 'Log out', exact: true }).click();
    await check(page, guard, 'logged-out', 'Welcome back');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('draft')))).toEqual(
      [],
    );
    await page.getByLabel('Username or e-mail').fill('lee');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    await page.goto('/');
    await check(page, guard, 'feed-after-relogin', /Hello, lee/);
    expect(await composer.inputValue()).toBe('');
    await context.close();
  });

  test('3. after posting, focus moves to the new post and it is announced', async () => {
    await createUser(server, 'mo', PASSWORD);
    const { context, page, guard } = await newContext(browser, server.url);
    await uiLogin(page, guard, 'mo');
    const compose = page.getByRole('region', { name: 'Share something' });
    await compose.getByLabel('What’s on your mind?').fill('A small win: I made my bed today.');
    await compose.getByRole('button', { name: 'Post' }).click();
    await page.getByRole('article').filter({ hasText: 'A small win' }).waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('article')?.textContent?.includes('A small win')),
      )
      .toBe(true);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Your post is shared' }).count())
      .toBe(1);
    await check(page, guard, 'feed-after-posting', /Hello, mo/);
    await context.close();
  });

  test('4. insights charts: ≥ 12 px text at 320 px, one size on desktop, gaps, diverging bars, mood names', async () => {
    await createUser(server, 'nia', PASSWORD);
    const token = await login(server, 'nia', PASSWORD);
    // Days 1–3 and 6–8 ago, nothing on days 4–5: the line must break there. Three days with and
    // without each activity, so both get an effect (one positive, one negative).
    const days = [
      { day: 1, score: 4, activities: ['exercise'] },
      { day: 2, score: 5, activities: ['exercise'] },
      { day: 3, score: 4, activities: ['exercise'] },
      { day: 6, score: 2, activities: ['work'] },
      { day: 7, score: 1, activities: ['work'] },
      { day: 8, score: 3, activities: ['work'] },
    ];
    for (const { day, score, activities } of days) {
      await call(
        server,
        'POST',
        '/api/journal/checkins/',
        { score, activities, occurred_at: new Date(Date.now() - day * 86_400_000).toISOString() },
        token,
      );
    }
    const textSizes = (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('svg.chart text')].map((text) => {
          const svg = text.closest('svg') as SVGSVGElement;
          const scale = svg.getBoundingClientRect().width / (svg.viewBox.baseVal.width || svg.clientWidth);
          return Number.parseFloat(getComputedStyle(text).fontSize) * scale;
        }),
      );

    const phone = await newContext(browser, server.url, { width: 320, height: 740 });
    await uiLogin(phone.page, phone.guard, 'nia');
    await phone.page.goto('/insights');
    await check(phone.page, phone.guard, 'insights-320', 'Your insights');
    await phone.page.getByRole('img', { name: /Average mood by day/ }).waitFor();
    await screenshot(phone.page, 'insights-320');
    const phoneSizes = await textSizes(phone.page);
    expect(phoneSizes.length).toBeGreaterThan(10);
    expect(
      Math.min(...phoneSizes),
      `chart text sizes at 320 px: ${phoneSizes.join(', ')}`,
    ).toBeGreaterThanOrEqual(12);
    expect(
      await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);

    const line = phone.page.getByRole('img', { name: /Average mood by day/ });
    expect(await line.locator('.line').count(), 'the line breaks over the two missing days').toBe(2);
    const axis = await line.locator('text').allTextContents();
    expect(axis).toEqual(expect.arrayContaining(['Very low', 'Okay', 'Great']));

    const effect = phone.page.getByRole('img', { name: /Mood difference on days with each activity/ });
    const bars = await effect.locator('rect').evaluateAll((rects) =>
      rects.map((r) => {
        const box = r.getBoundingClientRect();
        return { negative: r.classList.contains('bar--alt'), left: box.left, right: box.right };
      }),
    );
    const negative = bars.filter((b) => b.negative);
    const positive = bars.filter((b) => !b.negative);
    expect(negative.length).toBeGreaterThan(0);
    expect(positive.length).toBeGreaterThan(0);
    for (const n of negative) for (const p of positive) expect(n.right).toBeLessThanOrEqual(p.left + 1);
    await phone.context.close();

    const desktop = await newContext(browser, server.url);
    await uiLogin(desktop.page, desktop.guard, 'nia');
    await desktop.page.goto('/insights');
    await check(desktop.page, desktop.guard, 'insights-gaps', 'Your insights', true);
    await desktop.page.getByRole('img', { name: /Average mood by day/ }).waitFor();
    const desktopSizes = await textSizes(desktop.page);
    expect(Math.min(...desktopSizes)).toBeGreaterThanOrEqual(12);
    expect(
      Math.max(...desktopSizes) / Math.min(...desktopSizes),
      `desktop sizes: ${desktopSizes.join(', ')}`,
    ).toBeLessThan(1.25);
    await desktop.context.close();
  });
});
