/** "Sign-in and security": the second steps of the account (authenticator app, recovery codes, passkeys). */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import { AuthenticatorSettings } from './AuthenticatorSettings.tsx';
import { ErrorMessage, Loading } from './feedback.tsx';
import { PasskeysSettings } from './PasskeysSettings.tsx';

/** The section on the security page. */
export function SignInSecurity() {
  const status = useQuery({ queryKey: ['auth', 'mfa'], queryFn: () => unwrap(api.GET('/api/auth/mfa/')) });
  return (
    <section className="card" aria-labelledby="sign-in-security-heading">
      <h2 id="sign-in-security-heading">Sign-in and security</h2>
      <p className="muted">
        A second step keeps your journal and posts safe even if someone learns your password. Both are
        optional, and you can change your mind at any time.
      </p>
      {status.isPending ? <Loading /> : null}
      {status.isError ? <ErrorMessage error={status.error} onRetry={() => status.refetch()} /> : null}
      {status.data ? (
        <>
          <AuthenticatorSettings enabled={status.data.totp} codesLeft={status.data.recovery_codes_left} />
          <PasskeysSettings passkeys={status.data.passkeys} />
        </>
      ) : null}
    </section>
  );
}
