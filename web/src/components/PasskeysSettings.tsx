/** Passkeys of the account: add (named), rename and remove. */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { describeError } from '../api/errors.ts';
import { PasskeyError, passkeyAttestation, passkeysSupported } from '../auth/passkeys.ts';
import { shortDate } from '../lib/format.ts';
import { FormAlert, Notice } from './feedback.tsx';
import { TextField } from './fields.tsx';

/** A passkey as the settings list shows it. */
export interface PasskeyItem {
  id: string;
  name: string;
  created: string;
  last_used: string | null;
  backed_up: boolean;
}

/** The passkeys part of "Sign-in and security". */
export function PasskeysSettings({ passkeys }: { passkeys: PasskeyItem[] }) {
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: ['auth', 'mfa'] });

  const run = async (action: () => Promise<string>) => {
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      setDone(await action());
      await refresh();
    } catch (e) {
      setError(e instanceof PasskeyError ? e.message : describeError(e));
    } finally {
      setBusy(false);
    }
  };

  const add = (event: React.FormEvent) => {
    event.preventDefault();
    const label = name.trim() || 'My passkey';
    void run(async () => {
      const options = await unwrap(api.POST('/api/auth/passkeys/register/options/'));
      const credential = await passkeyAttestation(options);
      await unwrap(api.POST('/api/auth/passkeys/register/', { body: { credential, name: label } }));
      setName('');
      return `Passkey “${label}” added. You can now sign in with it, without your password.`;
    });
  };
  const rename = (event: React.FormEvent, id: string) => {
    event.preventDefault();
    void run(async () => {
      await unwrap(
        api.PATCH('/api/auth/passkeys/{id}/', { params: { path: { id } }, body: { name: newName.trim() } }),
      );
      setRenaming(null);
      return 'Passkey renamed.';
    });
  };
  const remove = (item: PasskeyItem) =>
    run(async () => {
      await unwrap(api.DELETE('/api/auth/passkeys/{id}/', { params: { path: { id: item.id } } }));
      return `Passkey “${item.name}” removed.`;
    });

  return (
    <div className="stack">
      <h3>Passkeys</h3>
      <p className="muted">
        A passkey lets you sign in with your device’s fingerprint, face or screen lock instead of a password.
        It never leaves your device and can’t be phished.
      </p>
      <div aria-live="polite">
        <FormAlert message={error} />
        {done ? <Notice tone="success">{done}</Notice> : null}
      </div>
      {passkeys.length > 0 ? (
        <ul className="list-plain" aria-label="Your passkeys">
          {passkeys.map((p) => (
            <li key={p.id} className="row row--between">
              {renaming === p.id ? (
                <form className="row" onSubmit={(e) => rename(e, p.id)} noValidate>
                  <TextField
                    label={`New name for ${p.name}`}
                    value={newName}
                    maxLength={100}
                    onChange={(e) => setNewName(e.target.value)}
                    autoFocus
                  />
                  <button type="submit" className="btn btn--small" disabled={busy}>
                    Save
                  </button>
                  <button
                    type="button"
                    className="btn btn--quiet btn--small"
                    onClick={() => setRenaming(null)}
                  >
                    Cancel
                  </button>
                </form>
              ) : (
                <div>
                  <strong>{p.name}</strong>
                  <div className="muted small">
                    added {shortDate(p.created)}
                    {p.last_used ? ` · last used ${shortDate(p.last_used)}` : ' · not used yet'}
                    {p.backed_up ? ' · synced' : ''}
                  </div>
                </div>
              )}
              {renaming === p.id ? null : (
                <div className="row">
                  <button
                    type="button"
                    className="btn btn--secondary btn--small"
                    onClick={() => {
                      setRenaming(p.id);
                      setNewName(p.name);
                    }}
                  >
                    Rename<span className="visually-hidden"> {p.name}</span>
                  </button>
                  <button
                    type="button"
                    className="btn btn--secondary btn--small"
                    onClick={() => remove(p)}
                    disabled={busy}
                  >
                    Remove<span className="visually-hidden"> {p.name}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">No passkeys yet.</p>
      )}
      {passkeysSupported() ? (
        <form onSubmit={add} noValidate className="row">
          <TextField
            label="Name for a new passkey"
            hint="So you can tell them apart, e.g. “Laptop” or “Phone”."
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="btn" disabled={busy}>
            Add a passkey
          </button>
        </form>
      ) : (
        <p className="muted small">This browser doesn’t support passkeys.</p>
      )}
    </div>
  );
}
