/** One report in the moderation queue, with hide (with a reason) / restore / dismiss / send support resources. */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, type Report, unwrap } from '../api/client.ts';
import type { ReportReason } from '../api/community.ts';
import { describeError } from '../api/errors.ts';
import { fullDate, timeAgo } from '../lib/format.ts';
import { HideDialog } from './HideDialog.tsx';
import { reasonLabel } from './ModerationNotice.tsx';

/** A report. */
export function ReportItem({ report }: { report: Report }) {
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const postId = report.target_type === 'post' ? report.target_id : report.post;
  const [hiding, setHiding] = useState(false);
  const [supportSent, setSupportSent] = useState(false);
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ['moderation'] });
    await client.invalidateQueries({ queryKey: ['posts'] });
  };
  const hide = async (reason: ReportReason, note: string) => {
    const params = { path: { id: report.target_id } };
    const body = { reason, ...(note === '' ? {} : { note }) };
    if (report.target_type === 'post')
      await unwrap(api.POST('/api/moderation/posts/{id}/hide/', { params, body }));
    else await unwrap(api.POST('/api/moderation/comments/{id}/hide/', { params, body }));
    await refresh();
  };
  const sendSupport = async () => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/moderation/reports/{id}/send-support/', { params: { path: { id: report.id } } }),
      );
      setSupportSent(true);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  const act = async (what: 'dismiss' | 'restore') => {
    setBusy(true);
    setError(null);
    try {
      const id = report.id;
      if (what === 'dismiss')
        await unwrap(api.POST('/api/moderation/reports/{id}/dismiss/', { params: { path: { id } } }));
      else if (report.target_type === 'post')
        await unwrap(
          api.POST('/api/moderation/posts/{id}/restore/', { params: { path: { id: report.target_id } } }),
        );
      else
        await unwrap(
          api.POST('/api/moderation/comments/{id}/restore/', { params: { path: { id: report.target_id } } }),
        );
      await refresh();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  const crisis = report.reason === 'crisis';
  return (
    <li className={crisis ? 'card report--care' : 'card'}>
      <div className="row row--between">
        <strong>
          {crisis ? (
            <>
              <span className="chip chip--care">Care first</span>{' '}
              {report.target_type === 'post' ? 'Post' : 'Comment'} may be from someone in crisis
            </>
          ) : (
            <>
              {report.target_type === 'post' ? 'Post' : 'Comment'} reported: {reasonLabel(report.reason)}
            </>
          )}
        </strong>
        <span className="chip">{report.status}</span>
      </div>
      <p className="muted small">
        {crisis ? 'Flagged automatically' : `By ${report.reporter?.username ?? 'a deleted user'}`},{' '}
        <time dateTime={report.created} title={fullDate(report.created)}>
          {timeAgo(report.created)}
        </time>
        {report.resolver
          ? ` · handled by ${report.resolver.username}${report.action ? ` (${report.action})` : ''}`
          : ''}
      </p>
      {report.text ? <p>“{report.text}”</p> : null}
      {report.target ? (
        <blockquote className="cw">
          <p className="small muted">
            {report.target.author ? `Written by ${report.target.author.username}` : 'Author unknown'}
            {report.target.hidden ? ' · currently hidden' : ''}
          </p>
          <p className="post__body">{report.target.body}</p>
        </blockquote>
      ) : (
        <p className="muted">The reported content has been deleted.</p>
      )}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <div className="row">
        {report.status === 'open' && report.target && !report.target.hidden ? (
          <button
            type="button"
            className="btn btn--danger btn--small"
            disabled={busy}
            onClick={() => setHiding(true)}
          >
            Hide {report.target_type}…
          </button>
        ) : null}
        {report.target?.author ? (
          <button
            type="button"
            className="btn btn--secondary btn--small"
            disabled={busy || supportSent}
            onClick={sendSupport}
          >
            {supportSent ? 'Support resources sent' : 'Send support resources'}
          </button>
        ) : null}
        {report.target?.hidden ? (
          <button
            type="button"
            className="btn btn--secondary btn--small"
            disabled={busy}
            onClick={() => act('restore')}
          >
            Restore {report.target_type}
          </button>
        ) : null}
        {report.status === 'open' ? (
          <button
            type="button"
            className="btn btn--secondary btn--small"
            disabled={busy}
            onClick={() => act('dismiss')}
          >
            Dismiss report
          </button>
        ) : null}
        {postId ? (
          <Link className="btn btn--quiet btn--small" to={`/post/${postId}`}>
            Open the post
          </Link>
        ) : null}
      </div>
      {supportSent ? (
        <p role="status" className="small">
          A kind message with places to find help is on its way to the author. It does not say who reported.
        </p>
      ) : null}
      <HideDialog
        open={hiding}
        what={report.target_type}
        initialReason={(crisis ? 'self_harm' : report.reason) as ReportReason}
        hide={hide}
        onClose={() => setHiding(false)}
      />
    </li>
  );
}
