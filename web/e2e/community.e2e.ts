/**
 * Community polish of issue 15 in Chromium: a welcome for strangers, comments oldest first and
 * behind their post's content warning, editing one's own comment, "Read more", a report dialog
 * without a preselected reason, a confirmation before an anonymous post shows its author, the
 * public-name hint, and the composer folded away on a phone.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { call, createUser } from './api.ts';
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

describe('community polish', () => {
  test('strangers, comments, warnings, editing, reading, reporting and anonymity', async () => {
    const stranger = await newContext(browser, server.url);
    await stranger.page.goto('/');
    await check(stranger.page, stranger.guard, 'feed-stranger', /calm, kind community/i, true);
    const welcome = stranger.page.getByRole('region', { name: 'What is this place?' });
    await welcome.getByText('Your journal is private.').waitFor();
    expect(await welcome.getByRole('link', { name: 'Join' }).getAttribute('class')).toBe('btn');
    await stranger.context.close();

    const ana = await createUser(server, 'ana', PASSWORD);
    const ben = await createUser(server, 'ben', PASSWORD);
    const warned = await call<{ id: string }>(
      server,
      'POST',
      '/api/post/',
      { body: 'A hard anniversary today.', content_warning: 'loss' },
      ana,
    );
    for (const body of ['First: thinking of you.', 'Second: same here.', 'Third: sending warmth.']) {
      await call(server, 'POST', `/api/post/${warned.id}/comment/`, { body }, ben);
    }
    const long = `${'A long day, written out in full. '.repeat(40)}The end of the story.`;
    await call(server, 'POST', '/api/post/', { body: long }, ben);
    const secret = await call<{ id: string }>(
      server,
      'POST',
      '/api/post/',
      { body: 'Nobody knows this is me.', anonymous: true },
      ana,
    );

    const b = await newContext(browser, server.url);
    await uiLogin(b.page, b.guard, 'ben');
    const longCard = b.page.getByRole('article').filter({ hasText: 'A long day' });
    expect(await longCard.getByText('The end of the story.').count()).toBe(0);
    await longCard.getByRole('button', { name: 'Read more' }).click();
    await longCard.getByText('The end of the story.').waitFor();

    await b.page.goto(`/post/${warned.id}`);
    await check(b.page, b.guard, 'post-warned', 'Post');
    expect(await b.page.getByText('First: thinking of you.').count()).toBe(0);
    await b.page.getByRole('button', { name: 'Show post' }).click();
    const texts = await b.page.locator('.post__body').allTextContents();
    expect(texts.filter((t) => /^(First|Second|Third):/.test(t))).toEqual([
      'First: thinking of you.',
      'Second: same here.',
      'Third: sending warmth.',
    ]);
    const second = b.page.getByRole('listitem').filter({ hasText: 'Second: same here.' });
    await second.getByRole('button', { name: 'Edit your comment' }).click();
    await b.page.getByLabel('Edit your comment').fill('Second: same here, truly.');
    await b.page.getByRole('button', { name: 'Save comment' }).click();
    await b.page.getByText('Second: same here, truly.').waitFor();
    await check(b.page, b.guard, 'post-comments', 'Post', true);

    await b.page.goto(`/post/${secret.id}`);
    await check(b.page, b.guard, 'post-anonymous', 'Post');
    await b.page.getByRole('button', { name: 'Report post' }).click();
    const dialog = b.page.getByRole('dialog', { name: 'Report this post' });
    expect(await dialog.getByLabel('What’s wrong?').inputValue()).toBe('');
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await dialog.getByText('Please choose what’s wrong').waitFor();
    await dialog.getByLabel('What’s wrong?').selectOption('spam');
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await b.page.getByText('Thanks — a moderator will look at it.').waitFor();
    expect(await dialog.isVisible()).toBe(false);
    await b.context.close();

    const a = await newContext(browser, server.url);
    await uiLogin(a.page, a.guard, 'ana');
    await a.page.goto(`/post/${secret.id}/edit`);
    await check(a.page, a.guard, 'edit-anonymous', 'Edit your post');
    await a.page.getByLabel('Post anonymously').uncheck();
    await a.page.getByRole('button', { name: 'Save changes' }).click();
    const confirm = a.page.getByRole('dialog', { name: 'Show your name on this post?' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    const still = await call<{ anonymous: boolean }>(
      server,
      'GET',
      `/api/post/${secret.id}/`,
      undefined,
      ana,
    );
    expect(still.anonymous).toBe(true);

    await a.page.goto('/settings');
    await check(a.page, a.guard, 'settings-names', 'Your profile');
    await a.page.getByText('Leave both empty to show only your username.').waitFor();
    await a.context.close();

    const phone = await newContext(browser, server.url, { width: 390, height: 844 });
    await uiLogin(phone.page, phone.guard, 'ana');
    await phone.page.waitForLoadState('networkidle');
    await screenshot(phone.page, 'feed-390');
    const compose = phone.page.getByRole('region', { name: 'Share something' });
    expect(await compose.getByLabel('What’s on your mind?').count()).toBe(0);
    await compose.getByRole('button', { name: 'Write a post…' }).click();
    await compose.getByLabel('What’s on your mind?').waitFor();
    await check(phone.page, phone.guard, 'feed-390-composing', /Hello, ana/, true);
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.context.close();
  });
});
