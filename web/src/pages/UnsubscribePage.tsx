/**
 * `/unsubscribe#token=…`: the one-click stop of notification e-mails and digests, from the link
 * in those e-mails. No sign-in: the signed token names the account. The token travels in the
 * fragment, so it never reaches a server log; the page sends it once on arrival.
 */
import { useCallback } from 'react';
import { api, unwrap } from '../api/client.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { KeyLinkPage } from '../components/KeyLinkPage.tsx';

const DONE =
  'You will not get notification e-mails or digests any more. E-mail about a new sign-in still comes, to keep your account safe.';

/** The unsubscribe page. */
export function UnsubscribePage() {
  const { status } = useAuth();
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const confirm = useCallback(async () => {
    await unwrap(api.POST('/api/notifications/unsubscribe/', { body: { token } }));
    return { detail: DONE };
  }, [token]);
  return (
    <KeyLinkPage
      title="Stopping notification e-mails"
      confirm={confirm}
      failedHint="You can still choose which e-mails you get in your settings after logging in."
      next={
        status === 'authenticated'
          ? { to: '/settings', label: 'Review your settings' }
          : { to: '/', label: 'Go to the community' }
      }
    />
  );
}
