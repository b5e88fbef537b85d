/**
 * What the admin services share, who may act, and how an action is recorded. An action comes
 * from a staff member over HTTP or from the operator's shell (the CLI, which has full rights and
 * no user); either way it lands in the audit log with who, what, when and from where.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Database, Executor } from '../../db/database.ts';
import type { EventBus } from '../../events/bus.ts';
import type { AuthUser } from '../../http/auth.ts';
import { PermissionDeniedError } from '../../http/errors.ts';
import { recordSecurityEvent } from '../audit/index.ts';
import type { AccountsContext } from '../auth/index.ts';
import { applyRevocations } from '../auth/index.ts';
import type { CommunityContext } from '../community/index.ts';
import { communityContext } from '../community/index.ts';
import { isStaff } from '../users/index.ts';

/** Dependencies of the admin services. */
export interface AdminContext {
  /** The validated configuration (mail links, lifetimes). */
  config: Config;
  /** The open database. */
  database: Database;
  /** The accounts module's context, when running inside the server: makes revoked tokens die at once. */
  accounts: AccountsContext | null;
  /** The community services' context (reused moderation services). */
  community: CommunityContext;
}

/** Who performs an admin action. */
export interface AdminActor {
  /** The staff member, or null for the operator's shell (the CLI may do everything). */
  user: AuthUser | null;
  /** Client IP address, or `cli`. */
  ip: string;
  /** Client user agent, or null. */
  userAgent: string | null;
}

/** The admin context of a running app. */
export function adminContext(app: FastifyInstance): AdminContext {
  return {
    config: app.config,
    database: app.database,
    accounts: app.accounts,
    community: communityContext(app),
  };
}

/** The admin context of the CLI: no in-process revocation list (the server re-checks `is_active`). */
export function cliAdminContext(config: Config, database: Database, events: EventBus): AdminContext {
  return {
    config,
    database,
    accounts: null,
    community: { database, communityRead: config.communityRead, events },
  };
}

/** The operator's shell as an actor. */
export const CLI_ACTOR: AdminActor = { user: null, ip: 'cli', userAgent: null };

/** 403 unless the actor is a moderator, an admin or the CLI. */
export function requireStaff(actor: AdminActor): void {
  if (actor.user !== null && !isStaff(actor.user.role)) throw new PermissionDeniedError();
}

/** 403 unless the actor is an admin or the CLI. */
export function requireAdmin(actor: AdminActor): void {
  if (actor.user !== null && actor.user.role !== 'admin') throw new PermissionDeniedError();
}

/** True for admins and the CLI. */
export function isAdminActor(actor: AdminActor): boolean {
  return actor.user === null || actor.user.role === 'admin';
}

/**
 * Appends an admin action to the audit log: the user it concerns, the acting staff member (or
 * `cli` as the source), and details with `before`/`after` for changes. Pass the action's transaction.
 */
export function recordAdminAction(
  db: Executor,
  actor: AdminActor,
  type: `admin.${string}`,
  subjectUserId: number | null,
  details: Record<string, unknown>,
): Promise<void> {
  return recordSecurityEvent(db, {
    userId: subjectUserId,
    actorId: actor.user?.id ?? null,
    type,
    ip: actor.ip,
    userAgent: actor.userAgent,
    details: {
      actor: actor.user?.publicId ?? 'cli',
      ...(actor.user === null ? {} : { actor_role: actor.user.role }),
      ...details,
    },
  });
}

/** After an action's transaction committed: refuse the revoked sessions' access tokens here and now. */
export function afterRevocation(ctx: AdminContext, sessionIds: readonly string[]): void {
  if (ctx.accounts !== null) applyRevocations(ctx.accounts, sessionIds);
}
