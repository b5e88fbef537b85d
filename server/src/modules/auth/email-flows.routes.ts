/**
 * `/api/auth/registration/…`, `/api/auth/password/…` and `/api/auth/email/…`: the e-mail flows.
 * Thin: schema, auth policy, rate limit, one service call, the response. Every route that sends
 * mail or takes a key is also limited per IP by the global rate limiter at a lower ceiling.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Type } from 'typebox';
import { commonErrors, ErrorBody, FieldErrorsBody } from '../../http/schemas.ts';
import { confirmEmailChange, requestEmailChange } from './email-change.service.ts';
import { createEmailFlowsContext } from './email-flows.context.ts';
import {
  DetailBody,
  EmailBody,
  EmailChangeBody,
  KeyBody,
  PasswordChangeBody,
  ResetConfirmBody,
} from './email-flows.schemas.ts';
import { changePassword, confirmPasswordReset, requestPasswordReset } from './password.service.ts';
import { resendVerification, verifyEmail } from './verification.service.ts';

/** Per-IP ceiling of these routes (when `RATE_LIMIT_ENABLED`), below the global one. */
export const EMAIL_FLOW_RATE_LIMIT = { max: 30, timeWindow: 60_000 } as const;

/** The answer to a reset request, the same for every address. */
export const RESET_SENT = 'Password reset e-mail has been sent.';
/** The answer to a resend request, the same for every address. */
export const RESEND_SENT =
  'If this address belongs to an account that still needs confirming, a new link is on its way.';

const tags = ['auth'];
/** A 400 is field errors (`{"new_password2": [...]}`) or, for an unusable key, `{"detail"}`. */
const BadRequest = Type.Union([ErrorBody, FieldErrorsBody], {
  description: 'Field errors, or `{"detail"}` for an unusable link.',
});

/** Registers the e-mail flow routes on an app whose `accounts` context is set. */
async function emailFlowsRoutesPlugin(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const ctx = createEmailFlowsContext(app.accounts);
  const rateLimit = app.config.rateLimit.enabled ? EMAIL_FLOW_RATE_LIMIT : false;
  const pub = { auth: 'none', rateLimit } as const;
  const authed = { rateLimit } as const;
  const publicErrors = { 400: BadRequest, 429: ErrorBody } as const;

  app.post(
    '/api/auth/registration/verify-email/',
    {
      config: pub,
      schema: {
        tags,
        summary: 'Confirm an e-mail address with the key from the verification message',
        security: [],
        body: KeyBody,
        response: { 200: DetailBody, ...publicErrors },
      },
    },
    async (request) => {
      await verifyEmail(ctx, request.body.key, request.client());
      return { detail: 'E-mail verified.' };
    },
  );

  app.post(
    '/api/auth/registration/resend-email/',
    {
      config: pub,
      schema: {
        tags,
        summary: 'Send the verification message again (same answer for every address)',
        security: [],
        body: EmailBody,
        response: { 200: DetailBody, ...publicErrors },
      },
    },
    async (request) => {
      await resendVerification(ctx, request.body.email, request.client());
      return { detail: RESEND_SENT };
    },
  );

  app.post(
    '/api/auth/password/reset/',
    {
      config: pub,
      schema: {
        tags,
        summary: 'E-mail a password reset link (same answer for every address)',
        security: [],
        body: EmailBody,
        response: { 200: DetailBody, ...publicErrors },
      },
    },
    async (request) => {
      await requestPasswordReset(ctx, request.body.email, request.client());
      return { detail: RESET_SENT };
    },
  );

  app.post(
    '/api/auth/password/reset/confirm/',
    {
      config: pub,
      schema: {
        tags,
        summary: 'Set a new password with the uid and token of a reset link; signs out everywhere',
        security: [],
        body: ResetConfirmBody,
        response: { 200: DetailBody, ...publicErrors },
      },
    },
    async (request) => {
      await confirmPasswordReset(ctx, request.body, request.client());
      return { detail: 'Password has been reset with the new password.' };
    },
  );

  app.post(
    '/api/auth/password/change/',
    {
      config: authed,
      schema: {
        tags,
        summary: 'Change the password; other sessions are signed out, this one stays',
        body: PasswordChangeBody,
        response: { 200: DetailBody, 400: FieldErrorsBody, ...commonErrors },
      },
    },
    async (request) => {
      await changePassword(ctx, request.caller(), request.body, request.client());
      return { detail: 'New password has been saved.' };
    },
  );

  app.post(
    '/api/auth/email/change/',
    {
      config: authed,
      schema: {
        tags,
        summary: 'Ask to change the e-mail address; a confirmation link goes to the new address',
        body: EmailChangeBody,
        response: { 200: DetailBody, 400: FieldErrorsBody, ...commonErrors },
      },
    },
    async (request) => {
      await requestEmailChange(ctx, request.caller(), request.body, request.client());
      return { detail: 'Confirmation e-mail sent to the new address.' };
    },
  );

  app.post(
    '/api/auth/email/change/confirm/',
    {
      config: pub,
      schema: {
        tags,
        summary: 'Confirm a new e-mail address with the key from the confirmation message',
        security: [],
        body: KeyBody,
        response: { 200: DetailBody, ...publicErrors },
      },
    },
    async (request) => {
      await confirmEmailChange(ctx, request.body.key, request.client());
      return { detail: 'E-mail address changed.' };
    },
  );
}

/** The `auth.email-flows` plugin: its routes, encapsulated, with the plugins and decorations it needs declared. */
export const emailFlowsRoutes = fp(emailFlowsRoutesPlugin, {
  name: 'auth.email-flows',
  encapsulate: true,
  dependencies: ['auth', 'mail'],
});
