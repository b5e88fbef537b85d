import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { createUser, TEST_PASSWORD } from '../../../test/helpers/auth.ts';
import { tempDir } from '../../../test/helpers/database.ts';
import {
  ProviderBrowser,
  startTestProvider,
  TEST_CLIENTS,
  type TestProvider,
} from '../../../test/helpers/oidc-provider.ts';

const APP = 'http://localhost';
const FRONTEND = 'https://app.example.com';
let idp: TestProvider;
let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  idp = await startTestProvider(APP);
  const dir = tempDir();
  writeFileSync(path.join(dir, 'other.secret'), `${TEST_CLIENTS.other}\n`);
  const file = path.join(dir, 'providers.json');
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
      {
        id: 'other',
        name: 'Other',
        issuer: idp.issuer,
        client_id: 'other',
        client_secret_file: 'other.secret',
      },
      // Nothing listens on port 9 (discard) of the loopback: a provider that is down.
      { id: 'down', name: 'Down', issuer: 'http://127.0.0.1:9', client_id: 'x', client_secret: 'y' },
    ]),
  );
  t = await createTestApp({ env: { OIDC_PROVIDERS: file, FRONTEND_URL: FRONTEND } });
});
afterAll(async () => {
  await t?.close();
  await idp?.close();
});

let seq = 0;
function account(claims: { email_verified?: boolean; email?: string; preferred_username?: string } = {}) {
  seq += 1;
  const id = `sub-${seq}-${Math.random().toString(36).slice(2, 8)}`;
  idp.accounts.set(id, { email: `${id}@idp.example`, email_verified: true, ...claims });
  return id;
}

/** Starts at the app, signs in at the provider as `sub`, and returns the app's callback path. */
async function toCallback(sub: string, next?: string, provider = 'local') {
  const query = next === undefined ? '' : `?next=${encodeURIComponent(next)}`;
  const start = await t.app.inject({ url: `/api/auth/oidc/${provider}/start/${query}` });
  expect(start.statusCode).toBe(302);
  const authorize = new URL(String(start.headers.location));
  expect(authorize.origin).toBe(idp.issuer);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  idp.loginAs(sub);
  const back = await new ProviderBrowser().follow(authorize.href, APP);
  return { callback: back.slice(APP.length), authorize };
}

const callback = (url: string) => t.app.inject({ url });
const errorOf = (location: string) => {
  const url = new URL(location);
  expect(`${url.origin}${url.pathname}`).toBe(`${FRONTEND}/login`);
  return url.searchParams.get('error') ?? '';
};
const userByEmail = (email: string) =>
  t.database.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
const failureReasons = async () =>
  (
    await t.database.db
      .selectFrom('security_events')
      .select('details')
      .where('type', '=', 'oidc.failure')
      .execute()
  ).map((r) => String(r.details));

