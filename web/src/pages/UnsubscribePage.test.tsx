import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, test, vi } from 'vitest';

vi.mock('../auth/AuthProvider.tsx', () => ({ useAuth: () => ({ status: 'anonymous' }) }));

const { UnsubscribePage } = await import('./UnsubscribePage.tsx');

describe('UnsubscribePage', () => {
  const calls: { url: string; body: string }[] = [];
  const answer = (status: number, body: unknown) =>
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const request = input instanceof Request ? input : new Request(String(input), init);
      calls.push({ url: request.url, body: await request.text() });
      return new Response(body === null ? null : JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      });
    });
  afterEach(() => {
    vi.restoreAllMocks();
    calls.length = 0;
    window.location.hash = '';
  });

  test('sends the token from the fragment once and says e-mails stopped', async () => {
    window.location.hash = '#token=abc.def.ghi';
    answer(204, null);
    render(
      <MemoryRouter>
        <UnsubscribePage />
      </MemoryRouter>,
    );
    expect(await screen.findByText(/You will not get notification e-mails/)).toHaveAttribute(
      'role',
      'status',
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toMatch(/\/api\/notifications\/unsubscribe\/$/);
    expect(JSON.parse(calls[0]?.body ?? '{}')).toEqual({ token: 'abc.def.ghi' });
  });

  test('an expired link says so gently and points to settings', async () => {
    window.location.hash = '#token=old';
    answer(400, { token: ['This link is not valid any more.'] });
    render(
      <MemoryRouter>
        <UnsubscribePage />
      </MemoryRouter>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('not valid any more');
    expect(alert).toHaveTextContent('in your settings after logging in');
  });
});
