/**
 * Bulk actions on a selection (Django admin's "actions"): the same service call per item, each
 * with its own transaction, permission check and audit entry, so one refused item (the last
 * admin, a staff account a moderator may not touch, an unknown id) never blocks the others. The
 * permission for the action itself is checked once, up front: a forbidden action is a 403.
 */
import type { Role } from '../../db/schema.ts';
import { ApiError, ValidationError } from '../../http/errors.ts';
import { type AdminActor, type AdminContext, requireAdmin, requireStaff } from './admin.context.ts';
import { actOnContent, type ContentAction, type ContentKind } from './admin-content.service.ts';
import {
  changeRole,
  forcePasswordReset,
  resendVerificationFor,
  setAccountActive,
} from './admin-users.service.ts';

/** Bulk actions on users. */
export const USER_BULK_ACTIONS = [
  'deactivate',
  'reactivate',
  'set_role',
  'password_reset',
  'resend_verification',
] as const;
/** A bulk action on users. */
export type UserBulkAction = (typeof USER_BULK_ACTIONS)[number];

/** The outcome for one selected item. */
export interface BulkResult {
  /** The id as sent. */
  id: string;
  /** True when the action was applied. */
  ok: boolean;
  /** HTTP status the single action would have answered (200, 400, 403, 404). */
  status: number;
  /** Why it was refused, or null. */
  detail: string | null;
}

async function eachItem(ids: readonly string[], act: (id: string) => Promise<void>): Promise<BulkResult[]> {
  const results: BulkResult[] = [];
  for (const id of new Set(ids)) {
    try {
      await act(id);
      results.push({ id, ok: true, status: 200, detail: null });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const detail =
        error instanceof ValidationError ? Object.values(error.fields).flat().join(' ') : error.message;
      results.push({ id, ok: false, status: error.statusCode, detail });
    }
  }
  return results;
}

/** Applies one action to each selected user (ids: public ids). */
export async function bulkUserAction(
  ctx: AdminContext,
  actor: AdminActor,
  action: UserBulkAction,
  ids: readonly string[],
  role: Role | undefined,
): Promise<BulkResult[]> {
  if (action === 'deactivate' || action === 'reactivate') requireStaff(actor);
  else requireAdmin(actor);
  if (action === 'set_role' && role === undefined) {
    throw ValidationError.field('role', 'This field is required for set_role.');
  }
  return eachItem(ids, async (id) => {
    if (action === 'deactivate' || action === 'reactivate') {
      await setAccountActive(ctx, actor, id, action === 'reactivate');
    } else if (action === 'set_role') {
      await changeRole(ctx, actor, id, role as Role);
    } else if (action === 'password_reset') {
      await forcePasswordReset(ctx, actor, id);
    } else {
      await resendVerificationFor(ctx, actor, id);
    }
  });
}

/** Applies hide, restore or delete to each selected post or comment. Staff. */
export async function bulkContentAction(
  ctx: AdminContext,
  actor: AdminActor,
  kind: ContentKind,
  action: ContentAction,
  ids: readonly string[],
): Promise<BulkResult[]> {
  requireStaff(actor);
  return eachItem(ids, (id) => actOnContent(ctx, actor, kind, id, action));
}
