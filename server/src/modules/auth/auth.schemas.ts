/** Request and response schemas of the auth routes (API.md Part A "Auth", Part B "Sessions & tokens"). */
import { Type } from 'typebox';
import { ErrorBody, OptionalText, Page, PublicId, Secret, Text, Timestamp } from '../../http/schemas.ts';
import { UserSchema } from '../users/index.ts';

/**
 * `POST /api/auth/register/`. Blank and length rules are left to the service's validators so that
 * every field's problems are reported together.
 */
export const RegisterBody = Type.Object({
  username: Text({ minLength: 0, description: 'Unique (case-insensitively) user name, ≤ 150 characters.' }),
  email: Text({ minLength: 0, description: 'E-mail address, unique case-insensitively, ≤ 254 characters.' }),
  password: Secret({ minLength: 0, description: 'Password, 8–128 characters, checked by the validators.' }),
  first_name: Type.Optional(OptionalText({ maxLength: 150, description: 'Given name; may be empty.' })),
  last_name: Type.Optional(OptionalText({ maxLength: 150, description: 'Family name; may be empty.' })),
  bio: Type.Optional(OptionalText({ maxLength: 5000, description: 'About the user; may be empty or null.' })),
});

const access = Type.String({ description: 'Access token (JWT), sent as `Authorization: Bearer <access>`.' });
const refresh = Type.String({
  description: 'Refresh token (opaque). Left out in cookie mode, where it is set as an HttpOnly cookie.',
});

/** Tokens plus the user: register (non-mandatory verification) and login. */
export const TokensWithUser = Type.Object(
  { user: UserSchema, refresh: Type.Optional(refresh), access },
  { description: 'A new session: the user and its tokens.' },
);

/** `201` of register: a session, or (mandatory verification) a notice. */
export const RegisterResponse = Type.Union([TokensWithUser, ErrorBody], {
  description: 'A new session, or `{"detail": "Verification e-mail sent."}` when verification is mandatory.',
});

/** `POST /api/auth/login/`. */
export const LoginBody = Type.Object({
  username: Type.Optional(
    Text({
      maxLength: 254,
      description: 'User name; a value with @ that matches none is tried as an e-mail.',
    }),
  ),
  email: Type.Optional(Text({ maxLength: 254, description: 'E-mail address (instead of username).' })),
  password: Type.Optional(Secret({ maxLength: 4096, description: 'Password.' })),
});

/** `POST /api/auth/refresh/` and `logout/`. */
export const RefreshBody = Type.Object({
  refresh: Type.Optional(
    Secret({ maxLength: 512, description: 'Refresh token; in cookie mode the cookie is used instead.' }),
  ),
});

/** `200` of refresh. */
export const RefreshResponse = Type.Object(
  {
    access,
    refresh: Type.Optional(
      Type.String({
        description: 'The next refresh token (rotation on; not in cookie mode). The one sent is now used up.',
      }),
    ),
  },
  { description: 'A new access token, and with rotation a new refresh token.' },
);

/** `POST /api/auth/token/verify/`. */
export const VerifyBody = Type.Object({
  token: Secret({ maxLength: 4096, description: 'An access token (or a refresh token) to check.' }),
});

/** `200` of token verification: an empty object. */
export const EmptyBody = Type.Object({}, { description: 'An empty object: the token is valid.' });

/** One login session, as its owner sees it. */
export const SessionSchema = Type.Object(
  {
    id: PublicId,
    device: Type.String({
      description: 'A short description of the browser and system, from the user agent.',
    }),
    user_agent: Type.Union([Type.String(), Type.Null()], { description: 'The client User-Agent at login.' }),
    ip: Type.Union([Type.String(), Type.Null()], { description: 'IP address of the latest use.' }),
    created: Timestamp,
    last_used: Timestamp,
    expires: Timestamp,
    current: Type.Boolean({ description: 'True for the session of the token making this request.' }),
  },
  { description: 'A login session (one per login, renewed by refresh).' },
);

/** One security event, as its user sees it. */
export const SecurityEventSchema = Type.Object(
  {
    id: PublicId,
    type: Type.String({
      description: 'Machine name, e.g. login.success, login.failure, token.reuse, logout.',
    }),
    ip: Type.Union([Type.String(), Type.Null()], { description: 'Client IP address.' }),
    user_agent: Type.Union([Type.String(), Type.Null()], { description: 'Client User-Agent.' }),
    details: Type.Record(Type.String(), Type.Unknown(), { description: 'Event-specific details.' }),
    created: Timestamp,
  },
  { description: 'A security-relevant event on the account.' },
);

/** Pages of the two lists. */
export const SessionPage = Page(SessionSchema, 'A page of the caller’s live sessions.');
export const SecurityEventPage = Page(SecurityEventSchema, 'A page of the caller’s security events.');

/** `{id}` path parameter (hex or dashed; malformed → 404 in the service). */
export const SessionParams = Type.Object({
  id: Type.String({ maxLength: 64, description: 'Session id (32 hex or dashed UUID).' }),
});

/** `GET /.well-known/jwks.json`. */
export const JwksBody = Type.Object(
  {
    keys: Type.Array(
      Type.Object(
        {
          kty: Type.String({ description: 'Key type (OKP or EC).' }),
          kid: Type.String({ description: 'Key id, the JWK thumbprint; the `kid` header of tokens.' }),
          alg: Type.String({ description: 'The one algorithm this key signs with (EdDSA or ES256).' }),
          use: Type.String({ description: 'Always "sig".' }),
          crv: Type.String({ description: 'Curve (Ed25519 or P-256).' }),
          x: Type.String({ description: 'Public key (x coordinate), base64url.' }),
          y: Type.Optional(Type.String({ description: 'Y coordinate for EC keys, base64url.' })),
        },
        { description: 'A public signing key.' },
      ),
      { description: 'Every key access tokens may be signed with.' },
    ),
  },
  { description: 'The JSON Web Key Set for verifying access tokens.' },
);
