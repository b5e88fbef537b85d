/**
 * The caller's linked provider identities (`/api/auth/identities/`): listing and unlinking, never
 * the last way to sign in (an account made through a provider has no password until one is set).
 */
import type { AuthUser } from '../../http/auth.ts';
import type { ClientInfo } from '../../http/caller.ts';
import { BadRequestError, NotFoundError } from '../../http/errors.ts';
import { parsePublicId } from '../../lib/ids.ts';
import { findCredentialsById, isUsablePassword } from '../users/index.ts';
import { type AccountsContext, recordEvent } from './auth.context.ts';
import { deleteIdentity, type IdentityRow, listIdentities } from './oidc.repository.ts';

/** The caller's identities, oldest first. */
export function ownIdentities(ctx: AccountsContext, caller: AuthUser): Promise<IdentityRow[]> {
  return listIdentities(ctx.database.db, caller.id);
}

/** Unlinks one of the caller's identities: 404 when not theirs, 400 when it is their last way in. */
export async function unlinkIdentity(
  ctx: AccountsContext,
  caller: AuthUser,
  id: string,
  client: ClientInfo,
): Promise<void> {
  const publicId = parsePublicId(id);
  if (publicId === null) throw new NotFoundError();
  await ctx.database.db.transaction().execute(async (trx) => {
    const identities = await listIdentities(trx, caller.id);
    const target = identities.find((i) => i.public_id === publicId);
    if (target === undefined) throw new NotFoundError();
    const account = await findCredentialsById(trx, caller.id);
    const hasPassword = account !== undefined && isUsablePassword(account.password);
    if (!hasPassword && identities.length === 1) {
      throw new BadRequestError(
        'This is your only way to sign in. Set a password (through “Forgot password”) or link another provider first.',
        'last_sign_in_method',
      );
    }
    await deleteIdentity(trx, caller.id, publicId);
    await recordEvent(trx, caller.id, 'oidc.unlinked', client, { provider: target.provider });
  });
}
