/**
 * The admin console's API calls (staff only; see docs/api.md "Admin"): typed from the generated
 * schema, with query keys so actions refresh exactly the lists they change.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { paths } from './schema';

type Json<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

/** A user as staff see it. */
export type AdminUser = Json<'/api/admin/users/', 'get'>['results'][number];
/** The user detail page. */
export type AdminUserDetail = Json<'/api/admin/users/{id}/', 'get'>;
/** A post or comment in the admin lists. */
export type AdminContent = Json<'/api/admin/posts/', 'get'>['results'][number];
/** An audit entry. */
export type AuditEntry = Json<'/api/admin/audit/', 'get'>['results'][number];
/** The dashboard numbers. */
export type Dashboard = Json<'/api/admin/dashboard/', 'get'>;
/** A page of the outbox. */
export type OutboxPage = Json<'/api/admin/outbox/', 'get'>;
/** Per-item outcomes of a bulk action. */
export type BulkResults = Json<'/api/admin/users/bulk/', 'post'>['results'];

/** Users list filters. */
export type UserQuery = NonNullable<paths['/api/admin/users/']['get']['parameters']['query']>;
/** Content list filters. */
export type ContentQuery = NonNullable<paths['/api/admin/posts/']['get']['parameters']['query']>;
/** Audit filters. */
export type AuditQuery = NonNullable<paths['/api/admin/audit/']['get']['parameters']['query']>;
/** A user bulk action. */
export type UserBulkAction =
  paths['/api/admin/users/bulk/']['post']['requestBody']['content']['application/json']['action'];
/** A single-user action. */
export type UserAction = 'deactivate' | 'reactivate' | 'password-reset' | 'resend-verification';

/** Query keys of the admin area. */
export const adminKeys = {
  all: ['admin'] as const,
  users: (query: UserQuery) => ['admin', 'users', query] as const,
  user: (id: string) => ['admin', 'user', id] as const,
  content: (kind: 'post' | 'comment', query: ContentQuery) => ['admin', 'content', kind, query] as const,
  audit: (query: AuditQuery) => ['admin', 'audit', query] as const,
  dashboard: (days: number) => ['admin', 'dashboard', days] as const,
  outbox: (status: string) => ['admin', 'outbox', status] as const,
};

/** Drops empty filter values so they are not sent. */
function compact<T extends Record<string, unknown>>(query: T): T {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** The users list. */
export function useAdminUsers(query: UserQuery) {
  return useQuery({
    queryKey: adminKeys.users(query),
    queryFn: () => unwrap(api.GET('/api/admin/users/', { params: { query: compact(query) } })),
  });
}

/** One user's detail. */
export function useAdminUser(id: string) {
  return useQuery({
    queryKey: adminKeys.user(id),
    queryFn: () => unwrap(api.GET('/api/admin/users/{id}/', { params: { path: { id } } })),
  });
}

/** Posts or comments with filters. */
export function useAdminContent(kind: 'post' | 'comment', query: ContentQuery) {
  return useQuery({
    queryKey: adminKeys.content(kind, query),
    queryFn: () =>
      unwrap(
        kind === 'post'
          ? api.GET('/api/admin/posts/', { params: { query: compact(query) } })
          : api.GET('/api/admin/comments/', { params: { query: compact(query) } }),
      ),
  });
}

/** The audit log. */
export function useAudit(query: AuditQuery) {
  return useQuery({
    queryKey: adminKeys.audit(query),
    queryFn: () => unwrap(api.GET('/api/admin/audit/', { params: { query: compact(query) } })),
  });
}

/** The dashboard. */
export function useDashboard(days: number) {
  return useQuery({
    queryKey: adminKeys.dashboard(days),
    queryFn: () => unwrap(api.GET('/api/admin/dashboard/', { params: { query: { days } } })),
  });
}

/** The outbox. */
export function useOutbox(status: '' | 'pending' | 'sending' | 'sent' | 'failed') {
  return useQuery({
    queryKey: adminKeys.outbox(status),
    queryFn: () =>
      unwrap(
        api.GET('/api/admin/outbox/', {
          params: { query: status === '' ? { limit: '50' } : { status, limit: '50' } },
        }),
      ),
  });
}

/** Refreshes every admin list after an action. */
export function useRefreshAdmin() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: adminKeys.all });
}

/** One action on one user. */
export function actOnUser(id: string, action: UserAction): Promise<AdminUser> {
  const params = { params: { path: { id } } };
  switch (action) {
    case 'deactivate':
      return unwrap(api.POST('/api/admin/users/{id}/deactivate/', params));
    case 'reactivate':
      return unwrap(api.POST('/api/admin/users/{id}/reactivate/', params));
    case 'password-reset':
      return unwrap(api.POST('/api/admin/users/{id}/password-reset/', params));
    default:
      return unwrap(api.POST('/api/admin/users/{id}/resend-verification/', params));
  }
}

/** Sets a user's role. */
export function setRole(id: string, role: 'user' | 'moderator' | 'admin'): Promise<AdminUser> {
  return unwrap(api.POST('/api/admin/users/{id}/role/', { params: { path: { id } }, body: { role } }));
}

/** A bulk action on users. */
export async function bulkUsers(
  action: UserBulkAction,
  ids: string[],
  role?: 'user' | 'moderator' | 'admin',
) {
  const body = role === undefined ? { action, ids } : { action, ids, role };
  return (await unwrap(api.POST('/api/admin/users/bulk/', { body }))).results;
}

/** A bulk action on posts or comments. */
export async function bulkContent(
  type: 'post' | 'comment',
  action: 'hide' | 'restore' | 'delete',
  ids: string[],
) {
  return (await unwrap(api.POST('/api/admin/content/bulk/', { body: { type, action, ids } }))).results;
}

/** Downloads the audit log as CSV (through the authenticated client) and saves it. */
export async function downloadAuditCsv(query: AuditQuery): Promise<void> {
  const { limit: _limit, offset: _offset, ...filters } = query;
  const blob = await unwrap(
    api.GET('/api/admin/audit/export/', { params: { query: compact(filters) }, parseAs: 'blob' }),
  );
  const url = URL.createObjectURL(blob as Blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `mentalmuse-audit-${new Date().toISOString().slice(0, 10)}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}
