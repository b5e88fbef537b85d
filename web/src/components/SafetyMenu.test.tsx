import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { currentFlash } from '../lib/flash.ts';
import { SafetyMenu } from './SafetyMenu.tsx';

beforeAll(() => {
  // jsdom has no modal dialogs: open and close by attribute.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

function renderMenu(isStaff = false) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <SafetyMenu author={{ id: 'b'.repeat(32), name: 'ben', is_staff: isStaff }} what="post" />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('SafetyMenu', () => {
  afterEach(() => vi.restoreAllMocks());

  test('keyboard: opens on the first item, arrows wrap, Escape returns focus', async () => {
    renderMenu();
    const button = screen.getByRole('button', { name: 'More options for the post by ben' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menuitem', { name: 'Mute ben' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Block ben' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Mute ben' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'Block ben' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
  });

  test('staff cannot be blocked, only muted', async () => {
    renderMenu(true);
    await userEvent.click(screen.getByRole('button', { name: /More options/ }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Mute ben']);
  });

  test('block explains itself, then blocks and says how to undo', async () => {
    const calls: string[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const request = input instanceof Request ? input : new Request(String(input), init);
      calls.push(`${request.method} ${new URL(request.url).pathname}`);
      return new Response(null, { status: 204 });
    });
    renderMenu();
    await userEvent.click(screen.getByRole('button', { name: /More options/ }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Block ben' }));
    const dialog = screen.getByRole('dialog', { name: 'Block ben?' });
    expect(dialog).toHaveTextContent('stop seeing each other’s posts and comments — anonymous ones too');
    expect(dialog).toHaveTextContent('choose Unblock');
    await userEvent.click(screen.getByRole('button', { name: 'Block ben' }));
    await waitFor(() => expect(calls).toEqual([`POST /api/user/${'b'.repeat(32)}/block/`]));
    await waitFor(() => expect(currentFlash()?.text).toMatch(/^You blocked ben\./));
    expect(currentFlash()?.link?.to).toBe('/settings/safety');
  });
});
