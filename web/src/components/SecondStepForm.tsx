/**
 * The second step of a login: a code from the authenticator app, a recovery code, or a passkey,
 * whichever the account has. Errors are announced (`role="alert"`); focus starts in the code field.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { describeError } from '../api/errors.ts';
import { type SecondStepMethod, useAuth } from '../auth/AuthProvider.tsx';
import { FormAlert } from './feedback.tsx';
import { PasskeyLoginButton } from './PasskeyLoginButton.tsx';

/** Props of {@link SecondStepForm}. */
export interface SecondStepFormProps {
  /** The `mfa_token` of the password step. */
  mfaToken: string;
  /** The ways this account can pass the step. */
  methods: SecondStepMethod[];
  /** Called once signed in. */
  onDone(): void;
  /** Back to the password step (the token expired, or the person wants to start over). */
  onRestart(): void;
}

/** The code (or passkey) step after a right password. */
export function SecondStepForm({ mfaToken, methods, onDone, onRestart }: SecondStepFormProps) {
  const { finishSecondStep } = useAuth();
  const [useRecovery, setUseRecovery] = useState(!methods.includes('totp'));
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [expired, setExpired] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const hasCodes = methods.includes('totp') || methods.includes('recovery_code');

  useEffect(() => {
    input.current?.focus();
  }, []);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    if (code.trim() === '') {
      setError(
        useRecovery
          ? 'Please enter one of your recovery codes.'
          : 'Please enter the 6-digit code from your app.',
      );
      return;
    }
    setBusy(true);
    try {
      await finishSecondStep(mfaToken, code.trim());
      onDone();
    } catch (e) {
      const message = describeError(e);
      if (message.includes('sign in again') || message.includes('expired')) setExpired(true);
      setError(
        message.includes('Invalid code') ? 'That code didn’t work. Please check it and try again.' : message,
      );
      setCode('');
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>One more step</h2>
      <p className="muted">
        Your password was right. To keep your account safe, please confirm it’s you with your second step.
      </p>
      <div aria-live="assertive">
        <FormAlert message={error} />
      </div>
      {expired ? (
        <button type="button" className="btn btn--secondary" onClick={onRestart}>
          Start again
        </button>
      ) : null}
      {hasCodes ? (
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={`${id}-code`}>
              {useRecovery ? 'Recovery code' : 'Code from your authenticator app'}
            </label>
            <input
              id={`${id}-code`}
              ref={input}
              name="code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              autoComplete="one-time-code"
              inputMode={useRecovery ? 'text' : 'numeric'}
              aria-describedby={`${id}-code-hint`}
              aria-invalid={error ? true : undefined}
            />
            <div id={`${id}-code-hint`} className="hint">
              {useRecovery
                ? 'One of the codes you saved when you set up the second step, like k7m2p-9xq4t. Each works once.'
                : 'Open your authenticator app and type the 6 digits it shows for MentalMuse.'}
            </div>
          </div>
          <div className="row row--between">
            <button type="submit" className="btn" disabled={busy}>
              {busy ? 'Checking…' : 'Continue'}
            </button>
            {methods.includes('totp') && methods.includes('recovery_code') ? (
              <button type="button" className="btn btn--quiet" onClick={() => setUseRecovery(!useRecovery)}>
                {useRecovery ? 'Use the authenticator app instead' : 'Use a recovery code instead'}
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
      {methods.includes('passkey') ? <PasskeyLoginButton onDone={onDone} label="Use a passkey" /> : null}
      <p className="muted small">
        <button type="button" className="btn btn--quiet" onClick={onRestart}>
          Sign in as someone else
        </button>
      </p>
    </section>
  );
}
