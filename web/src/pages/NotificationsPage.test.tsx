import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { NotificationsPage } from './NotificationsPage.tsx';

const hour = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const note = (id: string, created: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'post.commented',
  created,
  read: false,
  actor: null,
  post: 'p'.repeat(32),
  comment: 'c'.repeat(32),
  count: 1,
  text: `Someone commented (${id})`,
  ...extra,
});

describe('NotificationsPage', () => {
  afterEach(() => vi.restoreAllMocks());

  test('groups by day, links to the comment, marks all read', async () => {
    const now = Date.now();
    const startOfToday = new Date(now);
    startOfToday.setHours(0, 0, 0, 0);
    const results = [
      note('n1', iso(now - 60_000)),
      note('n2', iso(startOfToday.getTime() - 2 * hour), {
        read: true,
        type: 'security.new_login',
        post: null,
      }),
      note('n3', iso(startOfToday.getTime() - 5 * 24 * hour), {
        read: true,
        type: 'report.closed',
        post: null,
      }),
    ];
    const calls: string[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const request = input instanceof Request ? input : new Request(String(input), init);
      const url = new URL(request.url);
      calls.push(`${request.method} ${url.pathname}${url.search}`);
      const body =
        url.pathname === '/api/notifications/unread-count/'
          ? { count: 1 }
          : url.pathname === '/api/notifications/'
            ? { next: null, previous: null, results }
            : null;
      return new Response(body === null ? null : JSON.stringify(body), {
        status: body === null ? 204 : 200,
        headers: { 'content-type': 'application/json' },
      });
    });
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter>
          <NotificationsPage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const today = await screen.findByRole('region', { name: 'Today' });
    expect(within(today).getByRole('link', { name: 'Someone commented (n1)' })).toHaveAttribute(
      'href',
      `/post/${'p'.repeat(32)}#comment-${'c'.repeat(32)}`,
    );
    expect(within(today).getByText('Unread:')).toBeInTheDocument();
    const yesterday = screen.getByRole('region', { name: 'Yesterday' });
    expect(within(yesterday).getByRole('link')).toHaveAttribute('href', '/settings/security');
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(3);
    // A closed report has nowhere to go: plain text.
    expect(screen.getByText('Someone commented (n3)').closest('a')).toBeNull();

    const markAll = screen.getByRole('button', { name: 'Mark all as read' });
    await waitFor(() => expect(markAll).toBeEnabled());
    await userEvent.click(markAll);
    await screen.findByText(/every notification is marked as read/);
    expect(calls).toContain('POST /api/notifications/read-all/');

    await userEvent.click(screen.getByLabelText('Only unread'));
    await waitFor(() => expect(calls).toContain('GET /api/notifications/?limit=20&unread=true'));
  });
});
