/**
 * The last step of every login (password, password + second step, passkey): opens the session,
 * records it, and announces a login from a device/IP pair new to the account.
 */
import type { ClientInfo } from '../../http/caller.ts';
import {
  type CredentialRow,
  recordLogin,
  type UserView,
  updatePasswordHash,
  withPostsCounts,
} from '../users/index.ts';
import { type AccountsContext, recordEvent } from './auth.context.ts';
import { clientHistory } from './sessions.repository.ts';
import { type IssuedTokens, startSession } from './sessions.service.ts';

/** The user and tokens of a successful login. */
export interface LoginResult {
  /** The user as it was before this login, with its post counts. */
  user: UserView;
  /** The new session's tokens. */
  tokens: IssuedTokens;
}

/**
 * Opens the session of a login whose every step succeeded (password, second step or passkey):
 * records it, and announces a login from a device/IP pair new to the account.
 */
export async function completeLogin(
  ctx: AccountsContext,
  account: CredentialRow,
  client: ClientInfo,
  options: { rehash?: string | null; method: string },
): Promise<LoginResult> {
  const { password: _hash, ...user } = account;
  const result = await ctx.database.db.transaction().execute(async (trx) => {
    if (options.rehash != null) await updatePasswordHash(trx, account.id, options.rehash);
    await recordLogin(trx, account.id);
    const history = await clientHistory(trx, account.id, client.ip, client.userAgent);
    const issued = await startSession(ctx, trx, account, client);
    await recordEvent(trx, account.id, 'login.success', client, {
      session: issued.sessionId,
      ...(options.method === 'password' ? {} : { method: options.method }),
    });
    const [view] = await withPostsCounts(ctx.postsCounts, trx, [user]);
    // The very first sign-in is not news; a known device/IP pair is not either.
    const newClient = history.sessions > 0 && history.sameClient === 0;
    return { user: view as UserView, tokens: issued, newClient };
  });
  if (result.newClient) {
    await ctx.events.publish('security.new_login', {
      userId: account.id,
      sessionId: result.tokens.sessionId,
      ip: client.ip,
      userAgent: client.userAgent,
    });
  }
  return { user: result.user, tokens: result.tokens };
}
