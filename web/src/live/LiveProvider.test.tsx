import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { EventSourceLike } from '../lib/live-events.ts';

const forget = vi.fn();
vi.mock('../auth/AuthProvider.tsx', () => ({
  useAuth: () => ({ status: 'authenticated', user: { id: 'a'.repeat(32) }, forget }),
}));

const { LiveProvider, useLiveEvent } = await import('./LiveProvider.tsx');
const { NotificationBell } = await import('../components/NotificationBell.tsx');

class FakeSource implements EventSourceLike {
  static all: FakeSource[] = [];
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  readonly url: string;
  private readonly listeners = new Map<string, ((event: MessageEvent) => void)[]>();
  constructor(url: string) {
    this.url = url;
    FakeSource.all.push(this);
  }
  addEventListener(type: string, listener: (event: MessageEvent) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close(): void {
    this.closed = true;
  }
  emit(type: string, id: string, data: unknown): void {
    const event = new MessageEvent(type, { data: JSON.stringify(data), lastEventId: id });
    act(() => {
      for (const listener of this.listeners.get(type) ?? []) listener(event);
    });
  }
}

function PostWatcher({ seen }: { seen: string[] }) {
  useLiveEvent('post.created', (event) => seen.push((event.data as { id: string }).id));
  return null;
}

describe('LiveProvider', () => {
  beforeEach(() => {
    FakeSource.all = [];
    forget.mockReset();
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const request = input instanceof Request ? input : new Request(String(input), init);
      const path = new URL(request.url).pathname;
      const body = path === '/api/events/ticket/' ? { ticket: 'tk', expires: 'x' } : { count: 2 };
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  test('the bell follows unread events, announces once, and a revoked session signs out', async () => {
    const seen: string[] = [];
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const view = render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <LiveProvider EventSource={FakeSource}>
            <NotificationBell />
            <PostWatcher seen={seen} />
          </LiveProvider>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('link', { name: 'Notifications, 2 unread' })).toBeInTheDocument();
    await waitFor(() => expect(FakeSource.all).toHaveLength(1));
    const source = FakeSource.all[0] as FakeSource;
    expect(source.url).toBe('/api/events/?ticket=tk');
    const live = view.container.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('');

    source.emit('unread', '10', { count: 3 });
    source.emit('unread', '11', { count: 4 });
    source.emit('unread', '11', { count: 4 });
    expect(await screen.findByRole('link', { name: 'Notifications, 4 unread' })).toBeInTheDocument();
    // Two arrivals close together: one sentence, after a pause.
    expect(live?.textContent).toBe('');
    await waitFor(() => expect(live?.textContent).toBe('2 new notifications'), { timeout: 4000 });

    source.emit('post.created', '12', { id: 'p1' });
    expect(seen).toEqual(['p1']);

    source.emit('session.revoked', '13', {});
    expect(forget).toHaveBeenCalledWith(expect.stringMatching(/session has ended/));
    expect(source.closed).toBe(true);
    view.unmount();
  });
});
