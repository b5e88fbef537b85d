/**
 * Passkeys (WebAuthn, API.md C3) through `@simplewebauthn/server`: registration of discoverable
 * credentials with user verification required, several per account, named; passwordless login
 * with any of them (a passkey is both factors at once). Challenges are stored server-side and
 * taken once; a response with a wrong origin, RP id, challenge or signature is a 400 and stores
 * nothing. The relying party comes from `WEBAUTHN_RP_ID` / `WEBAUTHN_ORIGIN`.
 */
import type {
  AuthenticationResponseJSON,
  RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { webauthnRpIdIsIp } from '../../config.ts';
import type { AuthUser } from '../../http/auth.ts';
import type { ClientInfo } from '../../http/caller.ts';
import { BadRequestError, NotAuthenticatedError, NotFoundError, ValidationError } from '../../http/errors.ts';
import { newPublicId, parsePublicId } from '../../lib/ids.ts';
import { nowMicros } from '../../lib/time.ts';
import { wakeOutbox } from '../../mail/outbox.worker.ts';
import { findCredentialsById } from '../users/index.ts';
import type { AccountsContext } from './auth.context.ts';
import { completeLogin, type LoginResult } from './login-session.service.ts';
import { noticeMfaChange } from './mfa.notices.ts';
import { afterFactorRemoved } from './mfa.service.ts';
import {
  deletePasskey,
  findPasskeyByCredentialId,
  insertChallenge,
  insertPasskey,
  listPasskeys,
  markPasskeyUsed,
  type PasskeyRow,
  renamePasskey,
  takeChallenge,
} from './passkeys.repository.ts';

/** How long a challenge may wait for its answer, in microseconds (five minutes). */
const CHALLENGE_LIFETIME_MICROS = 5 * 60 * 1_000_000;
const TIMEOUT_MS = 5 * 60 * 1000;
const RP_NAME = 'MentalMuse';

type WebAuthn = typeof import('@simplewebauthn/server') &
  Pick<typeof import('@simplewebauthn/server/helpers'), 'isoBase64URL'>;
let webauthnLoading: Promise<WebAuthn> | undefined;

/**
 * `@simplewebauthn/server`, loaded by the first passkey request rather than at start-up: with its
 * certificate parsers it is ~290 modules and ~20 MB in every process (issue #20).
 */
function webauthn(): Promise<WebAuthn> {
  webauthnLoading ??= Promise.all([
    import('@simplewebauthn/server'),
    import('@simplewebauthn/server/helpers'),
  ]).then(([server, helpers]) => ({ ...server, isoBase64URL: helpers.isoBase64URL }));
  return webauthnLoading;
}

/** 400 when the relying party is an IP address, which browsers refuse. */
function relyingParty(ctx: AccountsContext): { rpId: string; origin: string } {
  const { rpId, origin } = ctx.config.webauthn;
  if (webauthnRpIdIsIp(rpId)) {
    const port = new URL(origin).port;
    throw new BadRequestError(
      `Passkeys need a host name: browsers refuse an IP address (${rpId}) as the relying party. Open the app at http://localhost${port === '' ? '' : `:${port}`} instead (or set WEBAUTHN_RP_ID and WEBAUTHN_ORIGIN).`,
      'webauthn_rp_ip',
    );
  }
  return { rpId, origin };
}

function credentialError(message: string): ValidationError {
  return ValidationError.field('credential', message);
}

/** The challenge a browser signed, read from the response's clientDataJSON. */
function challengeOf({ isoBase64URL }: WebAuthn, clientDataJSON: string): string {
  try {
    const parsed: unknown = JSON.parse(isoBase64URL.toUTF8String(clientDataJSON));
    const challenge = (parsed as { challenge?: unknown }).challenge;
    if (typeof challenge === 'string' && challenge.length > 0 && challenge.length <= 128) return challenge;
  } catch {
    // Falls through to the 400 below.
  }
  throw credentialError('This passkey response is malformed.');
}

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

/** Creation options for a new passkey of the caller (discoverable, user verification required). */
export async function registrationOptions(ctx: AccountsContext, caller: AuthUser) {
  const rp = relyingParty(ctx);
  const db = ctx.database.db;
  const account = await findCredentialsById(db, caller.id);
  if (account === undefined) throw new NotAuthenticatedError();
  const existing = await listPasskeys(db, caller.id);
  const { generateRegistrationOptions } = await webauthn();
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: rp.rpId,
    userName: account.username,
    userID: hexToBytes(account.public_id),
    userDisplayName: account.username,
    timeout: TIMEOUT_MS,
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.credential_id, transports: JSON.parse(p.transports) })),
    authenticatorSelection: {
      residentKey: 'required',
      requireResidentKey: true,
      userVerification: 'required',
    },
  });
  const now = nowMicros();
  await insertChallenge(db, {
    challenge: options.challenge,
    purpose: 'register',
    user_id: caller.id,
    created: now,
    expires: now + CHALLENGE_LIFETIME_MICROS,
  });
  return options;
}

