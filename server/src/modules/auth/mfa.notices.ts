/**
 * Every change to how an account signs in (a factor added or removed, recovery codes regenerated
 * or used, an admin reset) is a security event and an e-mail to the account, both written in the
 * change's own transaction (the outbox sends the mail after commit).
 */
import type { Config } from '../../config.ts';
import type { Executor } from '../../db/database.ts';
import type { ClientInfo } from '../../http/caller.ts';
import { forgotPasswordLink } from '../../mail/links.ts';
import { enqueueMessage } from '../../mail/outbox.repository.ts';
import { signInSecurityMessage } from '../../mail/templates/messages.ts';
import { recordEvent } from './auth.context.ts';
import { greetingName } from './email-keys.ts';

/** The sign-in changes worth a notice, with the sentence the e-mail says. */
export const MFA_CHANGES = {
  'mfa.totp_enabled': 'An authenticator app was set up as a second step for signing in to your account.',
  'mfa.totp_disabled': 'The authenticator app was removed from your account.',
  'mfa.recovery_codes_regenerated':
    'New recovery codes were made for your account; the old ones no longer work.',
  'mfa.recovery_code_used': 'A recovery code was used to sign in to your account.',
  'mfa.passkey_added': 'A passkey was added to your account.',
  'mfa.passkey_removed': 'A passkey was removed from your account.',
  'mfa.reset':
    'An administrator removed the second sign-in steps of your account (authenticator app, passkeys and recovery codes).',
} as const;

/** One kind of sign-in change. */
export type MfaChange = keyof typeof MFA_CHANGES;

/** The account a notice goes to. */
export interface NoticeAccount {
  id: number;
  username: string;
  first_name?: string | null;
  email: string;
}

/** Records the security event (unless the caller records its own) and queues the e-mail. */
export async function noticeMfaChange(
  db: Executor,
  config: Config,
  account: NoticeAccount,
  change: MfaChange,
  client: ClientInfo | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  if (client !== null) await recordEvent(db, account.id, change, client, details);
  const message = signInSecurityMessage({
    name: greetingName(account),
    change: MFA_CHANGES[change],
    forgotLink: forgotPasswordLink(config),
  });
  await enqueueMessage(db, { kind: 'security_notice', to: account.email, ...message });
}
