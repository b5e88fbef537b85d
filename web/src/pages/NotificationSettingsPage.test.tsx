import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, test, vi } from 'vitest';

vi.mock('../auth/AuthProvider.tsx', () => ({ useAuth: () => ({ logout: vi.fn() }) }));
const { NotificationSettingsPage } = await import('./NotificationSettingsPage.tsx');

const TYPES = {
  'post.commented': { in_app: true, email: false },
  'post.liked': { in_app: true, email: false },
  'security.new_login': { in_app: true, email: true },
};

describe('NotificationSettingsPage', () => {
  afterEach(() => vi.restoreAllMocks());

  test('the new sign-in e-mail is locked; picking a digest sends the browser’s time zone', async () => {
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      timeZone: 'Europe/Lisbon',
    } as Intl.ResolvedDateTimeFormatOptions);
    const sent: unknown[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const request = input instanceof Request ? input : new Request(String(input), init);
      let body: unknown = { types: TYPES, email_digest: 'off', timezone: 'UTC' };
      if (request.method === 'PUT') {
        body = await request.json();
        sent.push(body);
      }
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <NotificationSettingsPage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const locked = await screen.findByRole('checkbox', { name: 'A sign-in from a new device: by e-mail' });
    expect(locked).toBeChecked();
    expect(locked).toBeDisabled();
    expect(locked).toHaveAccessibleDescription(/always goes out/);
    expect(screen.getByText('UTC')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Someone likes your post: in the app' }));
    await userEvent.click(screen.getByLabelText('Every morning'));
    expect(screen.getByText('Europe/Lisbon')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save notification settings' }));
    await screen.findByText('Your notification settings are saved.');
    expect(sent).toEqual([
      {
        types: { ...TYPES, 'post.liked': { in_app: false, email: false } },
        email_digest: 'daily',
        timezone: 'Europe/Lisbon',
      },
    ]);
  });
});
