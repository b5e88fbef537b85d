/**
 * An optimistic like toggle: the heart and count change at once; if the server refuses, they
 * go back and a short message explains why.
 */
import { useEffect, useState } from 'react';
import { describeError } from '../api/errors.ts';

/** Props of {@link LikeButton}. */
export interface LikeButtonProps {
  /** Liked by the viewer (server state). */
  liked: boolean;
  /** Like count (server state). */
  count: number;
  /** What is being liked, for the accessible name ("post", "comment"). */
  what: string;
  /** Sends the change; resolves with the server's new state. */
  send(like: boolean): Promise<{ liked: boolean; likes_count: number }>;
  /** Disabled (e.g. logged out), with the reason in a title. */
  disabled?: boolean;
}

/** The like button. */
export function LikeButton({ liked, count, what, send, disabled }: LikeButtonProps) {
  const [state, setState] = useState({ liked, count });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setState({ liked, count }), [liked, count]);

  const toggle = async () => {
    if (busy) return;
    const before = state;
    const next = { liked: !before.liked, count: Math.max(0, before.count + (before.liked ? -1 : 1)) };
    setState(next);
    setError(null);
    setBusy(true);
    try {
      const saved = await send(next.liked);
      setState({ liked: saved.liked, count: saved.likes_count });
    } catch (e) {
      setState(before);
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="btn btn--quiet btn--small like"
        aria-pressed={state.liked}
        onClick={toggle}
        disabled={disabled}
      >
        <span aria-hidden="true">{state.liked ? '♥' : '♡'}</span> Like{' '}
        <span className="visually-hidden">this {what},</span> {state.count}{' '}
        <span className="visually-hidden">{state.count === 1 ? 'like' : 'likes'}</span>
      </button>
      {error ? (
        <span role="alert" className="field-error small">
          {error}
        </span>
      ) : null}
    </>
  );
}
