/** `/restore-account/:key`: cancels a scheduled account deletion from the e-mailed link. */
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { KeyLinkPage } from '../components/KeyLinkPage.tsx';

/** The restore-account page. */
export function RestoreAccountPage() {
  const { key = '' } = useParams();
  const confirm = useCallback(() => unwrap(api.POST('/api/account/restore/', { body: { key } })), [key]);
  return (
    <KeyLinkPage title="Keeping your account" confirm={confirm} next={{ to: '/login', label: 'Log in' }} />
  );
}
