/** One author's appeal in the moderation queue: what was hidden and why, their message, restore or keep hidden. */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Appeal, api, unwrap } from '../api/client.ts';
import { describeError } from '../api/errors.ts';
import { fullDate, timeAgo } from '../lib/format.ts';
import { reasonLabel } from './ModerationNotice.tsx';

const STATUS = { open: 'waiting', upheld: 'kept hidden', restored: 'restored' } as const;

/** An appeal. */
export function AppealItem({ appeal }: { appeal: Appeal }) {
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const decide = async (decision: 'restore' | 'uphold') => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/moderation/appeals/{id}/decide/', {
          params: { path: { id: appeal.id } },
          body: { decision },
        }),
      );
      await client.invalidateQueries({ queryKey: ['moderation'] });
      await client.invalidateQueries({ queryKey: ['posts'] });
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="card">
      <div className="row row--between">
        <strong>
          Appeal of a hidden {appeal.target_type}: {reasonLabel(appeal.reason)}
        </strong>
        <span className="chip">{STATUS[appeal.status]}</span>
      </div>
      <p className="muted small">
        Sent{' '}
        <time dateTime={appeal.created} title={fullDate(appeal.created)}>
          {timeAgo(appeal.created)}
        </time>
        {appeal.note ? ` · the author was told: “${appeal.note}”` : ''}
      </p>
      <blockquote className="cw">
        <p className="post__body">{appeal.message}</p>
      </blockquote>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <div className="row">
        {appeal.status === 'open' ? (
          <>
            <button
              type="button"
              className="btn btn--small"
              disabled={busy}
              onClick={() => decide('restore')}
            >
              Restore {appeal.target_type}
            </button>
            <button
              type="button"
              className="btn btn--secondary btn--small"
              disabled={busy}
              onClick={() => decide('uphold')}
            >
              Keep it hidden
            </button>
          </>
        ) : null}
        <Link className="btn btn--quiet btn--small" to={`/post/${appeal.post}`}>
          Open the post
        </Link>
      </div>
    </li>
  );
}
