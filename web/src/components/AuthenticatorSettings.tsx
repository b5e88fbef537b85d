/**
 * The authenticator app as a second step: set it up (password → QR code and key → first code →
 * recovery codes), make new recovery codes, or turn it off (password and a code).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { describeError } from '../api/errors.ts';
import { FormAlert, Notice } from './feedback.tsx';
import { TextField } from './fields.tsx';
import { RecoveryCodes } from './RecoveryCodes.tsx';

type Setup = { secret: string; otpauth_url: string; qr_svg: string };
type Step = 'idle' | 'password' | 'scan' | 'disable' | 'regenerate';

function groupKey(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/** The authenticator part of "Sign-in and security". */
export function AuthenticatorSettings({ enabled, codesLeft }: { enabled: boolean; codesLeft: number }) {
  const client = useQueryClient();
  const id = useId();
  const [step, setStep] = useState<Step>('idle');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [setup, setSetup] = useState<Setup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      await action();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  const refresh = () => client.invalidateQueries({ queryKey: ['auth', 'mfa'] });
  const start = (next: Step) => {
    setStep(next);
    setPassword('');
    setCode('');
    setError(null);
    setDone(null);
  };

  const submitPassword = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setSetup(await unwrap(api.POST('/api/auth/mfa/totp/setup/', { body: { password } })));
      setPassword('');
      setStep('scan');
    });
  };
  const confirm = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const answer = await unwrap(api.POST('/api/auth/mfa/totp/confirm/', { body: { code: code.trim() } }));
      setCodes(answer.recovery_codes);
      setSetup(null);
      setStep('idle');
      setDone('Your authenticator app is set up. From now on, signing in asks for a code from it.');
      await refresh();
    });
  };
  const disable = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await unwrap(api.POST('/api/auth/mfa/totp/disable/', { body: { password, code: code.trim() } }));
      setStep('idle');
      setDone('The authenticator app is turned off.');
      await refresh();
    });
  };
  const regenerate = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const answer = await unwrap(api.POST('/api/auth/mfa/recovery-codes/', { body: { password } }));
      setCodes(answer.recovery_codes);
      setStep('idle');
      await refresh();
    });
  };

  const passwordField = (
    <TextField
      label="Your password"
      type="password"
      autoComplete="current-password"
      value={password}
      onChange={(e) => setPassword(e.target.value)}
      autoFocus
    />
  );
  const cancel = (
    <button type="button" className="btn btn--quiet" onClick={() => start('idle')}>
      Cancel
    </button>
  );

  return (
    <div className="stack">
      <h3 id={`${id}-heading`}>Authenticator app</h3>
      <p className="muted">
        {enabled
          ? 'On. Signing in asks for a 6-digit code from your app after your password.'
          : 'Off. An app such as Aegis, Google Authenticator or 1Password can show a new 6-digit code every 30 seconds, which you type after your password.'}
      </p>
      <div aria-live="polite">
        <FormAlert message={error} />
        {done ? <Notice tone="success">{done}</Notice> : null}
      </div>
      {codes !== null ? <RecoveryCodes codes={codes} onDone={() => setCodes(null)} /> : null}

      {step === 'idle' && !enabled ? (
        <button type="button" className="btn" onClick={() => start('password')}>
          Set up an authenticator app
        </button>
      ) : null}
      {step === 'idle' && enabled ? (
        <div className="row">
          <span className="muted small">
            {codesLeft} recovery code{codesLeft === 1 ? '' : 's'} left.
          </span>
          <button type="button" className="btn btn--secondary" onClick={() => start('regenerate')}>
            Make new recovery codes
          </button>
          <button type="button" className="btn btn--secondary" onClick={() => start('disable')}>
            Turn off the authenticator app
          </button>
        </div>
      ) : null}

      {step === 'password' ? (
        <form onSubmit={submitPassword} noValidate aria-labelledby={`${id}-heading`}>
          <p>First, please confirm your password.</p>
          {passwordField}
          <div className="row">
            <button type="submit" className="btn" disabled={busy}>
              Continue
            </button>
            {cancel}
          </div>
        </form>
      ) : null}

      {step === 'scan' && setup !== null ? (
        <form onSubmit={confirm} noValidate>
          <p>Scan this QR code with your authenticator app.</p>
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qr_svg)}`}
            alt="QR code for your authenticator app (the key below holds the same information)"
            width={200}
            height={200}
          />
          <p>
            Can’t scan it? Type this key into the app instead:{' '}
            <code data-testid="totp-secret" data-secret={setup.secret}>
              {groupKey(setup.secret)}
            </code>
          </p>
          <TextField
            label="Then enter the 6-digit code the app shows"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          <div className="row">
            <button type="submit" className="btn" disabled={busy}>
              Turn on
            </button>
            {cancel}
          </div>
        </form>
      ) : null}

      {step === 'disable' ? (
        <form onSubmit={disable} noValidate>
          <p>To turn it off, please confirm your password and a current code (or a recovery code).</p>
          {passwordField}
          <TextField
            label="Code"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          <div className="row">
            <button type="submit" className="btn btn--danger" disabled={busy}>
              Turn off
            </button>
            {cancel}
          </div>
        </form>
      ) : null}

      {step === 'regenerate' ? (
        <form onSubmit={regenerate} noValidate>
          <p>New codes replace the old ones, which stop working. Please confirm your password.</p>
          {passwordField}
          <div className="row">
            <button type="submit" className="btn" disabled={busy}>
              Make new codes
            </button>
            {cancel}
          </div>
        </form>
      ) : null}
    </div>
  );
}
