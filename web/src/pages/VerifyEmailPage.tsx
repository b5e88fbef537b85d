/** `/verify-email/:key`: confirms the address given at registration. */
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { KeyLinkPage } from '../components/KeyLinkPage.tsx';

/** The verify-e-mail page. */
export function VerifyEmailPage() {
  const { key = '' } = useParams();
  const { status } = useAuth();
  const confirm = useCallback(
    () => unwrap(api.POST('/api/auth/registration/verify-email/', { body: { key } })),
    [key],
  );
  return (
    <KeyLinkPage
      title="Confirming your e-mail"
      confirm={confirm}
      next={
        status === 'authenticated'
          ? { to: '/', label: 'Go to the community' }
          : { to: '/login', label: 'Log in' }
      }
    />
  );
}
