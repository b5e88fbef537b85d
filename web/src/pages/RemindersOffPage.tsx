/**
 * `/reminders-off#token=…`: the one-click "turn reminders off" from a check-in reminder e-mail.
 * No sign-in: the signed token names the account. The token travels in the fragment, so it never
 * reaches a server log; the page sends it once on arrival.
 */
import { useCallback } from 'react';
import { api, unwrap } from '../api/client.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { KeyLinkPage } from '../components/KeyLinkPage.tsx';

const DONE = 'Check-in reminders are off. You can turn them on again at any time in your settings.';

/** The reminders-off page. */
export function RemindersOffPage() {
  const { status } = useAuth();
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const confirm = useCallback(async () => {
    await unwrap(api.POST('/api/journal/reminders/off/', { body: { token } }));
    return { detail: DONE };
  }, [token]);
  return (
    <KeyLinkPage
      title="Turning check-in reminders off"
      confirm={confirm}
      failedHint="You can still turn reminders off in your settings after logging in."
      next={
        status === 'authenticated'
          ? { to: '/settings', label: 'Review your settings' }
          : { to: '/', label: 'Go to the community' }
      }
    />
  );
}
