/**
 * Every check-in, newest first, twenty at a time: change a past one, or delete it after a
 * confirmation — with an "Undo" that puts it back as it was.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, type Checkin, unwrap } from '../api/client.ts';
import { describeError } from '../api/errors.ts';
import { journalKeys, useCheckinHistory } from '../api/journal.ts';
import { fullDate, moodName, plural, timeAgo } from '../lib/format.ts';
import { CheckinEditForm } from './CheckinEditForm.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ErrorMessage, Loading } from './feedback.tsx';
import { MoodFace } from './MoodFace.tsx';

/** The check-in history section of the journal. */
export function CheckinHistory() {
  const client = useQueryClient();
  const history = useCheckinHistory();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Checkin | null>(null);
  const [deleted, setDeleted] = useState<Checkin | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = history.data?.pages.flatMap((page) => page.results) ?? [];
  const count = history.data?.pages[0]?.count ?? 0;
  const refresh = () => client.invalidateQueries({ queryKey: journalKeys.all });

  const remove = async (checkin: Checkin) => {
    setError(null);
    try {
      await unwrap(api.DELETE('/api/journal/checkins/{id}/', { params: { path: { id: checkin.id } } }));
      setDeleted(checkin);
      await refresh();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setDeleting(null);
    }
  };
  const undo = async (checkin: Checkin) => {
    setError(null);
    try {
      await unwrap(
        api.POST('/api/journal/checkins/', {
          body: {
            score: checkin.score,
            emotions: checkin.emotions,
            activities: checkin.activities,
            note: checkin.note,
            occurred_at: checkin.occurred_at,
          },
        }),
      );
      setDeleted(null);
      await refresh();
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Your check-ins</h2>
      {history.isSuccess && count > 0 ? (
        <p className="muted small">{plural(count, 'check-in')} so far.</p>
      ) : null}
      <div role="status">
        {deleted ? (
          <p className="alert alert--info row row--between">
            <span>Check-in from {fullDate(deleted.occurred_at)} deleted.</span>
            <button
              type="button"
              className="btn btn--secondary btn--small"
              onClick={() => void undo(deleted)}
            >
              Undo
            </button>
          </p>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      {history.isPending ? <Loading /> : null}
      {history.isError ? <ErrorMessage error={history.error} onRetry={() => history.refetch()} /> : null}
      {history.isSuccess && list.length === 0 ? (
        <p className="muted">No check-ins yet. Choose a mood above to start.</p>
      ) : null}
      <ul className="list-plain">
        {list.map((c) => (
          <li key={c.id} className="history-item">
            {editing === c.id ? (
              <CheckinEditForm
                checkin={c}
                onDone={(saved) => {
                  setEditing(null);
                  if (saved) void refresh();
                }}
              />
            ) : (
              <div className="row row--between">
                <div>
                  <span className="row">
                    <MoodFace score={c.score} size={20} /> <strong>{moodName(c.score)}</strong>
                    <time className="muted small" dateTime={c.occurred_at} title={fullDate(c.occurred_at)}>
                      {timeAgo(c.occurred_at)}
                    </time>
                  </span>
                  {[...c.emotions, ...c.activities].length > 0 ? (
                    <div className="small muted">
                      {[...c.emotions, ...c.activities].join(', ').replace(/_/g, ' ')}
                    </div>
                  ) : null}
                  {c.note ? <div className="small">{c.note}</div> : null}
                </div>
                <div className="row">
                  <button
                    type="button"
                    className="btn btn--quiet btn--small"
                    onClick={() => setEditing(c.id)}
                  >
                    Edit<span className="visually-hidden"> check-in from {fullDate(c.occurred_at)}</span>
                  </button>
                  <button type="button" className="btn btn--quiet btn--small" onClick={() => setDeleting(c)}>
                    Delete<span className="visually-hidden"> check-in from {fullDate(c.occurred_at)}</span>
                  </button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
      {history.hasNextPage ? (
        <button
          type="button"
          className="btn btn--secondary btn--small"
          disabled={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {history.isFetchingNextPage ? 'Loading…' : 'Show older check-ins'}
        </button>
      ) : null}
      <p>
        <Link to="/insights">See your insights</Link>
      </p>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this check-in?"
        confirmLabel="Delete check-in"
        danger
        onConfirm={() => deleting && void remove(deleting)}
        onClose={() => setDeleting(null)}
      >
        <p>
          {deleting ? `${moodName(deleting.score)}, ${fullDate(deleting.occurred_at)}. ` : ''}You can undo
          this right after.
        </p>
      </ConfirmDialog>
    </section>
  );
}