/** Verifies a new passkey's attestation and stores it under its name. */
export async function registerPasskey(
  ctx: AccountsContext,
  caller: AuthUser,
  input: { credential: RegistrationResponseJSON; name: string },
  client: ClientInfo,
): Promise<PasskeyRow> {
  const rp = relyingParty(ctx);
  const db = ctx.database.db;
  const account = await findCredentialsById(db, caller.id);
  if (account === undefined) throw new NotAuthenticatedError();
  const lib = await webauthn();
  const challenge = challengeOf(lib, input.credential.response.clientDataJSON);
  const taken = await takeChallenge(db, challenge, 'register', caller.id, nowMicros());
  if (taken === undefined)
    throw credentialError('This passkey request has expired or was used already. Please try again.');
  let info: Awaited<ReturnType<typeof verifyRegistrationResponse>>['registrationInfo'];
  try {
    const verified = await lib.verifyRegistrationResponse({
      response: input.credential,
      expectedChallenge: taken.challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpId,
      requireUserVerification: true,
    });
    info = verified.verified ? verified.registrationInfo : undefined;
  } catch {
    info = undefined;
  }
  if (info === undefined) throw credentialError('This passkey could not be verified.');
  if ((await findPasskeyByCredentialId(db, info.credential.id)) !== undefined) {
    throw credentialError('This passkey is registered already.');
  }
  const now = nowMicros();
  const row = await db.transaction().execute(async (trx) => {
    const inserted = await insertPasskey(trx, {
      public_id: newPublicId(),
      user_id: caller.id,
      credential_id: info.credential.id,
      public_key: lib.isoBase64URL.fromBuffer(info.credential.publicKey),
      counter: info.credential.counter,
      transports: JSON.stringify(info.credential.transports ?? input.credential.response.transports ?? []),
      backup_eligible: info.credentialDeviceType === 'multiDevice',
      backup_state: info.credentialBackedUp,
      name: input.name,
      created: now,
      last_used: null,
    });
    await noticeMfaChange(trx, ctx.config, account, 'mfa.passkey_added', client, {
      passkey: inserted.public_id,
    });
    return inserted;
  });
  wakeOutbox(ctx.database);
  return row;
}

/** The caller's passkeys. */
export function ownPasskeys(ctx: AccountsContext, caller: AuthUser): Promise<PasskeyRow[]> {
  return listPasskeys(ctx.database.db, caller.id);
}

/** Renames one of the caller's passkeys (another user's id → 404). */
export async function renameOwnPasskey(
  ctx: AccountsContext,
  caller: AuthUser,
  id: string,
  name: string,
): Promise<PasskeyRow> {
  const publicId = parsePublicId(id);
  if (publicId === null || !(await renamePasskey(ctx.database.db, caller.id, publicId, name)))
    throw new NotFoundError();
  const row = (await listPasskeys(ctx.database.db, caller.id)).find((p) => p.public_id === publicId);
  if (row === undefined) throw new NotFoundError();
  return row;
}

