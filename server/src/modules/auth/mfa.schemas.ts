/** Request and response schemas of the second-factor routes (API.md C3). */
import { Type } from 'typebox';
import { PublicId, Secret, Text, Timestamp } from '../../http/schemas.ts';
import { TokensWithUser } from './auth.schemas.ts';

const password = Secret({
  maxLength: 4096,
  description: 'The account password (asked again for this change).',
});
const code = Secret({
  maxLength: 64,
  description:
    'A 6-digit code from the authenticator app, or (where accepted) a recovery code like `k7m2p-9xq4t`.',
});

/** A passkey as its owner sees it. */
export const PasskeySchema = Type.Object(
  {
    id: PublicId,
    name: Type.String({ description: 'The name its owner gave it, e.g. "Laptop".' }),
    created: Timestamp,
    last_used: Type.Union([Timestamp, Type.Null()], { description: 'Last sign-in with it, or null.' }),
    backed_up: Type.Boolean({
      description: 'True when the passkey is synced to other devices (backup eligible and backed up).',
    }),
  },
  { description: 'A passkey (WebAuthn credential) registered to the account.' },
);

/** `GET /api/auth/mfa/`. */
export const MfaStatusSchema = Type.Object(
  {
    totp: Type.Boolean({ description: 'True when an authenticator app is set up and confirmed.' }),
    passkeys: Type.Array(PasskeySchema, { description: 'The account’s passkeys, oldest first.' }),
    recovery_codes_left: Type.Integer({ description: 'Unused recovery codes.' }),
  },
  { description: 'The second sign-in steps of the account.' },
);

/** `POST /api/auth/mfa/totp/setup/` and `POST /api/auth/mfa/recovery-codes/`. */
export const PasswordBody = Type.Object({ password });

/** `200` of setup. */
export const TotpSetupSchema = Type.Object(
  {
    secret: Type.String({ description: 'The shared secret in base32, for typing into the app by hand.' }),
    otpauth_url: Type.String({ description: 'The `otpauth://totp/…` URL the QR code holds.' }),
    qr_svg: Type.String({
      description: 'The QR code of `otpauth_url` as an SVG document (drawn by the server).',
    }),
  },
  { description: 'A pending authenticator secret; it becomes active once a code confirms it.' },
);

/** `POST /api/auth/mfa/totp/confirm/`. */
export const CodeBody = Type.Object({ code });

/** `POST /api/auth/mfa/totp/disable/`. */
export const DisableTotpBody = Type.Object({ password, code });

/** Fresh recovery codes (shown once). */
export const RecoveryCodesSchema = Type.Object(
  {
    recovery_codes: Type.Array(Type.String({ description: 'A single-use recovery code.' }), {
      description: 'Ten recovery codes; each works once. They are shown only now.',
    }),
  },
  { description: 'New recovery codes; any older ones no longer work.' },
);

/** `POST /api/auth/login/mfa/`. */
export const LoginMfaBody = Type.Object({
  mfa_token: Secret({
    maxLength: 128,
    description: 'The `mfa_token` of the login answer (five minutes, single use).',
  }),
  code,
});

/** The login answer when a second step is needed. */
export const MfaChallengeSchema = Type.Object(
  {
    mfa_required: Type.Literal(true, { description: 'Always true: a second step is needed.' }),
    mfa_token: Type.String({
      description:
        'Send it with a code to `POST /api/auth/login/mfa/`; lives five minutes, dies after five wrong codes.',
    }),
    methods: Type.Array(
      Type.Union([Type.Literal('totp'), Type.Literal('recovery_code'), Type.Literal('passkey')], {
        description: 'A way to pass the second step.',
      }),
      { description: 'The ways this account can pass the second step.' },
    ),
  },
  { description: 'The password was right; the account has a second factor, so no tokens yet.' },
);

/** `200` of login: a session, or the second step. */
export const LoginResponse = Type.Union([TokensWithUser, MfaChallengeSchema], {
  description: 'A new session, or (second factor on) `{"mfa_required": true, "mfa_token", "methods"}`.',
});

const base64url = (description: string) => Type.String({ maxLength: 65536, description });

/** The fields every WebAuthn answer of `@simplewebauthn/browser` carries besides its response. */
const credentialFields = {
  id: base64url('Credential id, base64url.'),
  rawId: base64url('Credential id, base64url.'),
  type: Type.String({ description: 'Always `public-key`.' }),
  authenticatorAttachment: Type.Optional(Type.String({ description: '`platform` or `cross-platform`.' })),
  clientExtensionResults: Type.Object(
    {},
    { additionalProperties: true, description: 'Extension outputs (ignored).' },
  ),
};

/** A registration response as `@simplewebauthn/browser` produces it. */
const RegistrationCredential = Type.Object(
  {
    ...credentialFields,
    response: Type.Object(
      {
        clientDataJSON: base64url('Client data, base64url.'),
        attestationObject: base64url('Attestation object, base64url.'),
        authenticatorData: Type.Optional(base64url('Authenticator data, base64url.')),
        transports: Type.Optional(
          Type.Array(Type.String({ description: 'A transport.' }), {
            description: 'Transports the authenticator supports.',
          }),
        ),
        publicKeyAlgorithm: Type.Optional(Type.Integer({ description: 'COSE algorithm of the key.' })),
        publicKey: Type.Optional(base64url('The public key (SPKI), base64url.')),
      },
      { description: 'The authenticator’s attestation response.' },
    ),
  },
  {
    description:
      'The browser’s answer to the creation options (`startRegistration()` of @simplewebauthn/browser).',
  },
);

/** An authentication response as `@simplewebauthn/browser` produces it. */
const AuthenticationCredential = Type.Object(
  {
    ...credentialFields,
    response: Type.Object(
      {
        clientDataJSON: base64url('Client data, base64url.'),
        authenticatorData: base64url('Authenticator data, base64url.'),
        signature: base64url('Signature, base64url.'),
        userHandle: Type.Optional(base64url('User handle, base64url.')),
      },
      { description: 'The authenticator’s assertion response.' },
    ),
  },
  {
    description:
      'The browser’s answer to the request options (`startAuthentication()` of @simplewebauthn/browser).',
  },
);

/** `POST /api/auth/passkeys/register/`. */
export const RegisterPasskeyBody = Type.Object({
  credential: RegistrationCredential,
  name: Text({ maxLength: 100, description: 'A name to recognise the passkey by, e.g. "Phone".' }),
});

/** `PATCH /api/auth/passkeys/{id}/`. */
export const RenamePasskeyBody = Type.Object({
  name: Text({ maxLength: 100, description: 'The new name.' }),
});

/** `POST /api/auth/passkeys/login/`. */
export const PasskeyLoginBody = Type.Object({ credential: AuthenticationCredential });

/** WebAuthn options JSON, passed to @simplewebauthn/browser as is. */
export const WebauthnOptionsSchema = Type.Object(
  {
    challenge: Type.String({ description: 'The challenge, base64url (single use, five minutes).' }),
  },
  {
    additionalProperties: true,
    description:
      'PublicKeyCredentialCreationOptionsJSON / RequestOptionsJSON (WebAuthn Level 3); hand it to `startRegistration` / `startAuthentication`.',
  },
);

/** `{id}` of a passkey. */
export const PasskeyParams = Type.Object({
  id: Type.String({ maxLength: 64, description: 'Passkey id (32 hex or dashed UUID).' }),
});
