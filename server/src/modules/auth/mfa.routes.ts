/**
 * `/api/auth/mfa/…` (the caller's second factors: status, authenticator app, recovery codes) and
 * `POST /api/auth/login/mfa/` (a login's second step). Thin: schema, one service call, the answer.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { commonErrors, ErrorBody, FieldErrorsBody } from '../../http/schemas.ts';
import { TokensWithUser } from './auth.schemas.ts';
import { sessionAnswer } from './login-answer.ts';
import { toPasskeyDto } from './mfa.presenter.ts';
import {
  CodeBody,
  DisableTotpBody,
  LoginMfaBody,
  MfaStatusSchema,
  PasswordBody,
  RecoveryCodesSchema,
  TotpSetupSchema,
} from './mfa.schemas.ts';
import {
  confirmTotpSetup,
  disableTotp,
  mfaStatus,
  regenerateRecoveryCodes,
  setupTotp,
} from './mfa.service.ts';
import { loginWithCode } from './mfa-login.service.ts';

const tags = ['auth'];
const errors = { 400: FieldErrorsBody, ...commonErrors };

/** Registers the second-factor routes on an app whose `accounts` context is set. */
export async function mfaRoutes(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const ctx = app.accounts;

  app.get(
    '/api/auth/mfa/',
    {
      schema: {
        tags,
        summary: 'Your second sign-in steps',
        response: { 200: MfaStatusSchema, ...commonErrors },
      },
    },
    async (request) => {
      const status = await mfaStatus(ctx, request.caller());
      return {
        totp: status.totp,
        passkeys: status.passkeys.map(toPasskeyDto),
        recovery_codes_left: status.recoveryCodesLeft,
      };
    },
  );

  app.post(
    '/api/auth/mfa/totp/setup/',
    {
      schema: {
        tags,
        summary: 'Start setting up an authenticator app',
        description:
          'Needs the password. Answers a new secret, its `otpauth://` URL and a QR code (SVG); nothing changes until a code confirms it. 400 when one is set up already.',
        body: PasswordBody,
        response: { 200: TotpSetupSchema, ...errors },
      },
    },
    async (request) => setupTotp(ctx, request.caller(), request.body.password, request.client()),
  );

  app.post(
    '/api/auth/mfa/totp/confirm/',
    {
      schema: {
        tags,
        summary: 'Confirm the authenticator app with a first code',
        description:
          'Turns the second step on and answers ten recovery codes (shown only now). Wrong code → 400.',
        body: CodeBody,
        response: { 200: RecoveryCodesSchema, ...errors },
      },
    },
    async (request) => ({
      recovery_codes: await confirmTotpSetup(ctx, request.caller(), request.body.code, request.client()),
    }),
  );

  app.post(
    '/api/auth/mfa/totp/disable/',
    {
      schema: {
        tags,
        summary: 'Turn the authenticator app off',
        description:
          'Needs the password and a current code (or a recovery code). A staff account that must keep a second step cannot remove its last one (400).',
        body: DisableTotpBody,
        response: { 204: Type.Null({ description: 'Turned off.' }), ...errors },
      },
    },
    async (request, reply) => {
      await disableTotp(ctx, request.caller(), request.body, request.client());
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/mfa/recovery-codes/',
    {
      schema: {
        tags,
        summary: 'Make new recovery codes',
        description: 'Needs the password and a second factor. The old codes stop working.',
        body: PasswordBody,
        response: { 200: RecoveryCodesSchema, ...errors },
      },
    },
    async (request) => ({
      recovery_codes: await regenerateRecoveryCodes(
        ctx,
        request.caller(),
        request.body.password,
        request.client(),
      ),
    }),
  );

  app.post(
    '/api/auth/login/mfa/',
    {
      config: { auth: 'none' },
      schema: {
        tags,
        summary: 'Finish a login with a second-step code',
        description:
          'Exchanges the `mfa_token` of the login answer and a TOTP or recovery code for the normal login answer (body or cookie mode). Wrong code → 400 `{"code": ["Invalid code."]}`; the token dies after five wrong codes or five minutes.',
        security: [],
        body: LoginMfaBody,
        response: { 200: TokensWithUser, 400: FieldErrorsBody, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const result = await loginWithCode(ctx, request.body, request.client());
      return sessionAnswer(ctx, request, reply, result);
    },
  );
}