/** Deletes one of the caller's passkeys (another user's id → 404; a staff account's last factor → 400). */
export async function deleteOwnPasskey(
  ctx: AccountsContext,
  caller: AuthUser,
  id: string,
  client: ClientInfo,
): Promise<void> {
  const publicId = parsePublicId(id);
  if (publicId === null) throw new NotFoundError();
  const account = await findCredentialsById(ctx.database.db, caller.id);
  if (account === undefined) throw new NotAuthenticatedError();
  await ctx.database.db.transaction().execute(async (trx) => {
    const deleted = await deletePasskey(trx, caller.id, publicId);
    if (deleted === undefined) throw new NotFoundError();
    await afterFactorRemoved(ctx, trx, caller);
    await noticeMfaChange(trx, ctx.config, account, 'mfa.passkey_removed', client, { passkey: publicId });
  });
  wakeOutbox(ctx.database);
}

/** Request options for a passwordless login with any discoverable passkey of this site. */
export async function loginOptions(ctx: AccountsContext) {
  const rp = relyingParty(ctx);
  const { generateAuthenticationOptions } = await webauthn();
  const options = await generateAuthenticationOptions({
    rpID: rp.rpId,
    userVerification: 'required',
    timeout: TIMEOUT_MS,
  });
  const now = nowMicros();
  await insertChallenge(ctx.database.db, {
    challenge: options.challenge,
    purpose: 'login',
    user_id: null,
    created: now,
    expires: now + CHALLENGE_LIFETIME_MICROS,
  });
  return options;
}

/** Verifies a passkey assertion and opens the session of its account. */
export async function loginWithPasskey(
  ctx: AccountsContext,
  input: { credential: AuthenticationResponseJSON },
  client: ClientInfo,
): Promise<LoginResult> {
  const rp = relyingParty(ctx);
  const db = ctx.database.db;
  const throttleKey = `passkey:${input.credential.id}`;
  ctx.throttle.check(throttleKey, client.ip);
  const fail = (message: string) => {
    ctx.throttle.fail(throttleKey, client.ip);
    return credentialError(message);
  };
  const lib = await webauthn();
  const challenge = challengeOf(lib, input.credential.response.clientDataJSON);
  const taken = await takeChallenge(db, challenge, 'login', null, nowMicros());
  if (taken === undefined)
    throw fail('This sign-in request has expired or was used already. Please try again.');
  const passkey = await findPasskeyByCredentialId(db, input.credential.id);
  if (passkey === undefined) throw fail('This passkey is not registered here.');
  const userHandle = input.credential.response.userHandle;
  const account = await findCredentialsById(db, passkey.user_id);
  if (
    account === undefined ||
    (userHandle !== undefined && userHandle !== lib.isoBase64URL.fromBuffer(hexToBytes(account.public_id)))
  ) {
    throw fail('This passkey could not be verified.');
  }
  let info: Awaited<ReturnType<typeof verifyAuthenticationResponse>>['authenticationInfo'] | undefined;
  try {
    const verified = await lib.verifyAuthenticationResponse({
      response: input.credential,
      expectedChallenge: taken.challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpId,
      requireUserVerification: true,
      credential: {
        id: passkey.credential_id,
        publicKey: lib.isoBase64URL.toBuffer(passkey.public_key),
        counter: Number(passkey.counter),
        transports: JSON.parse(passkey.transports),
      },
    });
    info = verified.verified ? verified.authenticationInfo : undefined;
  } catch {
    info = undefined;
  }
  if (info === undefined) throw fail('This passkey could not be verified.');
  if (!account.is_active) {
    throw fail('This passkey could not be verified.');
  }
  await markPasskeyUsed(db, passkey.id, {
    counter: info.newCounter,
    backupState: info.credentialBackedUp,
    now: nowMicros(),
  });
  ctx.throttle.succeed(throttleKey, client.ip);
  return completeLogin(ctx, account, client, { method: 'passkey' });
}
