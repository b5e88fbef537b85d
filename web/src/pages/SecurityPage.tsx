/** Password, e-mail, second sign-in steps, sessions and security history. */
import { useAuth } from '../auth/AuthProvider.tsx';
import { ChangeEmailForm } from '../components/ChangeEmailForm.tsx';
import { ChangePasswordForm } from '../components/ChangePasswordForm.tsx';
import { LinkedIdentities } from '../components/LinkedIdentities.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SecurityHistory } from '../components/SecurityHistory.tsx';
import { SessionsList } from '../components/SessionsList.tsx';
import { SettingsNav } from '../components/SettingsNav.tsx';
import { SignInSecurity } from '../components/SignInSecurity.tsx';

/** The security page. */
export function SecurityPage() {
  const { user } = useAuth();
  return (
    <>
      <PageTitle>Security</PageTitle>
      <SettingsNav />
      <SignInSecurity />
      <SessionsList />
      <LinkedIdentities />
      <ChangePasswordForm />
      <ChangeEmailForm current={user?.email ?? null} />
      <SecurityHistory />
    </>
  );
}
