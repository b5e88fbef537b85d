/** The account's live sessions (device, place, last use), each revocable, and "log out everywhere". */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { describeError } from '../api/errors.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { fullDate, shortDate, timeAgo } from '../lib/format.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ErrorMessage, Loading } from './feedback.tsx';

/** The sessions section. */
export function SessionsList() {
  const { logoutAll } = useAuth();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sessions = useQuery({
    queryKey: ['auth', 'sessions'],
    queryFn: () => unwrap(api.GET('/api/auth/sessions/', { params: { query: { limit: '100' } } })),
  });
  const revoke = async (id: string) => {
    setError(null);
    try {
      await unwrap(api.DELETE('/api/auth/sessions/{id}/', { params: { path: { id } } }));
      await client.invalidateQueries({ queryKey: ['auth', 'sessions'] });
    } catch (e) {
      setError(describeError(e));
    }
  };
  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Where you’re logged in</h2>
      {sessions.isPending ? <Loading /> : null}
      {sessions.isError ? <ErrorMessage error={sessions.error} onRetry={() => sessions.refetch()} /> : null}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <ul className="list-plain">
        {sessions.data?.results.map((s) => (
          <li key={s.id} className="row row--between">
            <div>
              <strong>{s.device || 'Unknown device'}</strong>
              {s.current ? <span className="chip"> This device</span> : null}
              <div className="muted small">
                {s.ip ? `from ${s.ip} · ` : ''}logged in {shortDate(s.created)} · last active{' '}
                <time dateTime={s.last_used} title={fullDate(s.last_used)}>
                  {timeAgo(s.last_used)}
                </time>
              </div>
            </div>
            {s.current ? null : (
              <button type="button" className="btn btn--secondary btn--small" onClick={() => revoke(s.id)}>
                Log out<span className="visually-hidden"> {s.device || 'that device'}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <p>
        <button type="button" className="btn btn--danger" onClick={() => setConfirming(true)}>
          Log out everywhere
        </button>
      </p>
      <ConfirmDialog
        open={confirming}
        title="Log out everywhere?"
        confirmLabel="Log out everywhere"
        danger
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          setConfirming(false);
          try {
            await logoutAll();
          } catch {
            // forget() already ran; the login page explains.
          }
          navigate('/login');
        }}
      >
        <p>
          Every device, this one included, will need to log in again. Useful if you lost a phone or used a
          shared computer.
        </p>
      </ConfirmDialog>
    </section>
  );
}
