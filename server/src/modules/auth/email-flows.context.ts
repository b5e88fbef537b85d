/** What the e-mail flow services share: the accounts context and the flows' own throttle. */
import { wakeOutbox } from '../../mail/outbox.worker.ts';
import type { AccountsContext } from './auth.context.ts';
import { MailThrottle } from './mail-throttle.ts';
import { applyRevocations } from './sessions.service.ts';

/** Dependencies of the e-mail flow services. */
export interface EmailFlowsContext {
  /** Config, database, revocation list and login throttle of the accounts module. */
  accounts: AccountsContext;
  /** Per-address and per-IP limits of the flows. */
  throttle: MailThrottle;
}

/** Builds the context once per app. */
export function createEmailFlowsContext(accounts: AccountsContext): EmailFlowsContext {
  return { accounts, throttle: new MailThrottle() };
}

/** After a flow's transaction committed: refuse revoked sessions' tokens, wake the mail worker. */
export function afterCommit(ctx: EmailFlowsContext, revokedSessions: readonly string[] = []): void {
  applyRevocations(ctx.accounts, revokedSessions);
  wakeOutbox(ctx.accounts.database);
}
