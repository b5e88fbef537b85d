/**
 * Journal basics of issue 15 in Chromium: the full history with paging, checking in for an
 * earlier time, a feeling of one's own, editing a past check-in, deleting with confirmation and undo, the month view and
 * the printable journal.
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

interface Checkin {
  id: string;
  score: number;
  occurred_at: string;
  note: string | null;
}

describe('journal basics', () => {
  test('history with paging, backfill, edit, delete with undo, month view, printable copy', async () => {
    const token = await createUser(server, 'ivy', PASSWORD);
    const list = () =>
      call<{ count: number; results: Checkin[] }>(
        server,
        'GET',
        '/api/journal/checkins/?limit=100',
        undefined,
        token,
      );
    // 24 check-ins, one every 6 hours over the last six days.
    for (let i = 1; i <= 24; i += 1) {
      await call(
        server,
        'POST',
        '/api/journal/checkins/',
        { score: (i % 5) + 1, occurred_at: new Date(Date.now() - i * 6 * 3_600_000).toISOString() },
        token,
      );
    }
    await call(
      server,
      'POST',
      '/api/journal/entries/',
      { title: 'Monday', body: 'The bus was late; I stayed calm.' },
      token,
    );

    const { context, page, guard } = await newContext(browser, server.url);
    await uiLogin(page, guard, 'ivy');
    await page.goto('/journal');
    await check(page, guard, 'journal-history', 'Your journal', true);
    const history = page.getByRole('region', { name: 'Your check-ins' });
    await history.getByText('24 check-ins so far.').waitFor();
    expect(await history.getByRole('button', { name: /^Delete/ }).count()).toBe(20);
    await history.getByRole('button', { name: 'Show older check-ins' }).click();
    await expect.poll(() => history.getByRole('button', { name: /^Delete/ }).count()).toBe(24);

    // Month view: this month's days with check-ins carry a face.
    const calendar = page.getByRole('region', { name: 'Month view' });
    await expect.poll(() => calendar.locator('td[data-mood]').count()).toBeGreaterThan(0);

    // Check in for yesterday morning.
    const yesterday = new Date(Date.now() - 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const local = `${yesterday.getFullYear()}-${pad(yesterday.getMonth() + 1)}-${pad(yesterday.getDate())}T09:15`;
    await page.getByText('Checking in for an earlier time?').click();
    await page.getByLabel('When', { exact: true }).fill(local);
    await page.getByRole('radio', { name: 'Okay' }).click();
    await page.getByText('Checked in: okay.').waitFor();
    const backfilled = (await list()).results.find(
      (c) => Date.parse(c.occurred_at) === new Date(local).getTime(),
    );
    expect(backfilled?.score).toBe(3);

    // A feeling of one's own, added to that check-in.
    await page.getByText('Add feelings, activities or a note (optional)').click();
    await page.getByLabel('Add your own (feelings)').fill('Homesick');
    await page.getByRole('button', { name: 'Add to feelings' }).click();
    await page.getByRole('button', { name: 'homesick', pressed: true }).waitFor();
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('Details saved.').waitFor();
    const tags = await call<{ emotions: { custom: string[] } }>(
      server,
      'GET',
      '/api/journal/tags/',
      undefined,
      token,
    );
    expect(tags.emotions.custom).toContain('homesick');

    // Edit the newest check-in's mood and note.
    const newest = (await list()).results[0] as Checkin;
    await history.getByRole('button', { name: /^Edit/ }).first().click();
    await history.getByRole('radio', { name: 'Great' }).click();
    await history.getByLabel('Note (only you can see it)').fill('Better than I thought.');
    await history.getByRole('button', { name: 'Save changes' }).click();
    await history.getByText('Better than I thought.').waitFor();
    const edited = (await list()).results.find((c) => c.id === newest.id);
    expect([edited?.score, edited?.note]).toEqual([5, 'Better than I thought.']);

    // Delete asks first, then offers Undo.
    await history
      .getByRole('button', { name: /^Delete/ })
      .first()
      .click();
    const confirm = page.getByRole('dialog', { name: 'Delete this check-in?' });
    await check(page, guard, 'journal-delete-confirm', 'Your journal');
    await confirm.getByRole('button', { name: 'Delete check-in' }).click();
    await expect.poll(async () => (await list()).count).toBe(24);
    await history.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await list()).count).toBe(25);
    expect((await list()).results.some((c) => c.note === 'Better than I thought.' && c.score === 5)).toBe(
      true,
    );

    await page.getByRole('link', { name: 'A readable copy of your journal' }).click();
    await check(page, guard, 'journal-print', 'Your journal', true);
    await page.getByText('The bus was late; I stayed calm.').waitFor();
    await page.getByRole('heading', { name: 'Check-ins (25 check-ins)' }).waitFor();
    await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    await context.close();

    // The same journal on a 390 × 844 phone (screenshots for docs/screenshots).
    const phone = await newContext(browser, server.url, { width: 390, height: 844 });
    await uiLogin(phone.page, phone.guard, 'ivy');
    for (const [path, name, heading] of [
      ['/journal', 'journal-390', 'Your journal'],
      ['/insights', 'insights-390', 'Your insights'],
    ] as const) {
      await phone.page.goto(path);
      await check(phone.page, phone.guard, name, heading, true);
      expect(
        await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
    }
    await phone.page.getByRole('button', { name: 'Need help now?' }).click();
    await phone.page.getByRole('dialog', { name: 'If you need help right now' }).waitFor();
    await check(phone.page, phone.guard, 'help-panel-390', 'Your insights', true);
    await phone.context.close();
  });
});
