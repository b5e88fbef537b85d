/**
 * Stronger sign-in in Debian's Chromium (issue 18): set up an authenticator app through the
 * settings page (codes computed here with `otpauth`, as the person's phone would), log out and log
 * back in with the second step; then a passkey journey with a Chrome DevTools virtual
 * authenticator (CTAP2, internal, resident keys, user verification): register, log out, log in
 * with the passkey alone, delete it. The app is opened at `localhost`, as WebAuthn requires.
 */
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { call, createUser } from './api.ts';
import { type Guard, launch, newContext } from './browser.ts';
import { startServer, type TestServer } from './server.ts';
import { axeChecked, check, PASSWORD } from './steps.ts';

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

let lastStep = 0;

/**
 * A code the server accepts (this step or the next) and has not seen yet: each code works once, so
 * when this step's and the next one's are both used this waits for the clock, as a person would.
 */
async function nextCode(secret: string): Promise<string> {
  const current = () => Math.floor(Date.now() / 30_000);
  while (lastStep + 1 > current() + 1) await new Promise((resolve) => setTimeout(resolve, 500));
  const step = Math.max(current(), lastStep + 1);
  lastStep = step;
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    timestamp: step * 30_000 + 1000,
  });
}

async function passwordStep(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Username or e-mail').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Signed in (back on the page the logout left, which the login page remembers), then the feed. */
async function signedIn(page: Page, guard: Guard, name: string, username: string): Promise<void> {
  await page.getByRole('button', { name: 'Log out', exact: true }).first().waitFor();
  await page.goto('/');
  await check(page, guard, name, new RegExp(`Hello, ${username}`));
}

async function logOut(page: Page): Promise<void> {
  await page.goto('/settings/security');
  await page.getByRole('button', { name: 'Log out', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
}

describe('stronger sign-in', () => {
  test('authenticator app: set up with the QR page, log out, log in with the second step', async () => {
    await createUser(server, 'tess', PASSWORD);
    const { page, guard } = await newContext(browser, server.localUrl);
    await passwordStep(page, 'tess');
    await page.getByRole('heading', { level: 1, name: /Hello, tess/ }).waitFor();

    await page.goto('/settings/security');
    await check(page, guard, 'security-mfa', 'Security', true);
    const section = page.getByRole('region', { name: 'Sign-in and security' });
    await section.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await section.getByLabel('Your password').fill(PASSWORD);
    await section.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    const secret = await page.getByTestId('totp-secret').getAttribute('data-secret');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await check(page, guard, 'security-mfa-scan', 'Security', true);
    await page.getByLabel('Then enter the 6-digit code the app shows').fill('000000');
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Invalid code');
    await page.getByLabel('Then enter the 6-digit code the app shows').fill(await nextCode(secret ?? ''));
    await page.getByRole('button', { name: 'Turn on' }).click();
    const listed = page.getByTestId('recovery-codes').locator('li');
    await expect.poll(() => listed.count(), { timeout: 15_000 }).toBe(10);
    const codes = await listed.allTextContents();
    expect(codes).toHaveLength(10);
    await check(page, guard, 'security-recovery-codes', 'Security', true);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as text file' }).click();
    expect((await download).suggestedFilename()).toBe('mentalmuse-recovery-codes.txt');
    await page.getByRole('button', { name: 'I’ve saved them' }).click();
    await expect.poll(() => page.getByText('recovery codes left').textContent()).toContain('10');

    await logOut(page);
    await passwordStep(page, 'tess');
    await page.getByRole('heading', { name: 'One more step' }).waitFor();
    await check(page, guard, 'login-second-step', 'Welcome back', true);
    await page.getByLabel('Code from your authenticator app').fill('123456');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('didn’t work');
    await page.getByLabel('Code from your authenticator app').fill(await nextCode(secret ?? ''));
    await page.getByRole('button', { name: 'Continue' }).click();
    await signedIn(page, guard, 'feed-after-second-step', 'tess');

    // And with a recovery code instead.
    await logOut(page);
    await passwordStep(page, 'tess');
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(codes[0] ?? '');
    await page.getByRole('button', { name: 'Continue' }).click();
    await signedIn(page, guard, 'feed-after-recovery-code', 'tess');
    expect(guard.problems).toEqual([]);
  });

  test('passkey: register with a virtual authenticator, log out, log in with the passkey only, delete it', async () => {
    await createUser(server, 'pia', PASSWORD);
    const { context, page, guard } = await newContext(browser, server.localUrl);
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });

    await passwordStep(page, 'pia');
    await page.getByRole('heading', { level: 1, name: /Hello, pia/ }).waitFor();
    await page.goto('/settings/security');
    await check(page, guard, 'security-passkeys', 'Security');
    await page.getByLabel('Name for a new passkey').fill('This laptop');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'added' }).count()).toBe(1);
    await page
      .getByRole('list', { name: 'Your passkeys' })
      .locator('strong', { hasText: 'This laptop' })
      .waitFor();
    await check(page, guard, 'security-passkey-added', 'Security', true);
    const stored = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(stored.credentials).toHaveLength(1);
    expect(stored.credentials[0]?.isResidentCredential).toBe(true);

    // Rename it.
    await page.getByRole('button', { name: 'Rename This laptop' }).click();
    await page.getByLabel('New name for This laptop').fill('Work laptop');
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('list', { name: 'Your passkeys' })
      .locator('strong', { hasText: 'Work laptop' })
      .waitFor();

    await logOut(page);
    await page.goto('/login');
    await check(page, guard, 'login-with-passkey-button', 'Welcome back');
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await signedIn(page, guard, 'feed-after-passkey', 'pia');
    // A password login of this account now asks for the second step (no token from the password alone).
    const withPasskey = await call<Record<string, unknown>>(server, 'POST', '/api/auth/login/', {
      username: 'pia',
      password: PASSWORD,
    });
    expect(withPasskey).toMatchObject({ mfa_required: true, methods: ['passkey'] });
    expect(withPasskey).not.toHaveProperty('access');

    await page.goto('/settings/security');
    await check(page, guard, 'security-passkey-used', 'Security');
    await expect
      .poll(() => page.getByRole('list', { name: 'Your passkeys' }).textContent())
      .toContain('last used');
    await page.getByRole('button', { name: 'Remove Work laptop' }).click();
    await expect.poll(() => page.getByText('No passkeys yet.').count()).toBe(1);
    const answer = await call<{ mfa_required?: boolean; access?: string }>(
      server,
      'POST',
      '/api/auth/login/',
      {
        username: 'pia',
        password: PASSWORD,
      },
    );
    expect(answer.mfa_required).toBeUndefined();
    expect(answer.access).toBeTruthy();
    expect(guard.problems).toEqual([]);
  });
});
