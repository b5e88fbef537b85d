/**
 * Live events for signed-in members: one {@link LiveClient} per session, started when someone
 * signs in and stopped when they sign out (or the server says the session was revoked). It keeps
 * the notification caches current (unread count, the list) and lets pages subscribe to events
 * (`post.created` for the feed's "new posts" pill, `comment.created` on a post page).
 */
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { ApiError } from '../api/errors.ts';
import { notificationKeys } from '../api/notifications.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import {
  type EventSourceLike,
  LiveClient,
  type LiveEvent,
  type LiveStatus,
  StopLive,
} from '../lib/live-events.ts';

type Handler = (event: LiveEvent) => void;

/** What {@link useLive} gives. */
export interface LiveState {
  /** The connection state (`idle` when signed out). */
  status: LiveStatus;
  /** Calls `handler` for each event of `type`; returns the unsubscribe function. */
  subscribe(type: string, handler: Handler): () => void;
}

const LiveContext = createContext<LiveState>({ status: 'idle', subscribe: () => () => undefined });

/** Props of {@link LiveProvider}. */
export interface LiveProviderProps {
  children: ReactNode;
  /** The EventSource class (tests inject a fake). */
  EventSource?: new (
    url: string,
  ) => EventSourceLike;
}

const ENDED = 'Your session has ended. Please log in again — nothing you saved is lost.';

/** Opens the live stream while someone is signed in. */
export function LiveProvider({ children, EventSource }: LiveProviderProps) {
  const { status: authStatus, user, forget } = useAuth();
  const queryClient = useQueryClient();
  const handlers = useRef(new Map<string, Set<Handler>>());
  const [status, setStatus] = useState<LiveStatus>('idle');
  const forgetRef = useRef(forget);
  forgetRef.current = forget;
  const userId = authStatus === 'authenticated' ? (user?.id ?? null) : null;

  useEffect(() => {
    if (userId === null) {
      setStatus('idle');
      return;
    }
    const client = new LiveClient({
      EventSource,
      ticket: async () => {
        try {
          return (await unwrap(api.POST('/api/events/ticket/'))).ticket;
        } catch (error) {
          if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
            throw new StopLive('signed out');
          }
          throw error;
        }
      },
      onStatus: (next, reopened) => {
        setStatus(next);
        // Replay covers five minutes; after a longer gap the lists are simply asked again.
        if (next === 'open' && reopened)
          void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
      },
      onEvent: (event) => {
        if (event.type === 'unread') {
          const count = (event.data as { count?: unknown }).count;
          if (typeof count === 'number') queryClient.setQueryData(notificationKeys.unread, { count });
        } else if (event.type === 'notification') {
          void queryClient.invalidateQueries({ queryKey: notificationKeys.lists });
        }
        for (const handler of handlers.current.get(event.type) ?? []) handler(event);
        if (event.type === 'session.revoked') forgetRef.current(ENDED);
      },
    });
    client.start();
    const online = () => client.retryNow();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      client.stop();
    };
  }, [userId, EventSource, queryClient]);

  const value = useMemo<LiveState>(
    () => ({
      status,
      subscribe(type, handler) {
        const set = handlers.current.get(type) ?? new Set();
        set.add(handler);
        handlers.current.set(type, set);
        return () => set.delete(handler);
      },
    }),
    [status],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

/** The live state (outside a provider: idle, subscriptions do nothing). */
export function useLive(): LiveState {
  return useContext(LiveContext);
}

/** Calls `handler` for each live event of `type` while the component is mounted. */
export function useLiveEvent(type: string, handler: Handler): void {
  const { subscribe } = useLive();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => subscribe(type, (event) => latest.current(event)), [subscribe, type]);
}
