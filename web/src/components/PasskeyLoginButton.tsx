/** "Sign in with a passkey" on the login page (no username or password needed) and in the second step. */
import { useState } from 'react';
import { describeError } from '../api/errors.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { PasskeyError, passkeysSupported } from '../auth/passkeys.ts';

/** The passkey sign-in button; hidden in browsers without WebAuthn. */
export function PasskeyLoginButton({
  onDone,
  label = 'Sign in with a passkey',
}: {
  onDone(): void;
  label?: string;
}) {
  const { loginWithPasskey } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!passkeysSupported()) return null;
  const start = async () => {
    setError(null);
    setBusy(true);
    try {
      await loginWithPasskey();
      onDone();
    } catch (e) {
      setError(e instanceof PasskeyError ? e.message : describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stack">
      <button type="button" className="btn btn--secondary" onClick={start} disabled={busy}>
        {busy ? 'Waiting for your passkey…' : label}
      </button>
      <div aria-live="polite">
        {error ? (
          <p role="alert" className="field-error">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