describe('sign in with an OpenID Connect provider', () => {
  it('lists the configured providers without secrets', async () => {
    const response = await t.app.inject({ url: '/api/auth/providers/' });
    expect(response.json()).toEqual([
      { id: 'local', name: 'Local IdP' },
      { id: 'other', name: 'Other' },
      { id: 'down', name: 'Down' },
    ]);
    expect(response.body).not.toContain('secret');
    expect((await t.app.inject({ url: '/api/auth/oidc/nope/start/' })).statusCode).toBe(404);
  });

  it('creates an account for a new identity and ends in a cookie session at FRONTEND_URL + next', async () => {
    const sub = account({ preferred_username: 'river' });
    const { callback: path } = await toCallback(sub, '/journal?tab=mood');
    const response = await callback(path);
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe(`${FRONTEND}/journal?tab=mood`);
    const refresh = response.cookies.find((c) => c.name === 'refresh_token');
    expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth/' });
    expect(response.cookies.find((c) => c.name === 'csrftoken')).toBeDefined();
    const user = await userByEmail(`${sub}@idp.example`);
    expect(user).toMatchObject({ username: 'river', email_verified: true });
    expect(user?.password.startsWith('!')).toBe(true);
    // The session works: a cookie refresh answers an access token for this user.
    const csrf = String(response.cookies.find((c) => c.name === 'csrftoken')?.value);
    const refreshed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh/',
      headers: { 'x-auth-mode': 'cookie', 'x-csrftoken': csrf },
      cookies: { refresh_token: String(refresh?.value), csrftoken: csrf },
    });
    expect(refreshed.statusCode).toBe(200);
    const me = await t.app.inject({
      url: '/api/auth/user/',
      headers: { authorization: `Bearer ${refreshed.json().access}` },
    });
    expect(me.json().username).toBe('river');
    // No password: a login attempt with any password is the ordinary 401.
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: 'river', password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(401);
    // Signing in again with the same identity reuses the account, with a unique username for a namesake.
    const again = await callback((await toCallback(sub)).callback);
    expect(again.headers.location).toBe(`${FRONTEND}/`);
    const namesake = account({ preferred_username: 'river' });
    await callback((await toCallback(namesake)).callback);
    expect((await userByEmail(`${namesake}@idp.example`))?.username).toBe('river2');
  });

  it('links to an existing verified account only when the provider asserts email_verified', async () => {
    const existing = await createUser(t.app, { emailVerified: true });
    const unverifiedClaim = account({ email: existing.email, email_verified: false });
    const refused = await callback((await toCallback(unverifiedClaim)).callback);
    expect(errorOf(String(refused.headers.location))).toMatch(/already exists/);
    expect(refused.cookies.find((c) => c.name === 'refresh_token')).toBeUndefined();

    const verifiedClaim = account({ email: existing.email, email_verified: true });
    const linked = await callback((await toCallback(verifiedClaim)).callback);
    expect(linked.headers.location).toBe(`${FRONTEND}/`);
    const identities = await t.database.db
      .selectFrom('user_identities')
      .selectAll()
      .where('user_id', '=', existing.id)
      .execute();
    expect(identities.map((i) => i.subject)).toEqual([verifiedClaim]);
  });

  it('refuses to link to an account whose own address is unverified', async () => {
    const existing = await createUser(t.app, { emailVerified: false });
    const sub = account({ email: existing.email, email_verified: true });
    const response = await callback((await toCallback(sub)).callback);
    expect(errorOf(String(response.headers.location))).toMatch(/already exists/);
    const count = await t.database.db
      .selectFrom('user_identities')
      .select('id')
      .where('user_id', '=', existing.id)
      .execute();
    expect(count).toEqual([]);
  });

  it('refuses a tampered state, and a callback replayed after use', async () => {
    const sub = account();
    const { callback: path } = await toCallback(sub);
    const tampered = path.replace(/state=([^&]+)/, 'state=$1x');
    const bad = await callback(tampered);
    expect(errorOf(String(bad.headers.location))).toMatch(/expired or was already used/);
    expect(await userByEmail(`${sub}@idp.example`)).toBeUndefined();
    const good = await callback(path);
    expect(good.headers.location).toBe(`${FRONTEND}/`);
    const replay = await callback(path);
    expect(errorOf(String(replay.headers.location))).toMatch(/expired or was already used/);
    expect(replay.cookies.find((c) => c.name === 'refresh_token')).toBeUndefined();
  });

  it('refuses an expired flow', async () => {
    const sub = account();
    const { callback: path } = await toCallback(sub);
    await t.database.db.updateTable('oidc_flows').set({ expires: 1 }).execute();
    const response = await callback(path);
    expect(errorOf(String(response.headers.location))).toMatch(/expired/);
    expect(await userByEmail(`${sub}@idp.example`)).toBeUndefined();
  });

  it('refuses an ID token issued to another client (wrong audience), signed by the real provider', async () => {
    const sub = account();
    // The app's flow, paused at the provider: its nonce is what a replayed token would have to carry.
    const start = await t.app.inject({ url: '/api/auth/oidc/local/start/' });
    const authorize = new URL(String(start.headers.location));
    // A genuine token for client `other` with that same nonce, so only the audience is wrong.
    const foreign = new URL(authorize.href);
    foreign.searchParams.set('client_id', 'other');
    foreign.searchParams.set('redirect_uri', `${APP}/api/auth/oidc/other/callback/`);
    const verifier = randomBytes(32).toString('base64url');
    foreign.searchParams.set('code_challenge', createHash('sha256').update(verifier).digest('base64url'));
    idp.loginAs(sub);
    const foreignBack = new URL(await new ProviderBrowser().follow(foreign.href, APP));
    const tokenResponse = await fetch(`${idp.issuer}/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: String(foreignBack.searchParams.get('code')),
        redirect_uri: `${APP}/api/auth/oidc/other/callback/`,
        code_verifier: verifier,
        client_id: 'other',
        client_secret: TEST_CLIENTS.other,
      }),
    });
    const tokenBody = (await tokenResponse.json()) as { id_token?: string };
    expect(tokenBody, JSON.stringify(tokenBody)).toHaveProperty('id_token');
    const foreignToken = tokenBody.id_token as string;

    idp.swapNextIdToken(foreignToken);
    const back = await new ProviderBrowser().follow(authorize.href, APP);
    const response = await callback(back.slice(APP.length));
    expect(errorOf(String(response.headers.location))).toMatch(/could not be verified/);
    expect(response.cookies.find((c) => c.name === 'refresh_token')).toBeUndefined();
    expect(await userByEmail(`${sub}@idp.example`)).toBeUndefined();
    expect(await failureReasons()).toContainEqual(expect.stringMatching(/aud/));
  });

  it.each(['//evil.example', 'https://evil.example', '/\\evil', '/\\/evil.example', 'javascript:alert(1)'])(
    'an open-redirect attempt in next (%s) lands on /',
    async (next) => {
      const response = await callback((await toCallback(account(), next)).callback);
      expect(response.headers.location).toBe(`${FRONTEND}/`);
    },
  );

  it('shows a readable message when consent is denied and when the provider is down', async () => {
    const start = await t.app.inject({ url: '/api/auth/oidc/local/start/' });
    const state = new URL(String(start.headers.location)).searchParams.get('state');
    const denied = await callback(`/api/auth/oidc/local/callback/?error=access_denied&state=${state}`);
    expect(errorOf(String(denied.headers.location))).toBe('Sign-in was cancelled at the provider.');
    // The denied flow is spent: its state cannot be used again.
    const reuse = await callback(`/api/auth/oidc/local/callback/?code=x&state=${state}`);
    expect(errorOf(String(reuse.headers.location))).toMatch(/expired or was already used/);
    const down = await t.app.inject({ url: '/api/auth/oidc/down/start/' });
    expect(down.statusCode).toBe(302);
    expect(errorOf(String(down.headers.location))).toBe(
      'The sign-in provider could not be reached. Please try again later.',
    );
    expect(down.body).not.toMatch(/at .*\.ts/);
  });

  it('lists identities and never unlinks the last way to sign in', async () => {
    const sub = account();
    const signedIn = await callback((await toCallback(sub)).callback);
    const csrf = String(signedIn.cookies.find((c) => c.name === 'csrftoken')?.value);
    const refreshed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh/',
      headers: { 'x-auth-mode': 'cookie', 'x-csrftoken': csrf },
      cookies: {
        refresh_token: String(signedIn.cookies.find((c) => c.name === 'refresh_token')?.value),
        csrftoken: csrf,
      },
    });
    const headers = { authorization: `Bearer ${refreshed.json().access}` };
    const list = await t.app.inject({ url: '/api/auth/identities/', headers });
    expect(list.json()).toEqual([
      expect.objectContaining({ provider: 'local', provider_name: 'Local IdP', email: `${sub}@idp.example` }),
    ]);
    const id = list.json()[0].id;
    const refused = await t.app.inject({ method: 'DELETE', url: `/api/auth/identities/${id}/`, headers });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toMatch(/only way to sign in/);
    expect((await t.app.inject({ url: '/api/auth/identities/', headers })).json()).toHaveLength(1);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/auth/identities/${'0'.repeat(32)}/`, headers }))
        .statusCode,
    ).toBe(404);
  });
});
