/**
 * Sign in with an OpenID Connect provider in Chromium: the real `oidc-provider` on a loopback
 * port, the real server configured with it, and a person who clicks "Continue with Local IdP" on
 * the login page, signs in at the provider and lands back in the app, signed in.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  startTestProvider,
  TEST_CLIENTS,
  type TestProvider,
} from '../../server/test/helpers/oidc-provider.ts';
import { launch, newContext } from './browser.ts';
import { freePort, startServer, type TestServer } from './server.ts';

let idp: TestProvider;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  const port = await freePort();
  idp = await startTestProvider(`http://127.0.0.1:${port}`);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'mm-oidc-')), 'providers.json');
  writeFileSync(
    file,
    JSON.stringify([
      {
        id: 'local',
        name: 'Local IdP',
        issuer: idp.issuer,
        client_id: 'mentalmuse',
        client_secret: TEST_CLIENTS.mentalmuse,
      },
    ]),
  );
  server = await startServer({ OIDC_PROVIDERS: file }, port);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await idp?.close();
});

test('a new person signs in through the provider and lands in the app, signed in', async () => {
  idp.accounts.set('e2e-sub', { email: 'sky@idp.example', email_verified: true, preferred_username: 'sky' });
  idp.loginAs('e2e-sub');
  const { page, guard } = await newContext(browser, server.url);
  await page.goto('/login');
  await page.getByRole('link', { name: 'Continue with Local IdP' }).click();
  await page.getByRole('heading', { level: 1, name: /Hello, sky/ }).waitFor({ timeout: 20_000 });
  expect(new URL(page.url()).origin).toBe(server.url);
  // The provider is another origin by design: only its navigations may leave the app.
  expect(guard.problems.filter((p) => !p.includes(idp.issuer))).toEqual([]);
});

test('a refused sign-in comes back to the login page with a readable message', async () => {
  const { page } = await newContext(browser, server.url);
  await page.goto('/api/auth/oidc/local/callback/?code=x&state=forged');
  await page.getByRole('alert').filter({ hasText: 'expired or was already used' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/login');
});
