/**
 * `/api/admin/users/…`: list, detail, account actions and bulk actions. Staff (moderators and
 * admins) list, view, deactivate and reactivate ordinary users; admins act on anyone (but
 * themselves), change roles, force password resets and resend verification. Anonymous → 401,
 * other users → 403. Every action is audited.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { pageBody, parsePageWindow } from '../../http/pagination.ts';
import { baseUrl } from '../users/index.ts';
import { adminContext } from './admin.context.ts';
import { adminErrors } from './admin-audit.schemas.ts';
import { bulkUserAction } from './admin-bulk.service.ts';
import { toAdminUserDetailDto, toAdminUserDto } from './admin-users.presenter.ts';
import {
  AdminUserDetailSchema,
  AdminUserPage,
  AdminUserParams,
  AdminUserQuery,
  AdminUserSchema,
  BulkResultSchema,
  SetRoleBody,
  UserBulkBody,
} from './admin-users.schemas.ts';
import {
  changeRole,
  forcePasswordReset,
  getAdminUser,
  listAdminUsers,
  resendVerificationFor,
  resetUserMfa,
  setAccountActive,
} from './admin-users.service.ts';

const tags = ['admin'];
const STAFF = 'Moderators and admins (403 otherwise).';
const ADMIN = 'Admins only (403 otherwise); audited.';
const errors = adminErrors;

/** Registers the admin users routes. */
export async function adminUsersRoutes(scope: FastifyInstance): Promise<void> {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const ctx = adminContext(app);

  app.get(
    '/api/admin/users/',
    {
      schema: {
        tags,
        summary: 'Search, filter and sort users',
        description: STAFF,
        querystring: AdminUserQuery,
        response: { 200: AdminUserPage, ...errors },
      },
    },
    async (request) => {
      const window = parsePageWindow(request);
      const { count, rows } = await listAdminUsers(ctx, request.actor(), request.query, window);
      const base = baseUrl(request);
      return pageBody(
        request,
        window,
        count,
        rows.map((row) => toAdminUserDto(row, base)),
      );
    },
  );

  app.get(
    '/api/admin/users/:id/',
    {
      schema: {
        tags,
        summary: 'A user with counts, sessions and recent security events',
        description: `${STAFF} Journal data appears as counts only. Sessions and events are null for moderators.`,
        params: AdminUserParams,
        response: { 200: AdminUserDetailSchema, ...errors },
      },
    },
    async (request) =>
      toAdminUserDetailDto(await getAdminUser(ctx, request.actor(), request.params.id), baseUrl(request)),
  );

  const actions = [
    ['deactivate', 'Deactivate an account (revokes every session at once)', STAFF, false],
    ['reactivate', 'Reactivate an account', STAFF, true],
  ] as const;
  for (const [action, summary, who, active] of actions) {
    app.post(
      `/api/admin/users/:id/${action}/`,
      {
        schema: {
          tags,
          summary,
          description: `${who} Moderators may act on ordinary users only; nobody on themself. Audited.`,
          params: AdminUserParams,
          response: { 200: AdminUserSchema, ...errors },
        },
      },
      async (request) => {
        const user = await setAccountActive(ctx, request.actor(), request.params.id, active);
        return toAdminUserDto(user, baseUrl(request));
      },
    );
  }

  app.post(
    '/api/admin/users/:id/role/',
    {
      schema: {
        tags,
        summary: 'Set a role',
        description: `${ADMIN} The last active admin cannot be demoted.`,
        params: AdminUserParams,
        body: SetRoleBody,
        response: { 200: AdminUserSchema, ...errors },
      },
    },
    async (request) => {
      const user = await changeRole(ctx, request.actor(), request.params.id, request.body.role);
      return toAdminUserDto(user, baseUrl(request));
    },
  );

  const mails = [
    [
      'password-reset',
      'Force a password reset',
      forcePasswordReset,
      'The password stops working, every session is revoked and a reset link is mailed.',
    ],
    [
      'mfa-reset',
      'Reset the second sign-in steps',
      resetUserMfa,
      'Removes the authenticator app, passkeys and recovery codes, so the user signs in with the password alone and can set them up again. The user gets an e-mail.',
    ],
    [
      'resend-verification',
      'Resend the verification e-mail',
      resendVerificationFor,
      '400 when the address is confirmed already.',
    ],
  ] as const;
  for (const [path, summary, act, more] of mails) {
    app.post(
      `/api/admin/users/:id/${path}/`,
      {
        schema: {
          tags,
          summary,
          description: `${ADMIN} ${more}`,
          params: AdminUserParams,
          response: { 200: AdminUserSchema, ...errors },
        },
      },
      async (request) => {
        return toAdminUserDto(await act(ctx, request.actor(), request.params.id), baseUrl(request));
      },
    );
  }

  app.post(
    '/api/admin/users/bulk/',
    {
      schema: {
        tags,
        summary: 'Apply an action to selected users',
        description:
          'deactivate and reactivate: staff; set_role, password_reset, resend_verification: admins. Each item is checked and audited on its own.',
        body: UserBulkBody,
        response: { 200: BulkResultSchema, ...errors },
      },
    },
    async (request) => {
      const { action, ids, role } = request.body;
      return { results: await bulkUserAction(ctx, request.actor(), action, ids, role) };
    },
  );
}
