/**
 * Sign in with an OpenID Connect provider (API.md C3): the relying party. `openid-client` does the
 * protocol (discovery, authorization code + PKCE S256, ID token validation against the provider's
 * JWKS: issuer, audience, expiry, nonce, algorithm); this file keeps each flow's state, nonce and
 * verifier server-side for ten minutes, single use, and turns every failure into a message a
 * person can read.
 */
import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';
import type { OidcProviderConfig } from '../../config.ts';
import type { ClientInfo } from '../../http/caller.ts';
import { NotFoundError } from '../../http/errors.ts';
import { nowMicros } from '../../lib/time.ts';
import type { AccountsContext } from './auth.context.ts';
import { recordEvent } from './auth.context.ts';
import { isLoopbackHost } from './cookie-mode.ts';
import { OidcFlowError } from './oidc.errors.ts';
import { deleteExpiredFlows, insertFlow, takeFlow } from './oidc.repository.ts';
import { type OidcSignInResult, signInWithClaims } from './oidc-accounts.service.ts';

/** How long a started flow may take to come back (µs): ten minutes. */
export const FLOW_LIFETIME_MICROS = 10 * 60 * 1_000_000;

const PROVIDER_DOWN = 'The sign-in provider could not be reached. Please try again later.';
const EXPIRED = 'This sign-in attempt has expired or was already used. Please start again.';
const UNVERIFIED_ANSWER = "The provider's answer could not be verified. Please start again.";

const configurations = new Map<string, Promise<oidc.Configuration>>();

/** The provider with this id, or 404. */
export function providerById(ctx: AccountsContext, id: string): OidcProviderConfig {
  const provider = ctx.config.oidcProviders.find((p) => p.id === id);
  if (provider === undefined) throw new NotFoundError();
  return provider;
}

/** The providers for the login page. */
export function listProviders(ctx: AccountsContext): { id: string; name: string }[] {
  return ctx.config.oidcProviders.map((p) => ({ id: p.id, name: p.name }));
}

/** The provider's discovered configuration, fetched once (and again after a failure). */
function configurationOf(provider: OidcProviderConfig): Promise<oidc.Configuration> {
  const key = `${provider.id} ${provider.issuer} ${provider.clientId}`;
  let found = configurations.get(key);
  if (found === undefined) {
    const issuer = new URL(provider.issuer);
    // Plain HTTP only to a provider on this machine (development and tests); never over a network.
    const insecure = issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname);
    const auth = provider.clientSecret === null ? oidc.None() : oidc.ClientSecretPost(provider.clientSecret);
    found = oidc.discovery(issuer, provider.clientId, undefined, auth, {
      timeout: 10,
      ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
    });
    configurations.set(key, found);
    found.catch(() => configurations.delete(key));
  }
  return found;
}

/** The library's message and, when it names one, the claim that failed (`aud`, `nonce`, ...). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown';
  let claim = '';
  // The claim sits on the cause (or on the cause's cause, depending on which layer threw).
  for (let cause: unknown = error.cause; cause !== undefined && cause !== null && claim === ''; ) {
    const c = cause as { claim?: unknown; cause?: unknown };
    if (typeof c.claim === 'string') claim = ` (${c.claim})`;
    cause = c.cause;
  }
  return `${error.message}${claim}`.slice(0, 200);
}

function hashState(state: string): string {
  return createHash('sha256').update(state).digest('hex');
}

/** Starts a flow: remembers state, nonce and verifier, and answers the provider's authorization URL. */
export async function startFlow(
  ctx: AccountsContext,
  provider: OidcProviderConfig,
  next: string,
  redirectUri: string,
): Promise<string> {
  let configuration: oidc.Configuration;
  try {
    configuration = await configurationOf(provider);
  } catch {
    throw new OidcFlowError(PROVIDER_DOWN, 'discovery_failed');
  }
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const verifier = oidc.randomPKCECodeVerifier();
  const now = nowMicros();
  await deleteExpiredFlows(ctx.database.db, now);
  await insertFlow(ctx.database.db, {
    state_hash: hashState(state),
    provider: provider.id,
    nonce,
    code_verifier: verifier,
    redirect_uri: redirectUri,
    next,
    created: now,
    expires: now + FLOW_LIFETIME_MICROS,
  });
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: provider.scope,
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return url.href;
}

/** What the callback needs to answer: the sign-in's result and where to land. */
export type OidcCallbackResult = OidcSignInResult & { next: string };

async function failed(ctx: AccountsContext, client: ClientInfo, provider: string, error: OidcFlowError) {
  await recordEvent(ctx.database.db, null, 'oidc.failure', client, { provider, reason: error.reason });
  return error;
}

/**
 * Finishes a flow from the provider's redirect: consumes the flow named by `state` (once),
 * exchanges the code with the stored verifier and checks the ID token with the stored nonce, then
 * signs the person in (or creates or links their account).
 */
export async function finishFlow(
  ctx: AccountsContext,
  provider: OidcProviderConfig,
  callbackUrl: URL,
  client: ClientInfo,
): Promise<OidcCallbackResult> {
  const params = callbackUrl.searchParams;
  const state = params.get('state');
  const flow = state === null ? undefined : await takeFlow(ctx.database.db, hashState(state));
  if (params.get('error') !== null) {
    const reason = `provider_error:${String(params.get('error')).slice(0, 64)}`;
    const message =
      params.get('error') === 'access_denied'
        ? 'Sign-in was cancelled at the provider.'
        : 'The provider could not sign you in. Please try again.';
    throw await failed(ctx, client, provider.id, new OidcFlowError(message, reason));
  }
  if (flow === undefined || flow.provider !== provider.id) {
    throw await failed(ctx, client, provider.id, new OidcFlowError(EXPIRED, 'unknown_state'));
  }
  if (flow.expires < nowMicros()) {
    throw await failed(ctx, client, provider.id, new OidcFlowError(EXPIRED, 'expired_flow'));
  }
  let configuration: oidc.Configuration;
  try {
    configuration = await configurationOf(provider);
  } catch {
    throw await failed(ctx, client, provider.id, new OidcFlowError(PROVIDER_DOWN, 'discovery_failed'));
  }
  // The token request must repeat the redirect URI the flow started with, whatever host answered.
  const current = new URL(flow.redirect_uri);
  current.search = callbackUrl.search;
  let claims: Record<string, unknown>;
  try {
    const tokens = await oidc.authorizationCodeGrant(configuration, current, {
      pkceCodeVerifier: flow.code_verifier,
      expectedState: state ?? '',
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    claims = { ...tokens.claims() };
    if (typeof claims.email !== 'string' && configuration.serverMetadata().userinfo_endpoint !== undefined) {
      const info = await oidc.fetchUserInfo(configuration, tokens.access_token, String(claims.sub));
      claims = { ...info, ...claims };
    }
  } catch (error) {
    throw await failed(
      ctx,
      client,
      provider.id,
      new OidcFlowError(UNVERIFIED_ANSWER, `token:${describe(error)}`),
    );
  }
  try {
    const result = await signInWithClaims(ctx, provider, claims, client);
    return { ...result, next: flow.next };
  } catch (error) {
    if (error instanceof OidcFlowError) throw await failed(ctx, client, provider.id, error);
    throw error;
  }
}
