/** Request and response schemas of sign-in with an OpenID Connect provider (API.md C3, last item). */
import { Type } from 'typebox';
import { PublicId, Timestamp } from '../../http/schemas.ts';

/** One provider on the login page. */
export const ProviderSchema = Type.Object({
  id: Type.String({ description: 'Provider id, used in `/api/auth/oidc/{id}/start/`.' }),
  name: Type.String({ description: 'Name to show on the sign-in button.' }),
});

/** `GET /api/auth/providers/`. */
export const ProviderList = Type.Array(ProviderSchema, { description: 'The configured providers.' });

/** `{id}` of the provider routes. */
export const ProviderParams = Type.Object({
  id: Type.String({ maxLength: 64, description: 'Provider id from `OIDC_PROVIDERS`.' }),
});

/** `GET /api/auth/oidc/{id}/start/`. */
export const StartQuery = Type.Object({
  next: Type.Optional(
    Type.String({
      maxLength: 2000,
      description:
        'Path of the web app to land on after signing in; anything but a same-origin path means `/`.',
    }),
  ),
});

/**
 * `GET /api/auth/oidc/{id}/callback/`: the provider's redirect. Every parameter is optional here;
 * the relying party library checks them all and a bad one ends on the login page.
 */
export const CallbackQuery = Type.Object(
  {
    code: Type.Optional(Type.String({ maxLength: 4096, description: 'Authorization code.' })),
    state: Type.Optional(Type.String({ maxLength: 512, description: 'The state sent at the start.' })),
    error: Type.Optional(Type.String({ maxLength: 256, description: 'Error code from the provider.' })),
    error_description: Type.Optional(
      Type.String({ maxLength: 2048, description: "The provider's explanation (never shown)." }),
    ),
    iss: Type.Optional(
      Type.String({ maxLength: 2048, description: 'Issuer (RFC 9207), checked when sent.' }),
    ),
  },
  { additionalProperties: true },
);

/** A linked provider identity. */
export const IdentitySchema = Type.Object({
  id: PublicId,
  provider: Type.String({ description: 'Provider id.' }),
  provider_name: Type.String({ description: 'Provider name, or its id when it is no longer configured.' }),
  email: Type.String({ description: 'The address the provider reported when the identity was linked.' }),
  created: Timestamp,
  last_used: Timestamp,
});

/** `GET /api/auth/identities/`. */
export const IdentityList = Type.Array(IdentitySchema, { description: 'The caller’s linked identities.' });

/** `{id}` of `DELETE /api/auth/identities/{id}/`. */
export const IdentityParams = Type.Object({
  id: Type.String({ maxLength: 64, description: 'Identity id (32 hex or dashed UUID).' }),
});
