/** Export all of one's data (JSON, check-ins as CSV) and delete the account. */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { ApiError, describeError } from '../api/errors.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { Notice } from '../components/feedback.tsx';
import { TextField } from '../components/fields.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SettingsNav } from '../components/SettingsNav.tsx';

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const today = () => new Date().toISOString().slice(0, 10);

function ExportSection() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async (kind: 'json' | 'csv') => {
    setBusy(true);
    setMessage(null);
    try {
      const blob =
        kind === 'json'
          ? await unwrap(api.GET('/api/account/export/', { parseAs: 'blob' }))
          : await unwrap(api.GET('/api/account/export/checkins/', { parseAs: 'blob' }));
      save(
        blob as Blob,
        kind === 'json' ? `mentalmuse-export-${today()}.json` : `mentalmuse-checkins-${today()}.csv`,
      );
      setMessage({ ok: true, text: 'Your download has started.' });
    } catch (e) {
      setMessage({ ok: false, text: describeError(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">Download your data</h2>
      <p>Everything you have stored here — profile, posts, comments, journal and check-ins — in one file.</p>
      <div className="row">
        <button type="button" className="btn" disabled={busy} onClick={() => download('json')}>
          Download everything (JSON)
        </button>
        <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => download('csv')}>
          Check-ins only (CSV)
        </button>
      </div>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'small' : 'field-error'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}

function DeleteSection() {
  const { forget } = useAuth();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [content, setContent] = useState<'delete' | 'anonymise'>('anonymise');
  const [when, setWhen] = useState<'later' | 'now'>('later');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(api.DELETE('/api/account/', { body: { password, content, when } }));
      forget(
        when === 'now'
          ? 'Your account and your data have been deleted. We wish you well.'
          : 'Your account is paused and will be deleted in 7 days. The e-mail we sent you can undo this. We wish you well.',
      );
      navigate('/login', { replace: true });
    } catch (e) {
      setConfirming(false);
      setError(
        e instanceof ApiError && e.fields.password
          ? (e.fields.password[0] ?? describeError(e))
          : describeError(e),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete your account</h2>
      <p>
        Leaving is always your choice. Your account is paused at once — nobody can sign in to it — and deleted
        for good after 7 days, together with your journal, check-ins, sessions and history. We e-mail you a
        link, so if you change your mind in those 7 days everything comes back as it was. You may want to
        download your data first.
      </p>
      <fieldset>
        <legend className="legend">Your posts and comments</legend>
        <div className="check">
          <input
            id="content-anon"
            type="radio"
            name="content"
            checked={content === 'anonymise'}
            onChange={() => setContent('anonymise')}
          />
          <label htmlFor="content-anon">
            Keep them, shown as “Deleted user” (others’ conversations stay readable)
          </label>
        </div>
        <div className="check">
          <input
            id="content-delete"
            type="radio"
            name="content"
            checked={content === 'delete'}
            onChange={() => setContent('delete')}
          />
          <label htmlFor="content-delete">Delete them too</label>
        </div>
      </fieldset>
      <fieldset>
        <legend className="legend">When</legend>
        <div className="check">
          <input
            id="when-later"
            type="radio"
            name="when"
            checked={when === 'later'}
            onChange={() => setWhen('later')}
          />
          <label htmlFor="when-later">In 7 days, with a link to change my mind (recommended)</label>
        </div>
        <div className="check">
          <input
            id="when-now"
            type="radio"
            name="when"
            checked={when === 'now'}
            onChange={() => setWhen('now')}
          />
          <label htmlFor="when-now">Right now, with no way back</label>
        </div>
      </fieldset>
      <TextField
        label="Your password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={error ?? undefined}
      />
      <button
        type="button"
        className="btn btn--danger"
        disabled={password === ''}
        onClick={() => setConfirming(true)}
      >
        Delete my account
      </button>
      <ConfirmDialog
        open={confirming}
        title={when === 'now' ? 'Delete your account for good?' : 'Pause and delete your account in 7 days?'}
        confirmLabel={
          busy ? 'Deleting…' : when === 'now' ? 'Yes, delete everything now' : 'Yes, delete in 7 days'
        }
        danger
        busy={busy}
        onConfirm={remove}
        onClose={() => setConfirming(false)}
      >
        <p>
          {when === 'now'
            ? 'This can’t be undone.'
            : 'You will be signed out everywhere. The link in our e-mail brings your account back within 7 days.'}
        </p>
      </ConfirmDialog>
    </section>
  );
}

/** The data page. */
export function DataPage() {
  return (
    <>
      <PageTitle>Your data</PageTitle>
      <SettingsNav />
      <Notice>
        Your journal is private: only you can read it. You can take it with you or delete it at any time.
      </Notice>
      <ExportSection />
      <DeleteSection />
    </>
  );
}
