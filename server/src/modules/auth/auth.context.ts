/**
 * What the accounts services share: configuration, database, signing keys, the revocation list,
 * the login throttle and the verified-token cache. Built once per app at start-up.
 */
import type { Config } from '../../config.ts';
import type { Database, Executor } from '../../db/database.ts';
import type { EventBus } from '../../events/bus.ts';
import type { ClientInfo } from '../../http/caller.ts';
import type { AccountDataRegistry } from '../../lib/account-data.ts';
import { recordSecurityEvent } from '../audit/index.ts';
import { type JournalCipher, loadJournalCipher } from '../journal/index.ts';
import type { PostsCounter } from '../users/index.ts';
import { LoginThrottle } from './login-throttle.ts';
import { RevocationList } from './revocation.ts';
import { listRevokedSince } from './sessions.repository.ts';
import { type KeyRing, loadKeyRing, VerifiedTokenCache } from './tokens.ts';

/** The accounts module's dependencies and in-process state. */
export interface AccountsContext {
  /** The validated configuration. */
  config: Config;
  /** The open database. */
  database: Database;
  /** Signing and verification keys. */
  keys: KeyRing;
  /** Sessions whose access tokens must be refused. */
  revocation: RevocationList;
  /** Per-account and per-IP login failure counters. */
  throttle: LoginThrottle;
  /** Already-verified access tokens. */
  tokenCache: VerifiedTokenCache;
  /** Every module's share of account export and deletion. */
  accountData: AccountDataRegistry;
  /** `posts_count` for the user objects auth answers with. */
  postsCounts: PostsCounter;
  /** The domain event bus (`security.new_login` is published here). */
  events: EventBus;
  /** Encrypts second-factor secrets at rest, with the journal's key ring. */
  secrets: JournalCipher;
}

/** Records a security event about a user, with the client's IP and user agent. */
export function recordEvent(
  db: Executor,
  userId: number | null,
  type: string,
  client: ClientInfo,
  details: Record<string, unknown> = {},
): Promise<void> {
  return recordSecurityEvent(db, { userId, type, ip: client.ip, userAgent: client.userAgent, details });
}

/** Loads keys and rebuilds the revocation list from sessions revoked within the access lifetime. */
export async function createAccountsContext(
  config: Config,
  database: Database,
  wiring: { accountData: AccountDataRegistry; postsCounts: PostsCounter; events: EventBus },
): Promise<AccountsContext> {
  const revocation = new RevocationList(config.accessTokenLifetime);
  for (const row of await listRevokedSince(database.db, revocation.relevantSinceMicros())) {
    if (row.revoked_at !== null) revocation.revoke(row.public_id, Math.floor(row.revoked_at / 1000));
  }
  return {
    config,
    database,
    keys: await loadKeyRing(config),
    revocation,
    throttle: new LoginThrottle(config.loginMaxFailures),
    tokenCache: new VerifiedTokenCache(),
    accountData: wiring.accountData,
    postsCounts: wiring.postsCounts,
    events: wiring.events,
    secrets: loadJournalCipher(config),
  };
}
