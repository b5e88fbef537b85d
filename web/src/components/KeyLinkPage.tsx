/**
 * Pages opened from an e-mailed link (verify e-mail, confirm e-mail change): they send the key
 * once on arrival and say what happened.
 */
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../api/errors.ts';
import { Loading } from './feedback.tsx';
import { PageTitle } from './PageTitle.tsx';

/** Props of {@link KeyLinkPage}. */
export interface KeyLinkPageProps {
  /** Page heading. */
  title: string;
  /** Sends the key; resolves with the server's sentence. */
  confirm(): Promise<{ detail: string }>;
  /** Where to go next on success. */
  next: { to: string; label: string };
  /** What to say after a failure (default: links work once and expire). */
  failedHint?: string;
}

/** Confirms a key from a link. */
export function KeyLinkPage({
  title,
  confirm,
  next,
  failedHint = 'Links work once and expire after a while; you can ask for a new one.',
}: KeyLinkPageProps) {
  const [state, setState] = useState<
    { kind: 'working' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string }
  >({
    kind: 'working',
  });
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    confirm().then(
      (body) => setState({ kind: 'done', text: body.detail }),
      (error) => setState({ kind: 'failed', text: describeError(error) }),
    );
  }, [confirm]);
  return (
    <div className="card">
      <PageTitle>{title}</PageTitle>
      {state.kind === 'working' ? <Loading label="Confirming…" /> : null}
      {state.kind === 'done' ? (
        <>
          <div className="alert alert--success" role="status">
            {state.text}
          </div>
          <Link className="btn" to={next.to}>
            {next.label}
          </Link>
        </>
      ) : null}
      {state.kind === 'failed' ? (
        <>
          <div className="alert alert--error" role="alert">
            {state.text} {failedHint}
          </div>
          <Link to="/login">Go to log in</Link>
        </>
      ) : null}
    </div>
  );
}
