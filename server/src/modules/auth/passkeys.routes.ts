/**
 * `/api/auth/passkeys/…`: register (options, then the browser's answer), list, rename, delete, and
 * the passwordless login (options, then the assertion). Thin: schema, one service call, the answer.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { commonErrors, ErrorBody, FieldErrorsBody } from '../../http/schemas.ts';
import { TokensWithUser } from './auth.schemas.ts';
import { sessionAnswer } from './login-answer.ts';
import { toPasskeyDto } from './mfa.presenter.ts';
import {
  PasskeyLoginBody,
  PasskeyParams,
  PasskeySchema,
  RegisterPasskeyBody,
  RenamePasskeyBody,
  WebauthnOptionsSchema,
} from './mfa.schemas.ts';
import {
  deleteOwnPasskey,
  loginOptions,
  loginWithPasskey,
  ownPasskeys,
  registerPasskey,
  registrationOptions,
  renameOwnPasskey,
} from './passkeys.service.ts';

const tags = ['auth'];
const errors = { 400: FieldErrorsBody, ...commonErrors };
const IP_NOTE =
  'When the relying party would be an IP address (e.g. the app opened at http://127.0.0.1:8000) → 400 `webauthn_rp_ip` explaining to use `localhost`.';

/** Registers the passkey routes on an app whose `accounts` context is set. */
export async function passkeysRoutes(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const ctx = app.accounts;

  app.post(
    '/api/auth/passkeys/register/options/',
    {
      schema: {
        tags,
        summary: 'Creation options for a new passkey',
        description: `Discoverable credential, user verification required. ${IP_NOTE}`,
        response: { 200: WebauthnOptionsSchema, ...errors },
      },
    },
    async (request) => registrationOptions(ctx, request.caller()),
  );

  app.post(
    '/api/auth/passkeys/register/',
    {
      schema: {
        tags,
        summary: 'Register a passkey',
        description:
          'The browser’s answer to the creation options, and a name. A wrong origin, RP id, challenge or signature → 400 and nothing stored.',
        body: RegisterPasskeyBody,
        response: { 201: PasskeySchema, ...errors },
      },
    },
    async (request, reply) => {
      const input = {
        credential: request.body.credential as unknown as RegistrationResponseJSON,
        name: request.body.name,
      };
      const row = await registerPasskey(ctx, request.caller(), input, request.client());
      return reply.code(201).send(toPasskeyDto(row));
    },
  );

  app.get(
    '/api/auth/passkeys/',
    {
      schema: {
        tags,
        summary: 'Your passkeys',
        response: {
          200: Type.Array(PasskeySchema, { description: 'The caller’s passkeys, oldest first.' }),
          ...commonErrors,
        },
      },
    },
    async (request) => (await ownPasskeys(ctx, request.caller())).map(toPasskeyDto),
  );

  app.patch(
    '/api/auth/passkeys/:id/',
    {
      schema: {
        tags,
        summary: 'Rename a passkey',
        params: PasskeyParams,
        body: RenamePasskeyBody,
        response: { 200: PasskeySchema, 404: ErrorBody, ...errors },
      },
    },
    async (request) =>
      toPasskeyDto(await renameOwnPasskey(ctx, request.caller(), request.params.id, request.body.name)),
  );

  app.delete(
    '/api/auth/passkeys/:id/',
    {
      schema: {
        tags,
        summary: 'Remove a passkey',
        description:
          'Another user’s passkey → 404. A staff account that must keep a second step cannot remove its last one (400).',
        params: PasskeyParams,
        response: { 204: Type.Null({ description: 'Removed.' }), 404: ErrorBody, ...errors },
      },
    },
    async (request, reply) => {
      await deleteOwnPasskey(ctx, request.caller(), request.params.id, request.client());
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/passkeys/login/options/',
    {
      config: { auth: 'none' },
      schema: {
        tags,
        summary: 'Request options for signing in with a passkey',
        description: `Any discoverable passkey of this site; user verification required. ${IP_NOTE}`,
        security: [],
        response: { 200: WebauthnOptionsSchema, 400: FieldErrorsBody, 429: ErrorBody },
      },
    },
    async () => loginOptions(ctx),
  );

  app.post(
    '/api/auth/passkeys/login/',
    {
      config: { auth: 'none' },
      schema: {
        tags,
        summary: 'Sign in with a passkey',
        description:
          'The browser’s assertion → the normal login answer (body or cookie mode); a passkey is both steps at once. Anything that does not verify → 400.',
        security: [],
        body: PasskeyLoginBody,
        response: { 200: TokensWithUser, 400: FieldErrorsBody, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const credential = request.body.credential as unknown as AuthenticationResponseJSON;
      const result = await loginWithPasskey(ctx, { credential }, request.client());
      return sessionAnswer(ctx, request, reply, result);
    },
  );
}
