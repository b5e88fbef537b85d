/**
 * The journeys of issue 7 in a real Chromium against the real server. Every page visited is
 * checked with axe-core (no serious or critical violations, no console errors, no third-party
 * requests) and the main pages are photographed.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { call, createUser, login, mailTo } from './api.ts';
import { launch, newContext } from './browser.ts';
import { linkIn, startServer, type TestServer } from './server.ts';
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

describe('journeys', () => {
  test('register, confirm the e-mail from the link, log in, stay logged in across a reload, log out', async () => {
    const { context, page, guard } = await newContext(browser, server.url);
    await page.goto('/');
    await check(page, guard, 'feed-anonymous', /calm, kind community/i, true);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Join' }).click();
    await check(page, guard, 'register', 'Join MentalMuse', true);
    await page.getByLabel('Username').fill('alice');
    await page.getByLabel('E-mail').fill('alice@example.com');
    await page.getByLabel('Password', { exact: true }).fill('alice');
    await expect.poll(() => page.getByText('At least 8 characters').getAttribute('data-ok')).toBe('false');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await expect.poll(() => page.getByText('At least 8 characters').getAttribute('data-ok')).toBe('true');
    await page.getByRole('button', { name: 'Create account' }).click();
    await check(page, guard, 'register-sent', 'Check your inbox');

    const mail = await mailTo(server, 'alice@example.com', `${server.url}/verify-email/`);
    await page.goto(linkIn(mail, `${server.url}/verify-email/`) ?? '');
    await check(page, guard, 'verify-email', 'Confirming your e-mail');
    await page.getByRole('link', { name: 'Log in' }).last().click();
    await check(page, guard, 'login', 'Welcome back', true);

    await page.getByLabel('Username or e-mail').fill('alice');
    await page.getByLabel('Password').fill('wrong-password-1');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('didn’t match');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await check(page, guard, 'feed', /Hello, alice/);

    await page.reload();
    await check(page, guard, 'feed-after-reload', /Hello, alice/);

    await page.getByRole('link', { name: 'Account' }).click();
    await check(page, guard, 'settings', 'Your profile', true);
    // A real PNG drawn by the browser itself.
    const dataUrl = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const context = canvas.getContext('2d');
      if (context) {
        context.fillStyle = '#7fb8a8';
        context.fillRect(0, 0, 64, 64);
      }
      return canvas.toDataURL('image/png');
    });
    const png = Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
    await page
      .getByLabel('Choose a new picture')
      .setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('img', { name: 'Preview of your new picture' }).waitFor();
    await page.getByRole('button', { name: 'Save picture' }).click();
    await expect
      .poll(() => page.getByRole('img', { name: 'Your current picture' }).getAttribute('src'))
      .toMatch(/\/media\/avatars\/[0-9a-f]{32}\.png$/);
    await page.getByRole('textbox', { name: 'About you' }).fill('Learning to be kind to myself.');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => page.getByText('Your profile is saved.').count()).toBe(1);

    await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Security' }).click();
    await check(page, guard, 'security', 'Security', true);
    await expect.poll(() => page.getByText('This device').count()).toBe(1);
    await expect.poll(() => page.getByRole('cell', { name: 'Logged in' }).count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Log out', exact: true }).first().click();
    await check(page, guard, 'login-after-logout', 'Welcome back');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('logged out');
    await page.reload();
    await check(page, guard, 'login-after-logout-reload', 'Welcome back');
    await expect.poll(() => page.getByRole('link', { name: 'Join' }).count()).toBe(1);
    await context.close();
  });

  test('posts (anonymous, content warning), a second member likes and comments, a report reaches a moderator who hides the post', async () => {
    await createUser(server, 'bob', PASSWORD);
    await createUser(server, 'carol', PASSWORD);
    server.cli('users', 'set-role', 'carol', 'moderator');

    const alice = await newContext(browser, server.url);
    await uiLogin(alice.page, alice.guard, 'alice');
    const compose = alice.page.getByRole('region', { name: 'Share something' });
    await compose
      .getByLabel('What’s on your mind?')
      .fill('Some days are heavy. Today I went outside anyway.');
    await compose.getByRole('radio', { name: 'Okay' }).click();
    await compose.getByLabel('Post anonymously').check();
    await compose.getByRole('button', { name: 'Post' }).click();
    await alice.page.getByText('Today I went outside anyway.').waitFor();
    await compose.getByLabel('What’s on your mind?').fill('Talking about a loss in my family.');
    await compose.getByLabel('Content warning (optional)').fill('grief');
    await compose.getByRole('button', { name: 'Post' }).click();
    await alice.page.getByText('Content warning:').first().waitFor();
    await check(alice.page, alice.guard, 'feed-member', /Hello, alice/, true);

    const bob = await newContext(browser, server.url);
    await uiLogin(bob.page, bob.guard, 'bob');
    const warned = bob.page.getByRole('article').filter({ hasText: 'Content warning:' });
    await expect.poll(() => warned.locator('.cw__blur').count()).toBe(1);
    await warned.getByRole('button', { name: 'Show post' }).click();
    await expect.poll(() => warned.locator('.cw__blur').count()).toBe(0);
    const like = warned.getByRole('button', { name: /Like this post/ });
    await like.click();
    await expect
      .poll(() => warned.getByRole('button', { name: 'Like this post, 1 like' }).getAttribute('aria-pressed'))
      .toBe('true');
    await warned.getByRole('link', { name: /1 comment|0 comments/ }).click();
    await check(bob.page, bob.guard, 'post', 'Post');
    await bob.page.getByLabel('Add a kind comment').fill('Sending you warmth. I’m here if you want to talk.');
    await bob.page.getByRole('button', { name: 'Comment' }).click();
    await bob.page.getByText('Sending you warmth.').waitFor();

    const anonymous = await call<{ results: { id: string; anonymous: boolean }[] }>(
      server,
      'GET',
      '/api/post/',
    );
    const anonId = anonymous.results.find((p) => p.anonymous)?.id ?? '';
    await bob.page.goto(`/post/${anonId}`);
    await check(bob.page, bob.guard, 'post-anonymous', 'Post');
    await expect.poll(() => bob.page.getByRole('heading', { name: 'Anonymous' }).count()).toBe(1);
    await bob.page.getByRole('button', { name: 'Report post' }).click();
    const dialog = bob.page.getByRole('dialog', { name: 'Report this post' });
    await dialog.getByLabel('What’s wrong?').selectOption('spam');
    await check(bob.page, bob.guard, 'report-dialog', 'Post');
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await bob.page.getByText('Thanks — a moderator will look at it.').waitFor();

    await alice.page.goto('/');
    const seen = alice.page.getByRole('article').filter({ hasText: 'Content warning:' });
    await expect.poll(() => seen.getByRole('button', { name: 'Like this post, 1 like' }).count()).toBe(1);
    await seen.getByRole('link', { name: /1 comment/ }).click();
    await check(alice.page, alice.guard, 'post-with-comment', 'Post', true);
    await alice.page.getByText('Sending you warmth.').waitFor();

    const carol = await newContext(browser, server.url);
    await uiLogin(carol.page, carol.guard, 'carol');
    await carol.page.getByRole('link', { name: 'Moderation' }).click();
    await check(carol.page, carol.guard, 'moderation', 'Moderation', true);
    const report = carol.page.getByRole('listitem').filter({ hasText: 'Today I went outside anyway.' });
    await report.getByRole('button', { name: 'Hide post…' }).click();
    const hideDialog = carol.page.getByRole('dialog', { name: 'Hide this post' });
    await hideDialog
      .getByLabel('A kind note to the author (optional)')
      .fill('Please add a content warning next time.');
    await hideDialog.getByRole('button', { name: 'Hide post' }).click();
    await expect.poll(() => report.count()).toBe(0);
    const hidden = await call<{ hidden: boolean }>(
      server,
      'GET',
      `/api/post/${anonId}/`,
      undefined,
      await login(server, 'alice', PASSWORD),
    );
    expect(hidden.hidden).toBe(true);
    await bob.page.goto('/');
    await check(bob.page, bob.guard, 'feed-after-hide', /Hello, bob/);
    await expect.poll(() => bob.page.getByText('Today I went outside anyway.').count()).toBe(0);
    await expect.poll(() => bob.page.getByText('Appeal this decision').count()).toBe(0);

    // The author sees why (the report's reason, the moderator's note) and appeals once.
    await alice.page.goto(`/post/${anonId}`);
    await check(alice.page, alice.guard, 'post-hidden-author', 'Post', true);
    const notice = alice.page.locator('.moderation-notice');
    await notice.getByText('Only you can see this post now.').waitFor();
    await notice.getByText('Please add a content warning next time.').waitFor();
    await notice.getByRole('button', { name: 'Appeal this decision' }).click();
    const appealDialog = alice.page.getByRole('dialog', { name: 'Ask for another look at your post' });
    await appealDialog
      .getByLabel('Why should it be shown?')
      .fill('It was about my own day; I will add a warning.');
    await appealDialog.getByRole('button', { name: 'Send appeal' }).click();
    await notice.getByText('You asked for another look.', { exact: false }).waitFor();
    await expect.poll(() => notice.getByRole('button', { name: 'Appeal this decision' }).count()).toBe(0);

    await carol.page.reload();
    await check(carol.page, carol.guard, 'moderation-appeal', 'Moderation', true);
    const appeal = carol.page.getByRole('listitem').filter({ hasText: 'It was about my own day' });
    await appeal.getByRole('button', { name: 'Restore post' }).click();
    await expect.poll(() => appeal.count()).toBe(0);
    await bob.page.goto(`/post/${anonId}`);
    await bob.page.getByText('Today I went outside anyway.').first().waitFor();
    await Promise.all([alice.context.close(), bob.context.close(), carol.context.close()]);
  });

  test('journal: check-ins over several days, a one-tap check-in, insights chart, export, log out', async () => {
    const token = await login(server, 'alice', PASSWORD);
    const tags = await call<{ emotions: { built_in: string[] }; activities: { built_in: string[] } }>(
      server,
      'GET',
      '/api/journal/tags/',
      undefined,
      token,
    );
    const [calm = 'calm', tired = 'tired'] = tags.emotions.built_in;
    const [walk = 'exercise'] = tags.activities.built_in;
    for (let day = 1; day <= 6; day += 1) {
      await call(
        server,
        'POST',
        '/api/journal/checkins/',
        {
          score: (day % 5) + 1,
          emotions: day % 2 ? [calm] : [tired],
          activities: day % 2 ? [walk] : [],
          occurred_at: new Date(Date.now() - day * 86_400_000).toISOString(),
        },
        token,
      );
    }
    const { context, page, guard } = await newContext(browser, server.url);
    await uiLogin(page, guard, 'alice');
    await page.getByRole('link', { name: 'Journal' }).click();
    await check(page, guard, 'journal', 'Your journal');
    await page.getByRole('radio', { name: 'Good' }).click();
    await page.getByText('Checked in: good.').waitFor();
    await page.getByText('Add feelings, activities or a note (optional)').click();
    await page.getByRole('group', { name: 'Feelings' }).getByRole('button').first().click();
    await page.getByLabel('Note (only you can see it)').fill('A walk helped.');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('Details saved.').waitFor();
    await check(page, guard, 'journal-checked-in', 'Your journal', true);

    await page.getByRole('link', { name: 'Insights' }).first().click();
    await check(page, guard, 'insights', 'Your insights', true);
    await page.getByRole('img', { name: /Average mood by day/ }).waitFor();
    await expect.poll(() => page.locator('.chart .dot').count()).toBeGreaterThanOrEqual(6);
    await expect.poll(() => page.getByText('day streak').count()).toBe(1);

    await page.goto('/settings/data');
    await check(page, guard, 'data', 'Your data', true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download everything (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mentalmuse-export-.*\.json$/);
    await page.getByRole('button', { name: 'Log out', exact: true }).click();
    await check(page, guard, 'logged-out', 'Welcome back');
    await context.close();
  });

  test('forgot password: the e-mailed link sets a new password that logs in', async () => {
    const { context, page, guard } = await newContext(browser, server.url);
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await check(page, guard, 'forgot-password', 'Reset your password', true);
    await page.getByLabel('E-mail').fill('bob@example.com');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('a link to choose a new password is on its way').waitFor();
    const mail = await mailTo(server, 'bob@example.com', `${server.url}/reset-password/`);
    await page.goto(linkIn(mail, `${server.url}/reset-password/`) ?? '');
    await check(page, guard, 'reset-password', 'Choose a new password', true);
    await page.getByLabel('New password', { exact: true }).fill('a-brand-new-morning-77');
    await page.getByLabel('New password again').fill('a-brand-new-morning-77');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByRole('link', { name: 'Log in' }).last().click();
    await uiLogin(page, guard, 'bob', 'a-brand-new-morning-77');
    await context.close();
  });

  test('a phone-sized screen in dark mode: the feed and the help page', async () => {
    const { context, page, guard } = await newContext(browser, server.url, {
      colorScheme: 'dark',
      width: 360,
      height: 740,
    });
    await page.goto('/');
    await check(page, guard, 'feed-dark-360', /calm, kind community/i, true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Need help now?' }).click();
    await page.getByRole('dialog', { name: 'If you need help right now' }).waitFor();
    await check(page, guard, 'help-panel-dark-360', /calm, kind community/i, true);
    await page.getByRole('link', { name: 'Open the full help page' }).click();
    await check(page, guard, 'help-dark-360', 'If you need help right now', true);
    // After client-side navigation focus moves to the new page's heading…
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    // …and on a fresh load the first Tab reaches the skip link.
    const fresh = await context.newPage();
    await fresh.goto('/help');
    await fresh.getByRole('heading', { level: 1 }).waitFor();
    await fresh.keyboard.press('Tab');
    expect(await fresh.evaluate(() => document.activeElement?.textContent ?? '')).toContain(
      'Skip to content',
    );
    await context.close();
  });
});
