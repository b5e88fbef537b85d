/** "Send the confirmation link again", shown when a login is refused for an unconfirmed e-mail. */
import { useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { describeError } from '../api/errors.ts';
import { TextField } from './fields.tsx';

/** The resend form. */
export function ResendVerification({ initialEmail }: { initialEmail: string }) {
  const [email, setEmail] = useState(initialEmail);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    try {
      const body = await unwrap(api.POST('/api/auth/registration/resend-email/', { body: { email } }));
      setMessage({ ok: true, text: body.detail });
    } catch (e) {
      setMessage({ ok: false, text: describeError(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="alert alert--info">
      <p>Your e-mail address isn’t confirmed yet. Open the link we sent you, or get a new one:</p>
      <TextField label="Your e-mail" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <button
        type="button"
        className="btn btn--secondary btn--small"
        onClick={send}
        disabled={busy || email.trim() === ''}
      >
        Send the link again
      </button>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? undefined : 'field-error'}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
