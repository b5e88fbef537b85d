/**
 * The account's own share of export and deletion, listed in the module wiring: the profile, every session (with device, IP and revocation), every
 * security event and the second sign-in steps (whether an authenticator is on, the passkeys' names
 * and dates, recovery codes left — never secrets, keys or hashes); deletion removes the sessions,
 * security events and second factors (the account service then
 * deletes the user row and records one detached `account.delete` event).
 */
import type { Executor } from '../../db/database.ts';
import type { AccountDataContributor } from '../../lib/account-data.ts';
import { isoMicros } from '../../lib/time.ts';
import { deleteSecurityEventsOfUser, listAllSecurityEventsOfUser } from '../audit/index.ts';
import { findUserById } from '../users/index.ts';
import { deleteSessionsOfUser, listAllSessionsOfUser } from './account.repository.ts';
import { toSecurityEventDto } from './auth.presenter.ts';
import { toPasskeyDto } from './mfa.presenter.ts';
import {
  countRecoveryCodes,
  deleteLoginTokens,
  deleteRecoveryCodes,
  deleteTotp,
  findTotp,
} from './mfa.repository.ts';
import { deleteAllPasskeys, listPasskeys } from './passkeys.repository.ts';

/** Name of the account's section in the export document. */
export const ACCOUNT_SECTION = 'account';

/** The account section of an export. */
export async function exportAccountSection(db: Executor, userId: number) {
  const user = await findUserById(db, userId);
  const sessions = await listAllSessionsOfUser(db, userId);
  const events = await listAllSecurityEventsOfUser(db, userId);
  const totp = await findTotp(db, userId);
  return {
    profile:
      user === undefined
        ? null
        : {
            id: user.public_id,
            username: user.username,
            email: user.email,
            email_verified: user.email_verified,
            first_name: user.first_name,
            last_name: user.last_name,
            bio: user.bio,
            avatar: user.avatar === null ? null : `/media/${user.avatar}`,
            role: user.role,
            is_active: user.is_active,
            last_login: user.last_login === null ? null : isoMicros(user.last_login),
            created: isoMicros(user.created),
            updated: isoMicros(user.updated),
          },
    sessions: sessions.map((s) => ({
      id: s.public_id,
      user_agent: s.user_agent,
      ip: s.ip,
      created: isoMicros(s.created),
      last_used: isoMicros(s.last_used),
      expires: isoMicros(s.expires),
      revoked_at: s.revoked_at === null ? null : isoMicros(s.revoked_at),
      revoked_reason: s.revoked_reason,
    })),
    security_events: events.map(toSecurityEventDto),
    second_factors: {
      totp: totp?.confirmed === true,
      passkeys: (await listPasskeys(db, userId)).map(toPasskeyDto),
      recovery_codes_left: await countRecoveryCodes(db, userId),
    },
  };
}

/** The account's share of account export and deletion. */
export const accountSection: AccountDataContributor = {
  name: ACCOUNT_SECTION,
  exportFor: exportAccountSection,
  deleteFor: async (trx, userId) => {
    await deleteSessionsOfUser(trx, userId);
    await deleteSecurityEventsOfUser(trx, userId);
    await deleteTotp(trx, userId);
    await deleteAllPasskeys(trx, userId);
    await deleteRecoveryCodes(trx, userId);
    await deleteLoginTokens(trx, userId);
  },
};
