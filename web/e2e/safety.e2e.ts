/**
 * Issue 17 in Chromium: block from a post's "…" menu (the post disappears, undo from settings),
 * a `hide` filter word hides a post (with the preview naming it first), a `warn` word blurs one
 * until "Show", search finds a post with the match marked, the care message after a post that
 * matches the crisis lexicon, and "Care first" on the moderation page.
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

describe('safety tools', () => {
  test('block, filter words (hide and warn), search with highlights, care', async () => {
    await createUser(server, 'ana', PASSWORD);
    const ben = await createUser(server, 'ben', PASSWORD);
    const cara = await createUser(server, 'cara', PASSWORD);
    await call(server, 'POST', '/api/post/', { body: 'Ben here: planting tomatoes today.' }, ben);
    await call(server, 'POST', '/api/post/', { body: 'Worried about my exams next week.' }, cara);
    await call(server, 'POST', '/api/post/', { body: 'A quiet walk with my dog by the river.' }, cara);
    const dan = await createUser(server, 'dan', PASSWORD);
    const caras = await call<{ id: string; author: { id: string } }>(
      server,
      'POST',
      '/api/post/',
      { body: 'Small wins count too.' },
      cara,
    );
    await call(server, 'POST', `/api/post/${caras.id}/comment/`, { body: 'Dan agrees, truly.' }, dan);
    await call(server, 'POST', `/api/post/${caras.id}/comment/`, { body: 'Ben was here too.' }, ben);

    const a = await newContext(browser, server.url);
    await uiLogin(a.page, a.guard, 'ana');
    const bensPost = a.page.getByRole('article').filter({ hasText: 'planting tomatoes' });
    await bensPost.waitFor();

    // Block from the "…" menu, by keyboard: the menu opens on the first item, arrows move.
    const more = bensPost.getByRole('button', { name: 'More options for the post by ben' });
    await more.focus();
    await a.page.keyboard.press('Enter');
    const menu = a.page.getByRole('menu', { name: 'Options for ben' });
    await menu.waitFor();
    await a.page.waitForFunction(() => document.activeElement?.textContent === 'Mute ben');
    await a.page.keyboard.press('ArrowDown');
    await a.page.waitForFunction(() => document.activeElement?.textContent === 'Block ben');
    await a.page.keyboard.press('Escape');
    expect(await menu.count()).toBe(0);
    await a.page.waitForFunction(() => document.activeElement?.getAttribute('aria-haspopup') === 'menu');
    await more.click();
    await a.page.getByRole('menuitem', { name: 'Block ben' }).click();
    const dialog = a.page.getByRole('dialog', { name: 'Block ben?' });
    await dialog.getByText('stop seeing each other’s posts and comments').waitFor();
    await dialog.getByText('choose Unblock').waitFor();
    await dialog.getByRole('button', { name: 'Block ben' }).click();
    await a.page.getByText('You blocked ben.').waitFor();
    await bensPost.waitFor({ state: 'detached' });
    await check(a.page, a.guard, 'feed-after-block', /Hello, ana/, true);

    // Mute from a comment's menu on a post page; ben's comment is gone already (blocked).
    await a.page.goto(`/post/${caras.id}`);
    await check(a.page, a.guard, 'post-before-mute', 'Post');
    expect(await a.page.getByText('Ben was here too.').count()).toBe(0);
    const dansComment = a.page.getByRole('listitem').filter({ hasText: 'Dan agrees, truly.' });
    await dansComment.getByRole('button', { name: 'More options for the comment by dan' }).click();
    await a.page.getByRole('menuitem', { name: 'Mute dan' }).click();
    const muteDialog = a.page.getByRole('dialog', { name: 'Mute dan?' });
    await muteDialog.getByText('they are never told').waitFor();
    await muteDialog.getByRole('button', { name: 'Mute dan' }).click();
    await a.page.getByText('You muted dan.').waitFor();
    await dansComment.waitFor({ state: 'detached' });

    // A profile offers the same, explained, and Cancel changes nothing.
    await a.page.goto(`/u/${caras.author.id}`);
    await check(a.page, a.guard, 'profile-safety', 'cara');
    await a.page.getByRole('button', { name: 'Block cara…' }).click();
    const profileDialog = a.page.getByRole('dialog', { name: 'Block cara?' });
    await profileDialog.getByRole('button', { name: 'Cancel' }).click();
    await a.page.getByText('Small wins count too.').waitFor();

    // Settings: ben is listed; a hide word, previewed before saving.
    await a.page.goto('/settings/safety');
    await check(a.page, a.guard, 'settings-safety', 'Safety', true);
    await a.page.getByRole('button', { name: 'Unblock ben' }).waitFor();
    await a.page.getByRole('button', { name: 'Unmute dan' }).click();
    await a.page.getByText('You unmuted dan.').waitFor();
    await a.page.waitForFunction(() => document.activeElement?.textContent?.startsWith('You unmuted dan.'));
    await a.page.getByLabel('Add a word or phrase').fill('Exams');
    await a.page.getByRole('button', { name: 'Add', exact: true }).click();
    await a.page.getByText(/^1 of the 3 most recent posts in your feed would be hidden\.$/).waitFor();
    await a.page.getByRole('link', { name: 'Post by cara' }).waitFor();
    await a.page.getByLabel('Add a word or phrase').fill('x');
    await a.page.getByRole('button', { name: 'Add', exact: true }).click();
    await a.page.getByText('Please use at least 2 characters.').waitFor();
    await a.page.getByRole('button', { name: 'Save filter words' }).click();
    await a.page.getByText('Your filter words are saved.').waitFor();

    await a.page.goto('/');
    await a.page.getByText('A quiet walk with my dog').waitFor();
    expect(await a.page.getByText('Worried about my exams').count()).toBe(0);

    // A warn word blurs instead.
    await a.page.goto('/settings/safety');
    await check(a.page, a.guard, 'settings-safety-words', 'Safety');
    await a.page.getByRole('button', { name: 'Remove Exams' }).click();
    await a.page.getByLabel('Add a word or phrase').fill('dog');
    await a.page.getByRole('button', { name: 'Add', exact: true }).click();
    await a.page.getByLabel('Blur it, with the word shown').check();
    await a.page.getByText(/would be blurred/).waitFor();
    await a.page.getByRole('button', { name: 'Save filter words' }).click();
    await a.page.getByText('Your filter words are saved.').waitFor();
    await a.page.setViewportSize({ width: 320, height: 700 });
    await check(a.page, a.guard, 'settings-safety-320', 'Safety', true);
    expect(
      await a.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await a.page.setViewportSize({ width: 1100, height: 800 });
    await a.page.goto('/');
    const dogPost = a.page.getByRole('article').filter({ hasText: 'Hidden by your filter:' });
    await dogPost.waitFor();
    expect(await dogPost.textContent()).toContain('dog');
    expect(await dogPost.locator('.cw__blur').count()).toBe(1);
    await a.page.getByText('Worried about my exams next week.').waitFor();
    await check(a.page, a.guard, 'feed-filter-warn', /Hello, ana/, true);
    await dogPost.getByRole('button', { name: 'Show' }).click();
    expect(await dogPost.locator('.cw__blur').count()).toBe(0);

    // Search: debounced, in the address, matches marked.
    await a.page.getByLabel('Search posts').fill('river');
    await a.page.waitForURL(/\?search=river/);
    await a.page.getByRole('heading', { name: 'Posts matching “river”' }).waitFor();
    await a.page.locator('mark', { hasText: 'river' }).waitFor();
    expect(await a.page.getByRole('article').count()).toBe(1);
    await check(a.page, a.guard, 'feed-search', /Hello, ana/, true);
    await a.page.getByLabel('Search posts').fill('zebra');
    await a.page.getByText('Nothing matches “zebra”').waitFor();
    await a.page.getByRole('button', { name: 'Clear the search' }).click();
    await a.page.getByRole('heading', { name: 'Latest posts' }).waitFor();

    // Care: a post that sounds like a crisis is shared, with people to talk to one tap away.
    await a.page.getByLabel('What’s on your mind?').fill('Some nights I feel I want to die.');
    await a.page.getByRole('button', { name: 'Post', exact: true }).click();
    const care = a.page.getByRole('region', { name: 'You don’t have to carry this alone' });
    await care.waitFor();
    expect(await care.locator('a[href^="tel:"], a[href^="http"]').count()).toBeGreaterThan(0);
    await check(a.page, a.guard, 'feed-care', /Hello, ana/, true);
    await a.context.close();

    // The moderation queue puts the system's crisis report first, flagged.
    server.cli('users', 'set-role', 'cara', 'moderator');
    const m = await newContext(browser, server.url);
    await uiLogin(m.page, m.guard, 'cara');
    await m.page.goto('/moderation');
    await check(m.page, m.guard, 'moderation-care', 'Moderation', true);
    const first = m.page.locator('main ul.list-plain > li.card').first();
    await first.getByText('Care first').waitFor();
    await m.context.close();
  });
});
