/**
 * A real OpenID Connect provider for tests: the certified `oidc-provider` package on a loopback
 * port, with two confidential clients and accounts the test defines. Its login and consent
 * interactions are finished through the package's own `interactionDetails` / `interactionFinished`
 * API for whichever account the test names, so the whole authorization code flow runs for real.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error the package ships no type declarations.
import Provider from 'oidc-provider';

/** Claims of a test account. */
export interface TestAccount {
  email?: string;
  email_verified?: boolean;
  preferred_username?: string;
  given_name?: string;
}

/** A started provider and the knobs the tests turn. */
export interface TestProvider {
  issuer: string;
  accounts: Map<string, TestAccount>;
  /** The account the next login interaction signs in as. */
  loginAs: (accountId: string) => void;
  /** Replaces the `id_token` of the next token response (a mix-up / wrong-audience attack). */
  swapNextIdToken: (idToken: string | null) => void;
  close: () => Promise<void>;
}

/** Clients registered at the provider: `mentalmuse` and a second, `other`. */
export const TEST_CLIENTS = {
  mentalmuse: 'secret-of-mentalmuse-client-000000000000',
  other: 'secret-of-the-other-client-0000000000000000',
} as const;

/** Starts the provider; `redirectBase` is the app's origin as the tests reach it. */
export async function startTestProvider(redirectBase: string): Promise<TestProvider> {
  const accounts = new Map<string, TestAccount>();
  let nextLogin = '';
  let swap: string | null = null;
  const server: Server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: Object.entries(TEST_CLIENTS).map(([clientId, secret]) => ({
      client_id: clientId,
      client_secret: secret,
      redirect_uris: ['local', 'other'].map((id) => `${redirectBase}/api/auth/oidc/${id}/callback/`),
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    })),
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['preferred_username', 'given_name'],
    },
    findAccount: async (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      if (account === undefined) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...account }) };
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    cookies: { keys: ['test-cookie-key-0123456789'] },
  });
  provider.use(
    async (ctx: { path: string; body: Record<string, unknown> | undefined }, next: () => Promise<void>) => {
      await next();
      if (ctx.path === '/token' && swap !== null && typeof ctx.body?.id_token === 'string') {
        ctx.body = { ...ctx.body, id_token: swap };
        swap = null;
      }
    },
  );
  const callback = provider.callback();
  server.on('request', async (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith('/interaction/')) return callback(req, res);
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: nextLogin } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const grant = new provider.Grant({
      accountId: details.session.accountId,
      clientId: details.params.client_id,
    });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  });
  return {
    issuer,
    accounts,
    loginAs: (id) => {
      nextLogin = id;
    },
    swapNextIdToken: (token) => {
      swap = token;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A browser's cookies at the provider: one jar per person signing in. */
export class ProviderBrowser {
  private readonly cookies = new Map<string, string>();

  /** Follows the provider's redirects from `url` until one leaves for `until`; returns that URL. */
  async follow(url: string, until: string): Promise<string> {
    let location = url;
    for (let hop = 0; hop < 12 && !location.startsWith(until); hop++) {
      const response = await fetch(location, {
        redirect: 'manual',
        headers: { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const eq = pair.indexOf('=');
        const name = pair.slice(0, eq).trim();
        const value = pair.slice(eq + 1).trim();
        if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
        else this.cookies.set(name, value);
      }
      const next = response.headers.get('location');
      if (next === null)
        throw new Error(`provider answered ${response.status} at ${location}: ${await response.text()}`);
      location = new URL(next, location).href;
    }
    return location;
  }
}
