/**
 * Which account a verified provider identity signs in to (API.md C3): its linked account; else an
 * existing account with the same address, linked only when the provider asserts `email_verified`
 * and the account's own address is verified too; else a new account (username suggested from the
 * claims, made unique; no usable password; e-mail verified only when the provider says so).
 */
import type { OidcProviderConfig } from '../../config.ts';
import type { ClientInfo } from '../../http/caller.ts';
import { nowMicros } from '../../lib/time.ts';
import { wakeOutbox } from '../../mail/outbox.worker.ts';
import {
  findCredentialsByEmail,
  findUserById,
  findUserByUsername,
  insertUser,
  recordLogin,
  type UserRow,
  unusablePassword,
  validateEmail,
  validateUsername,
} from '../users/index.ts';
import { type AccountsContext, recordEvent } from './auth.context.ts';
import { OidcFlowError } from './oidc.errors.ts';
import { findIdentity, insertIdentity, touchIdentity } from './oidc.repository.ts';
import { type IssuedTokens, startSession } from './sessions.service.ts';
import { queueVerificationEmail } from './verification.service.ts';

/** A signed-in user, or a new account that must confirm its address first. */
export type OidcSignInResult =
  | { kind: 'session'; user: UserRow; tokens: IssuedTokens }
  | { kind: 'verification' };

const INACTIVE = 'This account is not active.';
const NO_EMAIL = 'The provider did not share an e-mail address, which MentalMuse needs for an account.';
const CANNOT_LINK =
  'An account with this e-mail address already exists. Sign in with your password; the provider can be linked once both addresses are verified.';

/** Candidate usernames from the claims: the provider's preference, the address, then a default. */
function usernameSeed(claims: Record<string, unknown>, email: string): string {
  const preferred = typeof claims.preferred_username === 'string' ? claims.preferred_username : '';
  const raw = preferred !== '' ? preferred.split('@')[0] : email.split('@')[0];
  const cleaned = (raw ?? '')
    .normalize('NFKC')
    .replace(/[^\w.+-]/gu, '')
    .slice(0, 140);
  return validateUsername(cleaned).length === 0 ? cleaned : 'member';
}

async function uniqueUsername(ctx: AccountsContext, seed: string): Promise<string> {
  const db = ctx.database.db;
  if ((await findUserByUsername(db, seed)) === undefined) return seed;
  for (let n = 2; n < 1000; n++) {
    const candidate = `${seed}${n}`;
    if ((await findUserByUsername(db, candidate)) === undefined) return candidate;
  }
  return `${seed}${Date.now().toString(36)}`;
}

async function openSession(ctx: AccountsContext, user: UserRow, provider: string, client: ClientInfo) {
  return ctx.database.db.transaction().execute(async (trx) => {
    await recordLogin(trx, user.id);
    const tokens = await startSession(ctx, trx, user, client);
    await recordEvent(trx, user.id, 'login.success', client, { session: tokens.sessionId, provider });
    return tokens;
  });
}

/** Signs in (linking or creating the account as the rules allow) with verified ID token claims. */
export async function signInWithClaims(
  ctx: AccountsContext,
  provider: OidcProviderConfig,
  claims: Record<string, unknown>,
  client: ClientInfo,
): Promise<OidcSignInResult> {
  const db = ctx.database.db;
  const subject = String(claims.sub);
  const email = typeof claims.email === 'string' ? claims.email.trim() : '';
  const providerVerified = claims.email_verified === true;

  const identity = await findIdentity(db, provider.id, subject);
  if (identity !== undefined) {
    const user = await findUserById(db, identity.user_id);
    if (user === undefined || !user.is_active) throw new OidcFlowError(INACTIVE, 'inactive');
    await touchIdentity(db, identity.id, nowMicros());
    return { kind: 'session', user, tokens: await openSession(ctx, user, provider.id, client) };
  }

  if (email === '' || validateEmail(email).length > 0) throw new OidcFlowError(NO_EMAIL, 'no_email');
  const existing = await findCredentialsByEmail(db, email);
  if (existing !== undefined) {
    // Linking on an unverified address would let anyone who registers it at a provider take over.
    if (!providerVerified || !existing.email_verified) throw new OidcFlowError(CANNOT_LINK, 'link_refused');
    if (!existing.is_active) throw new OidcFlowError(INACTIVE, 'inactive');
    const { password: _hash, ...user } = existing;
    await db.transaction().execute(async (trx) => {
      await insertIdentity(trx, { userId: user.id, provider: provider.id, subject, email, now: nowMicros() });
      await recordEvent(trx, user.id, 'oidc.linked', client, { provider: provider.id });
    });
    return { kind: 'session', user, tokens: await openSession(ctx, user, provider.id, client) };
  }

  const username = await uniqueUsername(ctx, usernameSeed(claims, email));
  const mustVerify = ctx.config.emailVerification === 'mandatory' && !providerVerified;
  const result = await db.transaction().execute(async (trx): Promise<OidcSignInResult> => {
    // A concurrent sign-up with the same name or address still fails here, on the unique indexes.
    const user = await insertUser(trx, {
      username,
      email,
      passwordHash: unusablePassword(),
      firstName: typeof claims.given_name === 'string' ? claims.given_name.slice(0, 150) : '',
      lastName: typeof claims.family_name === 'string' ? claims.family_name.slice(0, 150) : '',
      bio: '',
      emailVerified: providerVerified,
    });
    await insertIdentity(trx, { userId: user.id, provider: provider.id, subject, email, now: nowMicros() });
    await recordEvent(trx, user.id, 'user.register', client, { provider: provider.id });
    if (!providerVerified && ctx.config.emailVerification !== 'none') {
      await queueVerificationEmail(ctx.config, trx, user);
    }
    if (mustVerify) return { kind: 'verification' };
    await recordLogin(trx, user.id);
    const tokens = await startSession(ctx, trx, user, client);
    await recordEvent(trx, user.id, 'login.success', client, {
      session: tokens.sessionId,
      provider: provider.id,
    });
    return { kind: 'session', user, tokens };
  });
  wakeOutbox(ctx.database);
  return result;
}
