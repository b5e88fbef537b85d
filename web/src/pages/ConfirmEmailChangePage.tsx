/** `/confirm-email-change/:key`: confirms a new e-mail address. */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { KeyLinkPage } from '../components/KeyLinkPage.tsx';

/** The confirm-e-mail-change page. */
export function ConfirmEmailChangePage() {
  const { key = '' } = useParams();
  const { status, setUser } = useAuth();
  const client = useQueryClient();
  const confirm = useCallback(async () => {
    const body = await unwrap(api.POST('/api/auth/email/change/confirm/', { body: { key } }));
    if (status === 'authenticated') {
      unwrap(api.GET('/api/auth/user/')).then(setUser, () => undefined);
      void client.invalidateQueries();
    }
    return body;
  }, [key, status, setUser, client]);
  return (
    <KeyLinkPage
      title="Confirming your new e-mail"
      confirm={confirm}
      next={
        status === 'authenticated'
          ? { to: '/settings/security', label: 'Back to security settings' }
          : { to: '/login', label: 'Log in' }
      }
    />
  );
}
