/** Queries and mutations of notifications (API.md C1): unread count, the list, read, delete, preferences. */
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { cursorOf } from '../lib/format.ts';
import { api, unwrap } from './client.ts';
import type { paths } from './schema';

/** A notification. */
export type Notification =
  paths['/api/notifications/']['get']['responses'][200]['content']['application/json']['results'][number];

/** Notification preferences. */
export type NotificationPreferences =
  paths['/api/notifications/preferences/']['get']['responses'][200]['content']['application/json'];

/** A cursor page of notifications. */
export interface NotificationPage {
  next: string | null;
  previous: string | null;
  results: Notification[];
}

/** Query keys of notifications (everything under `['notifications']`). */
export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  lists: ['notifications', 'list'] as const,
  list: (unreadOnly: boolean) => ['notifications', 'list', unreadOnly ? 'unread' : 'all'] as const,
  preferences: ['notifications', 'preferences'] as const,
};

/** The unread count (kept current by the live stream; asked again when the stream reconnects). */
export function useUnreadCount(enabled: boolean, refetchInterval: number | false = false) {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: () => unwrap(api.GET('/api/notifications/unread-count/')),
    enabled,
    staleTime: 60_000,
    refetchInterval,
  });
}

/** The notifications, newest first, page by page. */
export function useNotifications(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: notificationKeys.list(unreadOnly),
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam }) => {
      const query: { limit: string; cursor?: string; unread?: boolean } = { limit: '20' };
      if (pageParam) query.cursor = pageParam;
      if (unreadOnly) query.unread = true;
      return (await unwrap(api.GET('/api/notifications/', { params: { query } }))) as NotificationPage;
    },
    getNextPageParam: (last) => cursorOf(last.next),
  });
}

/** Read, read-all and delete; each refreshes the lists and the count. */
export function useNotificationActions() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: notificationKeys.all });
  return {
    async markRead(id: string) {
      await unwrap(api.POST('/api/notifications/{id}/read/', { params: { path: { id } } }));
      await refresh();
    },
    async markAllRead() {
      await unwrap(api.POST('/api/notifications/read-all/'));
      await refresh();
    },
    async remove(id: string) {
      await unwrap(api.DELETE('/api/notifications/{id}/', { params: { path: { id } } }));
      await refresh();
    },
  };
}

/** Where a notification leads: its comment, its post, the security page, or nowhere. */
export function notificationTarget(n: Pick<Notification, 'type' | 'post' | 'comment'>): string | null {
  if (n.type === 'security.new_login') return '/settings/security';
  if (n.post) {
    const post = n.post.replace(/-/g, '');
    return n.comment ? `/post/${post}#comment-${n.comment.replace(/-/g, '')}` : `/post/${post}`;
  }
  return null;
}
